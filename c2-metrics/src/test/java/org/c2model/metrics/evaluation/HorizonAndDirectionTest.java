package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.stats.Comparison;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 4 (horizons and ambiguous directions) and issue 14 (a stored indicator change is
 * coherent at construction).
 */
class HorizonAndDirectionTest {

  private static final StudyWindow BASELINE = StudyWindow.of(LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1));
  private static final StudyWindow FOLLOW_UP = StudyWindow.of(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));

  private static WindowComparison windows(String id, int before, int after) {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2012, 1)); m = m.plusMonths(1)) {
      out.add(Observation.of("E01020136", id, m.toString(), BoundaryVintage.LSOA_2011,
          m.isBefore(YearMonth.of(2009, 6)) ? before : after, 2000));
    }
    return IndicatorAggregation.aggregate(ObservationSource.of(out), Neighbourhood.of("N", "N", "E01020136"),
        BoundaryVintage.LSOA_2011, List.of(id)).get(id).compare(BASELINE, FOLLOW_UP);
  }

  private static LongTermIndicator indicator(String id) {
    return IndicatorCatalogue.standard().get(id);
  }

  @Test
  void of_aeVisitsAtYearTwoAreTooEarlyToJudge() {
    IndicatorChange c = IndicatorChange.of(indicator("ae-visits"), windows("ae-visits", 20, 5), Optional.empty(), 1000,
        ConfidenceLevel.P95, 1.6);
    assertEquals(Comparison.NOT_COMPARED, c.verdict());
    assertTrue(c.tooEarlyToJudge());
    assertTrue(c.verdictNote().orElseThrow().startsWith("too early to judge: expected to move in 3-5 years"));
    assertTrue(c.toString().contains("down by 75%"), "the trend is still shown: " + c);
    IndicatorChange later = IndicatorChange.of(indicator("ae-visits"), windows("ae-visits", 20, 5), Optional.empty(),
        1000, ConfidenceLevel.P95, 3.5);
    assertEquals(Comparison.BETTER, later.verdict());
  }

  /** Domestic violence and drug offences never get a better/worse verdict, whatever they do. */
  @Property(tries = 30)
  void of_ambiguousIndicatorsAreChangesWithoutAVerdict(@ForAll @IntRange(min = 1, max = 40) int before,
      @ForAll @IntRange(min = 0, max = 40) int after, @ForAll boolean drugs) {
    String id = drugs ? "drug-offences" : "domestic-violence";
    IndicatorChange c = IndicatorChange.of(indicator(id), windows(id, before, after), Optional.empty(), 1000,
        ConfidenceLevel.P95, 2);
    assertTrue(c.verdict() != Comparison.BETTER && c.verdict() != Comparison.WORSE, c::toString);
    assertTrue(c.verdictNote().orElseThrow().contains("ambiguous"));
  }

  @Test
  void builder_rejectsAnUnknownStatisticCodeAtConstruction() {
    IndicatorChange good = IndicatorChange.of(indicator("asb-incidents"), windows("asb-incidents", 10, 6),
        Optional.empty(), 1000, ConfidenceLevel.P95);
    Estimate x = Estimate.builder().from(good.percentageChange()).statistic("x").build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> IndicatorChange.builder().from(good).percentageChange(x).build());
    assertEquals("percentageChange.statistic", e.field().orElseThrow());
  }

  @Test
  void builder_rejectsAValueOutsideItsOwnInterval() {
    IndicatorChange good = IndicatorChange.of(indicator("asb-incidents"), windows("asb-incidents", 10, 6),
        Optional.empty(), 1000, ConfidenceLevel.P95);
    Estimate outside = Estimate.builder().from(good.baselineRate())
        .value(good.baselineRate().upper().getAsDouble() + 1).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> IndicatorChange.builder().from(good).baselineRate(outside).build());
    assertEquals("baselineRate.value", e.field().orElseThrow());
  }
}
