package org.c2model.metrics.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

class IndicatorChangeProperties {

  private static final LocalDate CONSTITUTED = LocalDate.of(2009, 6, 1);
  private static final LongTermIndicator ASB = IndicatorCatalogue.standard().get("asb-incidents");

  private static WindowComparison windows(String area, int before, int after) {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2012, 1)); m = m.plusMonths(1)) {
      out.add(Observation.of(area, ASB.id(), m.toString(), BoundaryVintage.LSOA_2011,
          m.isBefore(YearMonth.of(2009, 6)) ? before : after, 1500));
    }
    return IndicatorAggregation.aggregate(ObservationSource.of(out), Neighbourhood.of("N", "N", area),
            BoundaryVintage.LSOA_2011, List.of(ASB.id()))
        .get(ASB.id()).compare(StudyWindow.monthsBefore(CONSTITUTED, 12), StudyWindow.monthsAfter(CONSTITUTED, 13, 24));
  }

  @Property(tries = 200)
  void eventsAvoidedIntervalContainsItsEstimate(@ForAll @IntRange(min = 1, max = 60) int before,
      @ForAll @IntRange(min = 1, max = 60) int after, @ForAll @IntRange(min = 1, max = 60) int comparatorAfter) {
    for (Optional<WindowComparison> comparator : List.of(Optional.<WindowComparison>empty(),
        Optional.of(windows("E01020200", before, comparatorAfter)))) {
      IndicatorChange change = IndicatorChange.of(ASB, windows("E01020136", before, after), comparator, 1000,
          ConfidenceLevel.P95);
      double v = change.eventsAvoided().value().getAsDouble();
      assertTrue(change.eventsAvoided().lower().getAsDouble() <= v + 1e-9
          && v <= change.eventsAvoided().upper().getAsDouble() + 1e-9, change.eventsAvoided().toString());
    }
  }

  /** For a lower-is-better indicator, BETTER means the whole interval of the change lies below zero. */
  @Property(tries = 200)
  void verdictFollowsTheIntervalAndTheDirectionOfImprovement(@ForAll @IntRange(min = 1, max = 60) int before,
      @ForAll @IntRange(min = 1, max = 60) int after) {
    IndicatorChange change = IndicatorChange.of(ASB, windows("E01020136", before, after), Optional.empty(), 1000,
        ConfidenceLevel.P95);
    double lower = change.percentageChange().lower().getAsDouble();
    double upper = change.percentageChange().upper().getAsDouble();
    Comparison expected = upper < 0 ? Comparison.BETTER : lower > 0 ? Comparison.WORSE : Comparison.SIMILAR;
    assertEquals(expected, change.verdict());
  }
}
