package org.c2model.metrics.indicator;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An indicator's totals over a study window, such as 212 anti-social behaviour incidents in the 12
 * months before constitution: the input to a change estimate.
 * <p>
 * Only periods wholly inside the window are summed; periods straddling a window boundary are listed
 * in {@link #straddlingPeriods()} and left out, never pro-rated. The denominator is summed over
 * periods, so twelve monthly populations give person-months: divide by the number of periods per
 * year for a per-year rate. {@link #coverage()} shows missing data: the share of the window's days
 * that summed periods cover.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WindowTotals {

  WindowTotals() {}

  /**
   * Gets the indicator's id.
   *
   * @return the id, not null
   */
  public abstract String indicatorId();

  /**
   * Gets the window.
   *
   * @return the window, not null
   */
  public abstract StudyWindow window();

  /**
   * Gets the numerator summed over the periods inside the window.
   *
   * @return the numerator, zero or more
   */
  public abstract double numerator();

  /**
   * Gets the denominator summed over the periods inside the window, present only when every such
   * period has one and there is at least one.
   *
   * @return the denominator, positive when present
   */
  public abstract OptionalDouble denominator();

  /**
   * Gets the periods summed, in order.
   *
   * @return the periods, possibly empty, not null
   */
  public abstract List<ReportingPeriod> periods();

  /**
   * Gets the periods left out because they straddle a boundary of the window, in order.
   *
   * @return the periods, possibly empty, not null
   */
  public abstract List<ReportingPeriod> straddlingPeriods();

  /**
   * Gets the share of the window's days covered by the summed periods.
   *
   * @return the coverage, from 0 to 1 when periods do not overlap
   */
  @Value.Derived
  public double coverage() {
    return periods().stream().mapToLong(ReportingPeriod::lengthInDays).sum() / (double) window().lengthInDays();
  }

  /**
   * Returns a builder, for totals stored earlier (such as read back from a document); totals of a
   * series are computed with {@link IndicatorSeries#totals(StudyWindow)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link WindowTotals}; {@code build()} checks every invariant and throws
   * {@link InvalidValueException} naming the field that breaks one.
   */
  public static final class Builder extends ImmutableWindowTotals.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(indicatorId(), "indicatorId");
    if (!(numerator() >= 0) || Double.isInfinite(numerator())) {
      throw InvalidValueException.of("numerator", "must be finite and zero or more", numerator());
    }
    if (denominator().isPresent()) {
      double d = denominator().getAsDouble();
      if (!(d > 0) || Double.isInfinite(d)) {
        throw InvalidValueException.of("denominator", "must be finite and above zero", d);
      }
      if (periods().isEmpty()) {
        throw InvalidValueException.of("denominator", "must be empty when no period is summed", d);
      }
    }
    checkPeriods("periods", periods(), window()::contains, "must lie inside the window ");
    checkPeriods("straddlingPeriods", straddlingPeriods(), window()::straddles, "must straddle an edge of the window ");
  }

  private void checkPeriods(String field, List<ReportingPeriod> list, Predicate<ReportingPeriod> fits,
      String expectation) {
    for (int i = 0; i < list.size(); i++) {
      ReportingPeriod p = list.get(i);
      if (!fits.test(p)) {
        throw InvalidValueException.of(field + "[" + i + "]", expectation + window(), p);
      }
      if (i > 0 && p.compareTo(list.get(i - 1)) < 0) {
        throw InvalidValueException.of(field + "[" + i + "]", "must not come before " + list.get(i - 1), p);
      }
    }
  }

  /**
   * Returns a one-line summary, such as
   * {@code asb-incidents 2008-06-01/2009-06-01: 212 (12 periods, coverage 100%)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s: %s%s (%d periods, coverage %.0f%%%s)", indicatorId(), window(),
        numerator(), denominator().isPresent() ? " / " + denominator().getAsDouble() : "", periods().size(),
        100 * coverage(), straddlingPeriods().isEmpty() ? "" : ", straddling " + straddlingPeriods());
  }
}
