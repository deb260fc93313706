package org.c2model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.c2model.core.Money;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Journey;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.stats.ConfidenceLevel;

/**
 * Evaluation reports and weak-connector reports built through c2-metrics' public API, for the
 * {@code evaluation_report} and {@code weak_connectors} documents: the Townstal journey with
 * synthetic, illustrative indicator data (as c2-metrics' own {@code EvaluationTest} builds it, which
 * this module cannot depend on), and generated observation sets for generated journeys.
 * <p>
 * None of the indicator numbers is real: Townstal's two LSOAs (2,000 people each) and a comparator
 * estate (4,000) with monthly counts chosen to show a fall after the constitution.
 */
final class Evaluations {

  private Evaluations() {}

  static final Neighbourhood COMPARATOR = Neighbourhood.of("N-CMP", "Comparator estate", "E01020200");
  static final PriceYear PRICES = PriceYear.parse("2013/14");
  private static final List<String> TOWNSTAL_AREAS = List.of("E01020136", "E01020137");
  private static final String COMPARATOR_AREA = "E01020200";
  private static final YearMonth FIRST = YearMonth.of(2008, 1);
  private static final YearMonth AFTER_LAST = YearMonth.of(2011, 7);
  /** The month the constitution took effect: counts change from here. */
  private static final YearMonth CHANGE = YearMonth.of(2009, 6);
  private static final List<String> INDICATORS = List.of("asb-incidents", "burglary", "criminal-damage");

  /**
   * Townstal's synthetic observations: ASB falls from 10 to 5 a month per area after the
   * constitution, the comparator's from 20 to 18; burglaries do not change.
   *
   * @return the observations
   */
  static ObservationSource townstalObservations() {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = FIRST; m.isBefore(AFTER_LAST); m = m.plusMonths(1)) {
      boolean after = !m.isBefore(CHANGE);
      for (String area : TOWNSTAL_AREAS) {
        out.add(Observation.of(area, "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, after ? 5 : 10, 2000));
        out.add(Observation.of(area, "burglary", m.toString(), BoundaryVintage.LSOA_2011, 2, 2000));
      }
      out.add(Observation.of(COMPARATOR_AREA, "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, after ? 18 : 20, 4000));
      out.add(Observation.of(COMPARATOR_AREA, "burglary", m.toString(), BoundaryVintage.LSOA_2011, 4, 4000));
    }
    return ObservationSource.of(out);
  }

  /**
   * A generated observation set: for each of three crime indicators, a monthly count before and
   * after the constitution (zero included, so some estimates are suppressed), with or without a
   * population, by month or by quarter (so that periods straddle the windows' edges).
   *
   * @param seed  the seed
   * @return the observations
   */
  static ObservationSource observations(long seed) {
    Random r = new Random(seed);
    List<Observation> out = new ArrayList<>();
    for (String indicator : INDICATORS) {
      int before = 1 + r.nextInt(15);
      int after = r.nextInt(15);
      boolean population = r.nextBoolean();
      int months = r.nextBoolean() ? 1 : 3;
      for (YearMonth m = FIRST; m.isBefore(AFTER_LAST); m = m.plusMonths(months)) {
        String period = months == 1 ? m.toString() : m.getYear() + "-Q" + (1 + (m.getMonthValue() - 1) / 3);
        int count = months * (m.isBefore(CHANGE) ? before : after);
        for (String area : TOWNSTAL_AREAS) {
          out.add(observation(area, indicator, period, count + r.nextInt(3), population ? 2000 : 0));
        }
        out.add(observation(COMPARATOR_AREA, indicator, period, 2 * before * months + r.nextInt(5), population ? 4000 : 0));
      }
    }
    return ObservationSource.of(out);
  }

  private static Observation observation(String area, String indicator, String period, double count, double population) {
    return population > 0 ? Observation.of(area, indicator, period, BoundaryVintage.LSOA_2011, count, population)
        : Observation.of(area, indicator, period, BoundaryVintage.LSOA_2011, count);
  }

  /**
   * The sample's costs of the crime indicators, uprated (illustratively, with flat deflators) to
   * 2013/14.
   *
   * @return the costs
   */
  static UnitCostTable costs() {
    List<UnitCost> picked = new ArrayList<>();
    INDICATORS.forEach(id -> picked.addAll(UnitCostTable.sample().forIndicator(id)));
    Map<PriceYear, BigDecimal> flat = new TreeMap<>();
    picked.forEach(c -> flat.put(c.priceYear(), new BigDecimal("100")));
    flat.put(PRICES, new BigDecimal("100"));
    return UnitCostTable.of(picked).uprate(PRICES, DeflatorTable.of(flat));
  }

  /**
   * The Townstal evaluation at the end of 2010: synthetic indicators against the comparator, and an
   * invest-to-save case of £1,500 from the council, half attributed, with 20% optimism bias.
   *
   * @return the report
   */
  static EvaluationReport townstal() {
    return Evaluation.builder().journey(Townstal.journey()).observations(townstalObservations()).comparator(COMPARATOR)
        .unitCosts(costs()).priceYear(PRICES).adjustments(Adjustments.of("0", "0.5", "0.2"))
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("1500"), PRICES))
        .build().run();
  }

  /**
   * The weak connectors of the Townstal journey's network at the end of 2009.
   *
   * @return the report
   */
  static WeakConnectors townstalWeakConnectors() {
    LocalDate date = LocalDate.of(2009, 12, 31);
    return WeakConnectors.of(CommunityNetwork.fromJourney(Townstal.journey(), date), date);
  }

  /**
   * The weak connectors of a small illustrative network with people who stand out (Townstal's own
   * network, where monthly public meetings tie nearly everyone, has none): two resident groups of six
   * (R1-R6, R7-R12) joined by agency worker A1 through R1 and R7, agency worker A2 tied to R2, and
   * resident R13 reached only through A1. A1 alone stands out by betweenness; R1 and R7 are listed
   * because the network depends on them.
   *
   * @return the weak connectors as of 2009-12-31
   */
  static WeakConnectors illustrativeWeakConnectors() {
    LocalDate date = LocalDate.of(2009, 12, 31);
    LocalDate seen = LocalDate.of(2009, 6, 1);
    CommunityNetwork.Builder b = CommunityNetwork.builder()
        .resident("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13")
        .agencyStaff("A1", "A2");
    for (int base : new int[] {1, 7}) {
      for (int i = 0; i < 6; i++) {
        for (int j = i + 1; j < 6; j++) {
          b.tie("R" + (base + i), "R" + (base + j), seen);
        }
      }
    }
    b.tie("A1", "R1", seen).tie("R7", "A1", seen).tie("A2", "R2", seen).tie("A1", "R13", seen);
    return WeakConnectors.of(b.build(), date);
  }

  /**
   * Evaluates a journey as of a date with a generated observation set, or none.
   *
   * @param journey  the journey
   * @param asOf  the date
   * @param seed  the seed of the observations and options
   * @return the report
   */
  static EvaluationReport evaluate(Journey journey, LocalDate asOf, long seed) {
    Random r = new Random(seed);
    Evaluation.Builder b = Evaluation.builder().journey(journey).asOf(asOf)
        .confidence(r.nextBoolean() ? ConfidenceLevel.P95 : ConfidenceLevel.P99_8);
    switch (r.nextInt(5)) {
      case 0:
        break;
      case 4:
        // At a confidence level of 1 upper limits are infinite: written as "Infinity". (Not with unit
        // costs: c2-metrics cannot yet turn an infinite bound of events avoided into money.)
        b.observations(observations(r.nextLong())).comparator(COMPARATOR).confidence(ConfidenceLevel.of(1));
        break;
      case 1:
        b.observations(observations(r.nextLong()));
        break;
      case 2:
        b.observations(observations(r.nextLong())).comparator(COMPARATOR);
        break;
      default:
        b.observations(observations(r.nextLong())).comparator(r.nextBoolean() ? Optional.of(COMPARATOR) : Optional.empty())
            .unitCosts(costs()).priceYear(PRICES).adjustments(Adjustments.of("0.1", "0.5", "0.2"))
            .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp(String.valueOf(r.nextInt(5000))), PRICES));
    }
    return b.build().run();
  }
}
