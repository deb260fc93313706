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
import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.DiscountSchedule;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.Uncertainty;
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
      // Every third indicator (on average) has no events after the constitution: suppressed estimates.
      int after = r.nextInt(3) == 0 ? 0 : r.nextInt(15);
      boolean population = r.nextBoolean();
      int months = r.nextBoolean() ? 1 : 3;
      for (YearMonth m = FIRST; m.isBefore(AFTER_LAST); m = m.plusMonths(months)) {
        String period = months == 1 ? m.toString() : m.getYear() + "-Q" + (1 + (m.getMonthValue() - 1) / 3);
        int count = months * (m.isBefore(CHANGE) ? before : after);
        for (String area : TOWNSTAL_AREAS) {
          out.add(observation(area, indicator, period, count + (after == 0 ? 0 : r.nextInt(3)), population ? 2000 : 0));
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
    return costs(INDICATORS);
  }

  /** The sample's costs of some of the crime indicators, uprated as {@link #costs()} does. */
  private static UnitCostTable costs(List<String> indicators) {
    List<UnitCost> picked = new ArrayList<>();
    indicators.forEach(id -> picked.addAll(UnitCostTable.sample().forIndicator(id)));
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
    return townstalEvaluation().build().run();
  }

  /**
   * The same evaluation of Townstal as of an earlier date, such as the one shown at an earlier board.
   *
   * @param asOf  the date
   * @return the report
   */
  static EvaluationReport townstal(LocalDate asOf) {
    return townstalEvaluation().asOf(asOf).build().run();
  }

  private static Evaluation.Builder townstalEvaluation() {
    return Evaluation.builder().journey(Townstal.journey()).observations(townstalObservations()).comparator(COMPARATOR)
        .unitCosts(costs()).priceYear(PRICES).adjustments(Adjustments.of("0", "0.5", "0.2"))
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("1500"), PRICES));
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
        .confidence(r.nextBoolean() ? ConfidenceLevel.P95 : ConfidenceLevel.P99_8)
        .periodGranularity(ReportingPeriod.Granularity.values()[r.nextInt(ReportingPeriod.Granularity.values().length)]);
    switch (r.nextInt(5)) {
      case 0:
        break;
      case 4:
        // At a confidence level of 1 upper limits are infinite: written as "Infinity". (Not with unit
        // costs: c2-metrics cannot yet turn an infinite bound of events avoided into money.)
        b.observations(observations(r.nextLong())).comparator(comparator(r)).confidence(ConfidenceLevel.of(1));
        break;
      case 1:
        // Indicators' horizons and directions drawn at random, so that verdict notes differ. (Not with
        // unit costs: an appraisal that values no indicator has a benefit-cost ratio of zero with a
        // scale, such as 0E+2, that c2-json writes as 0 and then rejects as not the derived value.)
        b.observations(observations(r.nextLong())).catalogue(catalogue(r));
        break;
      case 2:
        b.observations(observations(r.nextLong())).comparator(comparator(r)).catalogue(catalogue(r));
        break;
      default:
        b.observations(observations(r.nextLong())).comparator(r.nextBoolean() ? Optional.of(comparator(r)) : Optional.empty())
            .unitCosts(costs(INDICATORS.subList(r.nextInt(2), INDICATORS.size())))
            .priceYear(PRICES).adjustments(adjustments(r))
            // From nothing to far more than any saving: paid back early, late or never. (In year 0 only:
            // a later, discounted investment against no benefit gives a ratio such as 0E+34, which
            // c2-json writes as 0 and then rejects as not the derived value: a c2-json bug to fix.)
            .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0,
                Money.gbp(String.valueOf((1 + r.nextInt(9)) * (long) Math.pow(10, r.nextInt(6)))), PRICES))
            .appraisalYears(1 + r.nextInt(8)).defaultPersistence(share(r))
            .putPersistence(INDICATORS.get(r.nextInt(INDICATORS.size())), share(r))
            .discountSchedule(r.nextBoolean() ? DiscountSchedule.greenBook() : DiscountSchedule.constant(share(r)))
            .uncertainty(uncertainty(r));
    }
    return b.build().run();
  }

  /** The comparator estate, under one of two ids (its areas are the same). */
  private static Neighbourhood comparator(Random r) {
    return r.nextBoolean() ? COMPARATOR : Neighbourhood.of("N-CMP-2", "Second comparator estate", COMPARATOR_AREA);
  }

  /** A share from 0 to 1 with up to two decimals, the ends included. */
  private static BigDecimal share(Random r) {
    return BigDecimal.valueOf(r.nextInt(101), 2);
  }

  /**
   * Adjustments strictly between 0 and 1 (not 0 or 1: an attribution of 0 or an optimism bias of 1
   * values every benefit at zero, which can give the benefit-cost ratio with a negative scale that
   * c2-json cannot round-trip; see {@link #evaluate}).
   */
  private static Adjustments adjustments(Random r) {
    return Adjustments.of(BigDecimal.valueOf(1 + r.nextInt(99), 2), BigDecimal.valueOf(1 + r.nextInt(99), 2),
        BigDecimal.valueOf(1 + r.nextInt(99), 2));
  }

  /** Few draws (the simulation's cost grows with them), none included, with every spread varied. */
  private static Uncertainty uncertainty(Random r) {
    return Uncertainty.builder().draws(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(50)).seed(r.nextLong())
        .deadweightSpread(share(r)).attributionSpread(share(r)).optimismBiasSpread(share(r))
        .persistenceSpread(share(r)).build();
  }

  /** The standard catalogue with the crime indicators' horizons and directions drawn at random. */
  private static IndicatorCatalogue catalogue(Random r) {
    List<LongTermIndicator> out = new ArrayList<>();
    for (LongTermIndicator i : IndicatorCatalogue.standard().indicators()) {
      if (INDICATORS.contains(i.id())) {
        out.add(LongTermIndicator.builder().from(i).horizon(Horizon.values()[r.nextInt(Horizon.values().length)])
            .improvement(r.nextInt(4) == 0 ? Improvement.AMBIGUOUS : i.improvement()).build());
      } else {
        out.add(i);
      }
    }
    return IndicatorCatalogue.of(out);
  }
}
