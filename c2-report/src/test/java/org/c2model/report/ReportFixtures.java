package org.c2model.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.c2model.core.Money;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Journey;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.programme.PortfolioReport;
import org.c2model.metrics.programme.Programme;
import org.c2model.metrics.programme.Site;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;

/**
 * Townstal ({@code docs/c2-model.md} section 6) evaluated with synthetic, ILLUSTRATIVE monthly ASB
 * and burglary counts (the pattern of c2-metrics' EvaluationTest), every person given a display
 * name that must never reach the report.
 */
final class ReportFixtures {

  static final Neighbourhood COMPARATOR = Neighbourhood.of("N-CMP", "Comparator estate", "E01020200");
  static final PriceYear PRICES = PriceYear.parse("2013/14");
  /** Prefix of every display name given to a person: it must appear nowhere in a report. */
  static final String NAME = "Philippa Quennell-Marsh";

  private ReportFixtures() {}

  /** Townstal's journey, every resident and agency representative with a display name. */
  static Journey journey() {
    Journey j = Townstal.journey();
    Partnership p = j.partnership();
    Partnership named = Partnership.builder().from(p)
        .residents(p.residents().stream().map(r -> Resident.builder().from(r).displayName(NAME + " " + r.id())
            .build()).toList())
        .agencyRepresentatives(p.agencyRepresentatives().stream().map(a -> AgencyRepresentative.builder().from(a)
            .displayName(NAME + " " + a.id()).build()).toList())
        .build();
    return Journey.builder().from(j).partnership(named).build();
  }

  /** ASB falls from 10 to 5 a month per LSOA after June 2009, the comparator's from 20 to 18; burglary is flat. */
  static ObservationSource observations() {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2011, 7)); m = m.plusMonths(1)) {
      boolean after = !m.isBefore(YearMonth.of(2009, 6));
      int wobble = m.getMonthValue() % 3;
      for (String area : List.of("E01020136", "E01020137")) {
        out.add(Observation.of(area, "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011,
            (after ? 5 : 10) + wobble, 2000));
        out.add(Observation.of(area, "burglary", m.toString(), BoundaryVintage.LSOA_2011, 2 + wobble % 2, 2000));
      }
      out.add(Observation.of("E01020200", "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011,
          (after ? 18 : 20) + wobble, 4000));
      out.add(Observation.of("E01020200", "burglary", m.toString(), BoundaryVintage.LSOA_2011, 4, 4000));
    }
    return ObservationSource.of(out);
  }

  /** Codes of the ILLUSTRATIVE peer areas of {@link #peerObservations()}. */
  static final List<String> PEER_CODES = List.of("E01020140", "E01020141", "E01020142", "E01020143", "E01020144",
      "E01020145", "E01020146", "E01020147");

  /**
   * Eight peer areas, none a partnership: ASB from 3 to 24 a month per 2,000 people (the last far
   * above the rest), burglary 2 a month, with no change in 2009.
   */
  static ObservationSource peerObservations() {
    List<Observation> out = new ArrayList<>();
    int[] asb = {3, 5, 6, 7, 8, 9, 11, 24};
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2011, 7)); m = m.plusMonths(1)) {
      for (int i = 0; i < PEER_CODES.size(); i++) {
        int population = 1600 + 100 * i;
        out.add(Observation.of(PEER_CODES.get(i), "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011,
            asb[i] * population / 2000 + m.getMonthValue() % 2, population));
        out.add(Observation.of(PEER_CODES.get(i), "burglary", m.toString(), BoundaryVintage.LSOA_2011, 2, population));
      }
    }
    return ObservationSource.of(out);
  }

  /** The peers of the report's indicators, from {@link #peerObservations()}. */
  static List<FunnelPeer> peers(EvaluationReport report) {
    return FunnelPeer.fromObservations(report, peerObservations(), BoundaryVintage.LSOA_2011, PEER_CODES);
  }

  /** {@link #options(Journey)} with the peer areas in the funnel plots. */
  static ReportOptions options(Journey journey, EvaluationReport report) {
    return ReportOptions.builder().from(options(journey)).addAllPeers(peers(report)).build();
  }

  static UnitCostTable costs() {
    List<UnitCost> picked = new ArrayList<>(UnitCostTable.sample().forIndicator("asb-incidents"));
    picked.addAll(UnitCostTable.sample().forIndicator("burglary"));
    Map<PriceYear, BigDecimal> flat = new TreeMap<>();
    picked.forEach(c -> flat.put(c.priceYear(), new BigDecimal("100")));
    flat.put(PRICES, new BigDecimal("100"));
    return UnitCostTable.of(picked).uprate(PRICES, DeflatorTable.of(flat));
  }

  static EvaluationReport report(Journey journey) {
    return Evaluation.builder().journey(journey).observations(observations()).comparator(COMPARATOR)
        .unitCosts(costs()).priceYear(PRICES).adjustments(Adjustments.of("0", "0.5", "0.2"))
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("1500"), PRICES))
        .build().run();
  }

  /** Options with the journey, both areas' series and a note. */
  static ReportOptions options(Journey journey) {
    ReportOptions.Builder b = ReportOptions.builder().journey(journey)
        .addNotes("Indicator data: ILLUSTRATIVE SYNTHETIC NUMBERS, not real Townstal data.");
    List<String> ids = List.of("asb-incidents", "burglary");
    IndicatorAggregation.aggregate(observations(), journey.partnership().neighbourhood(), BoundaryVintage.LSOA_2011, ids)
        .series().forEach(s -> b.putTrends(s.indicatorId(), s));
    IndicatorAggregation.aggregate(observations(), COMPARATOR, BoundaryVintage.LSOA_2011, ids)
        .series().forEach(s -> b.putComparatorTrends(s.indicatorId(), s));
    return b.build();
  }

  /**
   * A programme of three sites: Townstal as of 2010, Townstal's journey moved to two of the peer
   * areas (ASB 11 and 24 a month per 2,000 people, no change) under id {@code PEER}, and a site
   * whose observation store fails ({@code BROKEN}).
   */
  static PortfolioReport portfolio() {
    return programme("Devon C2 programme", "PEER").evaluate();
  }

  /** The programme of {@link #portfolio()}, with the given name and id of the moved site. */
  static Programme programme(String name, String peerSiteId) {
    Journey townstal = journey();
    Partnership moved = Partnership.builder().from(townstal.partnership())
        .neighbourhood(Neighbourhood.of("N-PEER", "Peer estate", "E01020146", "E01020147")).build();
    ObservationSource own = observations();
    ObservationSource peers = peerObservations();
    ObservationSource both = (id, areas) -> {
      List<Observation> out = new ArrayList<>(own.select(id, areas));
      out.addAll(peers.select(id, areas));
      return out;
    };
    ObservationSource offline = (id, areas) -> {
      throw new IllegalStateException("store offline");
    };
    return Programme.builder().id("PR-DEVON").name(name)
        .addSites(Site.of("T", Evaluation.builder().journey(townstal).observations(both).comparator(COMPARATOR)
            .build()))
        .addSites(Site.of(peerSiteId, Evaluation.builder().journey(Journey.builder().from(townstal).partnership(moved)
            .build()).observations(both).build()))
        .addSites(Site.of("BROKEN", Evaluation.builder().journey(townstal).observations(offline).build()))
        .build();
  }
}
