package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.core.journey.SurveyMeasure;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.step.Step;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.stats.Comparison;
import org.junit.jupiter.api.Test;

/** An end-to-end evaluation of Townstal with synthetic (illustrative) indicator data. */
class EvaluationTest {

  private static final Neighbourhood COMPARATOR = Neighbourhood.of("N-CMP", "Comparator estate", "E01020200");
  private static final PriceYear PRICES = PriceYear.parse("2013/14");

  /**
   * Synthetic monthly ASB and burglary counts for the two Townstal LSOAs (2,000 people each) and
   * the comparator (4,000): Townstal's ASB falls from 10 to 5 a month per area after the
   * constitution (June 2009), the comparator's from 20 to 18; burglaries do not change.
   */
  static ObservationSource observations() {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2011, 7)); m = m.plusMonths(1)) {
      boolean after = !m.isBefore(YearMonth.of(2009, 6));
      for (String area : List.of("E01020136", "E01020137")) {
        out.add(Observation.of(area, "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, after ? 5 : 10, 2000));
        out.add(Observation.of(area, "burglary", m.toString(), BoundaryVintage.LSOA_2011, 2, 2000));
      }
      out.add(Observation.of("E01020200", "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, after ? 18 : 20, 4000));
      out.add(Observation.of("E01020200", "burglary", m.toString(), BoundaryVintage.LSOA_2011, 4, 4000));
    }
    return ObservationSource.of(out);
  }

  /** The sample's ASB and burglary costs, uprated (illustratively, with flat deflators) to 2013/14. */
  static UnitCostTable costs() {
    List<UnitCost> picked = new ArrayList<>(UnitCostTable.sample().forIndicator("asb-incidents"));
    picked.addAll(UnitCostTable.sample().forIndicator("burglary"));
    Map<PriceYear, BigDecimal> flat = new TreeMap<>();
    picked.forEach(c -> flat.put(c.priceYear(), new BigDecimal("100")));
    flat.put(PRICES, new BigDecimal("100"));
    return UnitCostTable.of(picked).uprate(PRICES, DeflatorTable.of(flat));
  }

  private static EvaluationReport townstal() {
    return Evaluation.builder().journey(Townstal.journey()).observations(observations()).comparator(COMPARATOR)
        .unitCosts(costs()).priceYear(PRICES).adjustments(Adjustments.of("0", "0.5", "0.2"))
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, org.c2model.core.Money.gbp("1500"), PRICES))
        .build().run();
  }

  @Test
  void run_townstalStepsGovernanceAndIntermediateOutcomes() {
    EvaluationReport report = townstal();
    assertEquals(LocalDate.of(2010, 12, 31), report.asOf());
    assertEquals(java.util.Optional.of(Step.CONTINUED_TRAJECTORY), report.steps().frontier(),
        report.steps()::toString);
    assertEquals(org.c2model.core.fixtures.Townstal.TOP_FIVE, report.topPriorities());
    IntermediateOutcomeMeasures io = report.intermediateOutcomes();
    assertEquals(6, io.serviceChanges());
    assertEquals(Map.of(ServiceChangeKind.NEW_SERVICE, 2, ServiceChangeKind.CHANGED_PRACTICE, 2,
        ServiceChangeKind.SERVICE_RETAINED, 1, ServiceChangeKind.RELOCATED_TO_NEIGHBOURHOOD, 1), io.serviceChangesByKind());
    assertEquals(2, io.residentActivities());
    assertEquals(Map.of(AgeRange.ADULTS, 1, AgeRange.ALL_AGES, 1), io.residentActivitiesByAgeRange());
    var belonging = io.surveyResults().stream().filter(r -> r.measure() == SurveyMeasure.BELONGING).findFirst()
        .orElseThrow().percentage();
    assertEquals(72.0, belonging.value().getAsDouble(), 1e-9);
    assertEquals(52.42, belonging.lower().getAsDouble(), 0.01);
    // Ties derived from a journey only accumulate, so the network is never more fragmented later.
    assertTrue(report.networkChange().after().fragmentation() <= report.networkChange().before().fragmentation(),
        report.networkChange()::toString);
    assertEquals(LocalDate.of(2009, 3, 3), report.networkChange().before().date(), "from the connecting workshop");
    assertTrue(report.networkChange().after().ties() > report.networkChange().before().ties(),
        report.networkChange()::toString);
    assertEquals(85.72, belonging.upper().getAsDouble(), 0.01);
  }

  @Test
  void run_townstalIndicatorChangesAgainstTheComparator() {
    EvaluationReport report = townstal();
    assertEquals(List.of("asb-incidents", "burglary"),
        report.indicatorChanges().stream().map(c -> c.indicator().id()).collect(Collectors.toList()));
    IndicatorChange asb = report.indicatorChanges().get(0);
    assertEquals(-50.0, asb.percentageChange().value().getAsDouble(), 1e-9);
    assertEquals(Comparison.BETTER, asb.verdict());
    assertEquals(Comparison.BETTER, asb.relativeVerdict().orElseThrow());
    // The constitution was adopted on 2 June 2009; the default windows are whole calendar months:
    // 2008-06 to 2009-05 against the latest 12 complete months before the as-of date, 2010.
    // Expected at the baseline rate times the comparator's trend 0.9: 240 × 0.9 = 216; observed 120; avoided 96.
    assertEquals(java.util.Optional.of(org.c2model.metrics.indicator.StudyWindow.of(LocalDate.of(2008, 6, 1),
        LocalDate.of(2009, 6, 1))), report.baseline());
    assertEquals(java.util.Optional.of(org.c2model.metrics.indicator.StudyWindow.of(LocalDate.of(2010, 1, 1),
        LocalDate.of(2011, 1, 1))), report.followUp());
    assertEquals(96.0, asb.eventsAvoided().value().getAsDouble(), 1e-9);
    assertTrue(asb.findings().stream().noneMatch(f -> f.ruleId().toString().equals("Indicators:StraddlingPeriod")));
    IndicatorChange burglary = report.indicatorChanges().get(1);
    assertEquals(Comparison.SIMILAR, burglary.verdict());
    assertTrue(report.dataFindings().stream().allMatch(f -> f.severity() == org.c2model.core.rule.Severity.INFO),
        report.dataFindings()::toString);
  }

  @Test
  void run_townstalSavingsNetOfAttributionAndOptimismWithoutDoubleDeadweight() {
    EvaluationReport report = townstal();
    var savings = report.savings().orElseThrow();
    assertFalse(savings.lines().isEmpty());
    assertEquals(BigDecimal.ZERO.compareTo(savings.appraisal().adjustmentsFor("asb-incidents").deadweight()), 0,
        "the comparator's trend already nets out deadweight");
    assertTrue(savings.gross().amount().signum() > 0);
    assertTrue(report.toString().contains("Invest-to-save"), report::toString);
    assertTrue(report.toString().contains("down by 50%"), report::toString);
  }

  @Test
  void run_withoutObservationsEvaluatesStepsOnly() {
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).asOf(LocalDate.of(2009, 12, 31))
        .build().run();
    assertEquals(java.util.Optional.of(Step.TAKING_ACTION), report.steps().frontier());
    assertTrue(report.indicatorChanges().isEmpty());
    assertTrue(report.savings().isEmpty());
    assertEquals(2, report.intermediateOutcomes().serviceChanges(), "the Connexions service and PSHE lessons by 2010");
  }

  @Test
  void build_rejectsUnitCostsWithoutPriceYear() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Evaluation.builder().journey(Townstal.journey()).unitCosts(costs()).build());
    assertEquals("priceYear", e.field().orElseThrow());
  }

  @Test
  void build_rejectsAnIndicatorOutsideTheCatalogue() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Evaluation.builder().journey(Townstal.journey()).addIndicatorIds("asb-incidents", "asb").build());
    assertEquals("indicatorIds[1]", e.field().orElseThrow());
    assertEquals("'asb'", e.invalidValue().orElseThrow());
  }

  @Test
  void build_rejectsObservationsWithoutWindowsOrConstitution() {
    Journey unconstituted = Journey.of(org.c2model.core.partnership.Partnership.builder()
        .from(Townstal.partnership()).constitutionAdopted(java.util.Optional.empty()).build(), LocalDate.of(2009, 1, 1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Evaluation.builder().journey(unconstituted).observations(observations()).build());
    assertEquals("windows", e.field().orElseThrow());
  }

  @Test
  void run_aSurveyNobodyAnsweredIsSuppressedNotACrash() {
    Journey journey = Townstal.journey().withActivity(org.c2model.core.journey.CommunitySurvey.builder().id("empty-survey")
        .date(LocalDate.of(2010, 11, 30)).addItems(org.c2model.core.journey.SurveyItem.of(SurveyMeasure.INFLUENCE, 0, 0))
        .build());
    EvaluationReport report = Evaluation.builder().journey(journey).build().run();
    var empty = report.intermediateOutcomes().surveyResults().stream().filter(r -> r.surveyId().equals("empty-survey"))
        .findFirst().orElseThrow().percentage();
    assertTrue(empty.isSuppressed());
    assertEquals(java.util.Optional.of("no one answered"), empty.suppressionReason());
  }

  @Test
  void run_atConfidenceOneSavingsHaveNoIntervalButNoCrash() {
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).observations(observations())
        .comparator(COMPARATOR).unitCosts(costs()).priceYear(PRICES)
        .uncertainty(org.c2model.metrics.savings.Uncertainty.none())
        .confidence(org.c2model.metrics.stats.ConfidenceLevel.of(1)).build().run();
    var savings = report.savings().orElseThrow();
    assertTrue(savings.npvLower().isEmpty() && savings.npvUpper().isEmpty());
    assertTrue(savings.npv().amount().signum() != 0);
    // With the standard uncertainty the interval comes from the uncertain assumptions alone.
    var withAssumptions = Evaluation.builder().journey(Townstal.journey()).observations(observations())
        .comparator(COMPARATOR).unitCosts(costs()).priceYear(PRICES)
        .confidence(org.c2model.metrics.stats.ConfidenceLevel.of(1)).build().run().savings().orElseThrow();
    assertTrue(withAssumptions.npvLower().orElseThrow().compareTo(withAssumptions.npv()) <= 0);
  }

  @Test
  void build_rejectsAnAsOfDateBeforeTheJourneyStarts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Evaluation.builder().journey(Townstal.journey()).asOf(LocalDate.of(2000, 1, 1)).build());
    assertEquals("asOf", e.field().orElseThrow());
    assertEquals("2000-01-01", e.invalidValue().orElseThrow());
  }
}
