package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.savings.PriceYear;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 1: every window is bounded by the as-of date, no observation dated after it reaches
 * the report, and annual figures are divided by the months the data cover.
 */
class AsOfWindowsTest {

  private static final Neighbourhood COMPARATOR = Neighbourhood.of("N-CMP", "Comparator estate", "E01020200");
  private static final PriceYear PRICES = PriceYear.parse("2013/14");
  private static final Set<AreaCode> AREAS = Set.of(AreaCode.of("E01020136"), AreaCode.of("E01020137"),
      AreaCode.of("E01020200"));

  /** The fixture's observations up to a month, plus absurd sentinel counts in every later month to 2013. */
  private static ObservationSource withSentinels(YearMonth lastClean, int sentinel) {
    List<Observation> out = new ArrayList<>();
    ObservationSource clean = EvaluationTest.observations();
    for (String id : List.of("asb-incidents", "burglary")) {
      for (Observation o : clean.select(id, AREAS)) {
        if (!YearMonth.from(o.period().start()).isAfter(lastClean)) {
          out.add(o);
        }
      }
      for (YearMonth m = lastClean.plusMonths(1); m.isBefore(YearMonth.of(2014, 1)); m = m.plusMonths(1)) {
        for (AreaCode a : AREAS) {
          out.add(Observation.of(a.toString(), id, m.toString(), BoundaryVintage.LSOA_2011, sentinel, 2000));
        }
      }
    }
    return ObservationSource.of(out);
  }

  private static EvaluationReport run(ObservationSource observations, LocalDate asOf) {
    return Evaluation.builder().journey(Townstal.journey()).observations(observations).comparator(COMPARATOR)
        .unitCosts(EvaluationTest.costs()).priceYear(PRICES).asOf(asOf).build().run();
  }

  /** The parts of a report that figures come from; data findings name counts of unused rows, so differ. */
  private static String figures(EvaluationReport r) {
    return r.indicatorChanges().toString() + r.indicatorChanges().stream().map(c -> c.target().toString())
        .collect(Collectors.joining()) + r.savings().map(s -> s.lines().toString() + s.npv() + s.npvLower()
            + s.bcrLower()).orElse("");
  }

  @Test
  void run_aSentinelAfterTheAsOfDateNeverReachesTheReport() {
    LocalDate asOf = LocalDate.of(2010, 12, 31);
    EvaluationReport clean = run(withSentinels(YearMonth.of(2010, 12), 0), asOf);
    EvaluationReport dirty = run(withSentinels(YearMonth.of(2010, 12), 999_999), asOf);
    assertFalse(clean.indicatorChanges().isEmpty());
    assertEquals(figures(clean), figures(dirty));
    assertFalse(dirty.toString().contains("999999"), "the sentinel count is printed nowhere");
    assertTrue(dirty.followUp().orElseThrow().end().isBefore(asOf.plusDays(2)));
  }

  /** For any as-of date, figures are the same whatever lies after it. */
  @Property(tries = 12)
  void run_anyAsOfDateReadsNothingAfterIt(@ForAll @IntRange(min = 0, max = 30) int monthsAfterConstitution,
      @ForAll @IntRange(min = 1, max = 1_000_000) int sentinel) {
    LocalDate asOf = LocalDate.of(2009, 6, 2).plusMonths(monthsAfterConstitution).plusDays(monthsAfterConstitution % 28);
    YearMonth last = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
    EvaluationReport clean = run(withSentinels(last, 0), asOf);
    EvaluationReport dirty = run(withSentinels(last, sentinel), asOf);
    assertEquals(figures(clean), figures(dirty));
    dirty.followUp().ifPresent(f -> assertFalse(f.end().isAfter(asOf.plusDays(1)), f::toString));
  }

  /** Monthly counts on a journey's own areas, 2007 to 2013: real ones up to a month, sentinels after it. */
  private static ObservationSource onAreas(org.c2model.core.journey.Journey journey, YearMonth lastClean, int sentinel) {
    List<Observation> out = new ArrayList<>();
    for (AreaCode a : journey.neighbourhood().areaCodes()) {
      for (YearMonth m = YearMonth.of(2007, 1); m.isBefore(YearMonth.of(2014, 1)); m = m.plusMonths(1)) {
        int count = m.isAfter(lastClean) ? sentinel : m.isBefore(YearMonth.of(2009, 6)) ? 12 : 7;
        out.add(Observation.of(a.toString(), "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, count, 2000));
      }
    }
    return ObservationSource.of(out);
  }

  /** For generated journeys and as-of dates, nothing dated after the as-of date reaches a figure. */
  @Property(tries = 15)
  void run_generatedJourneysReadNothingAfterTheAsOfDate(
      @ForAll("journeys") org.c2model.core.journey.Journey journey, @ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 1, max = 1_000_000) int sentinel) {
    LocalDate asOf = date.isBefore(journey.start()) ? journey.start() : date;
    YearMonth last = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
    EvaluationReport clean = Evaluation.builder().journey(journey).asOf(asOf).observations(onAreas(journey, last, 0))
        .unitCosts(EvaluationTest.costs()).priceYear(PRICES).build().run();
    EvaluationReport dirty = Evaluation.builder().journey(journey).asOf(asOf)
        .observations(onAreas(journey, last, sentinel)).unitCosts(EvaluationTest.costs()).priceYear(PRICES).build().run();
    assertEquals(figures(clean), figures(dirty));
    dirty.followUp().ifPresent(f -> assertFalse(f.end().isAfter(asOf.plusDays(1)), f::toString));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<org.c2model.core.journey.Journey> journeys() {
    return org.c2model.core.fixtures.JourneyArbitraries.journeys();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<LocalDate> dates() {
    return org.c2model.core.fixtures.JourneyArbitraries.assessmentDates();
  }

  @Test
  void run_windowsAskedForPastTheAsOfDateAreCutWithAFinding() {
    Windows asked = Windows.of(StudyWindow.of(LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1)),
        StudyWindow.of(LocalDate.of(2010, 6, 1), LocalDate.of(2011, 6, 1)));
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).observations(EvaluationTest.observations())
        .windows(asked).asOf(LocalDate.of(2010, 11, 30)).build().run();
    assertEquals(Optional.of(StudyWindow.of(LocalDate.of(2010, 6, 1), LocalDate.of(2010, 12, 1))), report.followUp());
    assertTrue(report.dataFindings().stream().anyMatch(f -> f.ruleId().equals(EvaluationFindings.WINDOW_AFTER_AS_OF)),
        report.dataFindings()::toString);
    // Six months of data against a 12-month threshold: a coverage finding next to the figure.
    assertTrue(report.dataFindings().stream().anyMatch(f -> f.ruleId().equals(EvaluationFindings.LOW_COVERAGE)
        && f.path().toString().equals("/indicators/asb-incidents/followUp")));
    assertTrue(report.toString().contains("below the 90% threshold"), report::toString);
  }

  @Test
  void run_noFollowUpBeforeAWholeMonthHasPassed() {
    EvaluationReport report = run(EvaluationTest.observations(), LocalDate.of(2009, 6, 20));
    assertTrue(report.indicatorChanges().isEmpty());
    assertTrue(report.dataFindings().stream().anyMatch(f -> f.ruleId().equals(EvaluationFindings.NO_FOLLOW_UP)));
  }

  @Test
  void defaults_theTwelveMonthsBeforeFormalisationAgainstTheLatestCompleteTwelve() {
    Windows w = Windows.defaults(LocalDate.of(2009, 6, 2), LocalDate.of(2010, 12, 31)).orElseThrow();
    assertEquals(StudyWindow.of(LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1)), w.baseline());
    assertEquals(StudyWindow.of(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)), w.followUp());
    Windows early = Windows.defaults(LocalDate.of(2009, 6, 2), LocalDate.of(2009, 12, 15)).orElseThrow();
    assertEquals(StudyWindow.of(LocalDate.of(2009, 7, 1), LocalDate.of(2009, 12, 1)), early.followUp(),
        "never overlapping the month of formalisation, never past the last whole month");
  }

  /**
   * Annualisation is by months covered: with constant monthly counts, cutting the follow-up at any
   * as-of date leaves the events avoided a year unchanged; only a change in the rate moves it.
   */
  @Property(tries = 12)
  void annualFigureDependsOnTheRateNotTheCoverage(@ForAll @IntRange(min = 1, max = 12) int monthsCovered,
      @ForAll @IntRange(min = 0, max = 9) int after) {
    List<Observation> obs = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2012, 1)); m = m.plusMonths(1)) {
      int count = m.isBefore(YearMonth.of(2009, 6)) ? 10 : after;
      obs.add(Observation.of("E01020136", "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, count, 2000));
    }
    Windows asked = Windows.of(StudyWindow.of(LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1)),
        StudyWindow.of(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)));
    LocalDate asOf = LocalDate.of(2010, 1, 1).plusMonths(monthsCovered).minusDays(1);
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).observations(ObservationSource.of(obs))
        .windows(asked).asOf(asOf).unitCosts(EvaluationTest.costs()).priceYear(PRICES).build().run();
    IndicatorChange asb = report.indicatorChanges().stream().filter(c -> c.indicator().id().equals("asb-incidents"))
        .findFirst().orElseThrow();
    assertEquals(monthsCovered / 12.0, IndicatorChange.coveredYears(asb.target().followUp()), 1e-12);
    AvoidedEvents avoided = report.savings().orElseThrow().appraisal().avoidedEvents().stream()
        .filter(a -> a.indicatorId().equals("asb-incidents")).findFirst().orElseThrow();
    assertEquals(12.0 * (10 - after), avoided.perYear().doubleValue(), 1e-3);
    assertEquals(12.0 * after / 2, asb.followUpRate().value().getAsDouble(), 1e-9, "per 1,000 population per year");
  }

  @Test
  void governanceHistory_aLostMajorityInsideThePeriodIsReportedWithItsDates() {
    Partnership full = Townstal.partnership();
    LocalDate march = LocalDate.of(2010, 3, 1);
    Set<String> residents = full.residents().stream().map(r -> r.id()).collect(Collectors.toSet());
    String kept = residents.stream().sorted().findFirst().orElseThrow();
    Partnership lost = Partnership.builder().from(full).memberships(full.memberships().stream()
        .map(m -> residents.contains(m.personId()) && !m.personId().equals(kept) && m.left().isEmpty()
            && m.joined().isBefore(march) ? Membership.of(m.personId(), m.joined(), march) : m).toList()).build();
    List<Finding> history = EvaluationFindings.governanceHistory(lost, LocalDate.of(2010, 12, 31),
        org.c2model.core.rule.RuleThresholds.defaults());
    assertTrue(history.stream().anyMatch(f -> f.date().equals(march) && f.message().contains("ResidentMajority")
        && f.message().contains("still failing on 2010-12-31")), history::toString);
    assertTrue(EvaluationFindings.governanceHistory(lost, LocalDate.of(2010, 2, 1),
        org.c2model.core.rule.RuleThresholds.defaults()).stream().noneMatch(f -> f.date().equals(march)),
        "a span starting after the as-of date is not reported");
  }

  @Test
  void run_dataThatDoNotFitSpeakUp() {
    List<Observation> obs = new ArrayList<>();
    ObservationSource clean = EvaluationTest.observations();
    obs.addAll(clean.select("asb-incidents", AREAS));
    obs.add(Observation.of("E01020136", "asb-incidnets", "2010-01", BoundaryVintage.LSOA_2011, 3, 2000));
    obs.add(Observation.of("E01020136", "burglary", "2010-01", BoundaryVintage.LSOA_2021, 3, 2000));
    Neighbourhood wider = Neighbourhood.of("N-TOWNSTAL", "Townstal", "E01020136", "E01020137", "E01099999");
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).observations(ObservationSource.of(obs))
        .comparator(wider).build().run();
    List<String> rules = report.dataFindings().stream().map(f -> f.ruleId().toString()).toList();
    assertTrue(rules.contains("Data:UnknownIndicator"), rules::toString);
    assertTrue(rules.contains("Data:AreaWithoutObservations"), rules::toString);
    assertTrue(rules.contains("Data:OtherBoundaryVintage"), rules::toString);
    assertTrue(rules.contains("Data:OutsideWindows"), rules::toString);
    String text = report.toString();
    assertTrue(text.contains("asb-incidnets") && text.contains("E01099999"), text);
  }

  @Test
  void savings_startInThePartnershipsFirstYearAndDropOff() {
    EvaluationReport report = run(EvaluationTest.observations(), LocalDate.of(2010, 12, 31));
    AvoidedEvents asb = report.savings().orElseThrow().appraisal().avoidedEvents().get(0);
    assertEquals(1, asb.firstYear(), "year 1 is the partnership's first year");
    assertEquals(5, asb.lastYear());
    assertEquals(2, asb.dropOffFrom(), "the follow-up ends 1.6 years after formalisation: years 1-2 observed");
    assertEquals(0, new BigDecimal("0.25").compareTo(asb.share(4)));
  }
}
