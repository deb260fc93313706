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
}
