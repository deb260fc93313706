package org.c2model.metrics.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;
import org.immutables.value.Value;

/**
 * An indicator's totals in a baseline window and a follow-up window, such as 212 incidents in the 12
 * months before constitution against 150 in months 13 to 24 after (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 * <p>
 * This is the input to a change estimate (percentage change, rate ratio, difference in differences)
 * and to an invest-to-save case, where {@link #reduction()} is the number of events avoided.
 * {@link #findings()} reports periods left out of a window and windows of unequal length.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WindowComparison {

  /**
   * A period straddles a window boundary and was left out of its totals (baseline and follow-up
   * windows of the long-term outcomes framework, <i>Positively Local</i> sec. 5;
   * {@code docs/c2-model.md} section 5).
   */
  public static final RuleId STRADDLING_PERIOD = RuleId.of("Indicators:StraddlingPeriod");
  /**
   * The two windows differ in length, so their counts are not directly comparable
   * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, change in indicators
   * tracked at sub-ward level).
   */
  public static final RuleId UNEQUAL_WINDOWS = RuleId.of("Indicators:UnequalWindows");
  /**
   * A window's summed periods do not cover all of its days (<i>Positively Local</i> sec. 5;
   * {@code docs/c2-model.md} section 5,
   * change in indicators tracked at sub-ward level).
   */
  public static final RuleId INCOMPLETE_WINDOW = RuleId.of("Indicators:IncompleteWindow");

  WindowComparison() {}

  /**
   * Gets the baseline totals.
   *
   * @return the totals, not null
   */
  public abstract WindowTotals baseline();

  /**
   * Gets the follow-up totals.
   *
   * @return the totals, not null
   */
  public abstract WindowTotals followUp();

  /**
   * Obtains a comparison of two windows' totals for the same indicator.
   *
   * @param baseline  the baseline totals, not null
   * @param followUp  the follow-up totals, of the same indicator, in a window that does not overlap, not null
   * @return the comparison, not null
   * @throws InvalidValueException if the indicators differ or the windows overlap
   */
  public static WindowComparison of(WindowTotals baseline, WindowTotals followUp) {
    return ImmutableWindowComparison.builder().baseline(baseline).followUp(followUp).build();
  }

  /**
   * Gets the baseline numerator minus the follow-up numerator: events avoided when positive.
   *
   * @return the reduction, negative for a rise
   */
  public double reduction() {
    return baseline().numerator() - followUp().numerator();
  }

  /**
   * Gets what the comparison should be read with: straddling periods left out (warning), windows of
   * unequal length (warning), windows not fully covered by data (information).
   *
   * @return the findings, dated at the start of the window concerned, not null
   */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    Path path = Path.of("indicators", baseline().indicatorId());
    for (WindowTotals t : List.of(baseline(), followUp())) {
      String name = t == baseline() ? "baseline" : "followUp";
      if (!t.straddlingPeriods().isEmpty()) {
        out.add(Finding.builder().ruleId(STRADDLING_PERIOD).severity(Severity.WARNING).path(path.property(name))
            .date(t.window().start()).message(t.straddlingPeriods().size() + " periods straddle the " + name
                + " window " + t.window() + " and were left out: " + t.straddlingPeriods())
            .putArgs("periods", Integer.toString(t.straddlingPeriods().size())).build());
      }
      if (t.coverage() < 1) {
        out.add(Finding.builder().ruleId(INCOMPLETE_WINDOW).severity(Severity.INFO).path(path.property(name))
            .date(t.window().start()).message(String.format(Locale.ROOT, "data cover %.1f%% of the %s window %s",
                100 * t.coverage(), name, t.window()))
            .putArgs("coverage", Double.toString(t.coverage())).build());
      }
    }
    if (baseline().window().lengthInDays() != followUp().window().lengthInDays()) {
      out.add(Finding.builder().ruleId(UNEQUAL_WINDOWS).severity(Severity.WARNING).path(path)
          .date(followUp().window().start()).message("baseline has " + baseline().window().lengthInDays()
              + " days, follow-up " + followUp().window().lengthInDays() + "; compare rates, not counts")
          .build());
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    if (!baseline().indicatorId().equals(followUp().indicatorId())) {
      throw InvalidValueException.of("followUp.indicatorId", "must equal baseline.indicatorId "
          + baseline().indicatorId(), followUp().indicatorId());
    }
    StudyWindow b = baseline().window();
    StudyWindow f = followUp().window();
    if (b.start().isBefore(f.end()) && f.start().isBefore(b.end())) {
      throw InvalidValueException.of("followUp.window", "must not overlap the baseline window " + b, f);
    }
  }

  /**
   * Returns a two-line summary of the baseline and follow-up totals and the reduction.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "WindowComparison " + baseline().indicatorId() + " (reduction " + reduction() + ")\n  baseline  "
        + baseline() + "\n  follow-up " + followUp() + "\n";
  }
}
