package org.c2model.metrics.stats;

import java.util.Locale;
import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * Change between two periods and against a comparator, each with an interval: the rate ratio, the
 * percentage change ("down by 77%", as in docs/c2-model.md section 5, Table 1), the
 * difference-in-differences of two areas' rates and its relative form, the ratio of rate ratios.
 * <p>
 * Counts are treated as Poisson, as in the PHE/OHID "Technical Guide: Confidence Intervals"
 * (version 25 May 2018). The ratio intervals use the log-normal (Wald) approximation on the log
 * scale, {@code SE(ln RR) = √(1/O₁ + 1/O₂)} (Rothman KJ, Greenland S, Lash TL, Modern
 * Epidemiology, 3rd edn, Lippincott Williams &amp; Wilkins 2008, chapter 14, "Rate ratio"; Kirkwood
 * BR, Sterne JAC, Essential Medical Statistics, 2nd edn, Blackwell 2003, section 23.3); they need
 * at least one event in every count, otherwise the estimate is suppressed with the reason. The
 * difference in differences uses the normal approximation with the Poisson variance of each crude
 * rate, {@code var(O/n) = O/n²} (Kirkwood and Sterne, section 22.3), summed over the four
 * independent counts (the difference-in-differences design: Wing C, Simon K, Bello-Gomez RA
 * (2018), "Designing difference in difference studies", Annu Rev Public Health 39:453-469).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Change {

  private static final String LOG_NORMAL = "log-normal approximation";

  private Change() {}

  /**
   * Obtains the rate ratio of two counts, {@code (O₁/n₁) / (O₂/n₂)}, with its log-normal interval.
   *
   * @param numerator  the count whose rate is divided, not null
   * @param denominator  the count whose rate divides, not null
   * @param confidence  the confidence level, not null
   * @return the estimate (statistic {@code "rate ratio"}), suppressed if either count is 0
   */
  public static Estimate rateRatio(EventCount numerator, EventCount denominator, ConfidenceLevel confidence) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(confidence, "confidence");
    Estimate.Builder builder = base("rate ratio", "", confidence)
        .putInputs("numerator", numerator.toString())
        .putInputs("denominator", denominator.toString())
        .inputSummary(numerator + " vs " + denominator);
    return ratio(builder, numerator.rate() / denominator.rate(), 1, 0, confidence, numerator, denominator);
  }

  /**
   * Obtains the percentage change of a rate from one period to the next, {@code (RR - 1) × 100}
   * with {@code RR = rate(after) / rate(before)}, and its interval from the rate ratio's.
   * <p>
   * For example 100 events in 1,000 before and 23 in 1,000 after is a change of -77%, "down by
   * 77%" ({@link #describe(Estimate)}).
   *
   * @param before  the count in the earlier period, not null
   * @param after  the count in the later period, not null
   * @param confidence  the confidence level, not null
   * @return the estimate (statistic {@code "percentage change"}), suppressed if either count is 0
   */
  public static Estimate percentageChange(EventCount before, EventCount after, ConfidenceLevel confidence) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(confidence, "confidence");
    Estimate.Builder builder = base("percentage change", "%", confidence)
        .putInputs("before", before.toString())
        .putInputs("after", after.toString())
        .inputSummary(before + " before, " + after + " after");
    return ratio(builder, after.rate() / before.rate(), 100, -100, confidence, before, after);
  }

  /**
   * Obtains the difference in differences of crude rates: the change in the target area minus the
   * change in a comparator area over the same periods,
   * {@code ((r_t,after - r_t,before) - (r_c,after - r_c,before)) × multiplier}, with a normal
   * interval from the Poisson variances of the four rates.
   * <p>
   * A negative value means the target's rate fell further (or rose less) than the comparator's.
   *
   * @param targetBefore  the target area's count before, not null
   * @param targetAfter  the target area's count after, not null
   * @param comparatorBefore  the comparator's count before, not null
   * @param comparatorAfter  the comparator's count after, not null
   * @param multiplier  the scale, such as 1,000, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate (statistic {@code "difference in differences of rates per <multiplier>"})
   * @throws InvalidValueException if the multiplier is not above zero
   */
  public static Estimate differenceInDifferences(EventCount targetBefore, EventCount targetAfter,
      EventCount comparatorBefore, EventCount comparatorAfter, double multiplier, ConfidenceLevel confidence) {
    EventCount[] counts = checked(targetBefore, targetAfter, comparatorBefore, comparatorAfter);
    Objects.requireNonNull(confidence, "confidence");
    Inputs.multiplier(multiplier);
    double value = (targetAfter.rate() - targetBefore.rate()) - (comparatorAfter.rate() - comparatorBefore.rate());
    double variance = 0;
    for (EventCount c : counts) {
      variance += c.events() / (c.population() * c.population());
    }
    double halfWidth = confidence.z() * Math.sqrt(variance);
    return base("difference in differences of rates per " + Inputs.label(multiplier), Inputs.unit(multiplier), confidence)
        .method("normal approximation, Poisson variance")
        .putInputs("targetBefore", targetBefore.toString())
        .putInputs("targetAfter", targetAfter.toString())
        .putInputs("comparatorBefore", comparatorBefore.toString())
        .putInputs("comparatorAfter", comparatorAfter.toString())
        .putInputs("multiplier", Inputs.label(multiplier))
        .inputSummary("target " + targetBefore + " to " + targetAfter
            + "; comparator " + comparatorBefore + " to " + comparatorAfter)
        .value(value * multiplier)
        .lower((value - halfWidth) * multiplier)
        .upper((value + halfWidth) * multiplier)
        .build();
  }

  /**
   * Obtains the ratio of rate ratios, the relative difference in differences: the target's rate
   * ratio (after / before) divided by the comparator's, with a log-normal interval from
   * {@code SE = √(Σ 1/O)} over the four counts. A value of 0.5 means the target's rate fell by
   * half relative to the comparator's trend.
   *
   * @param targetBefore  the target area's count before, not null
   * @param targetAfter  the target area's count after, not null
   * @param comparatorBefore  the comparator's count before, not null
   * @param comparatorAfter  the comparator's count after, not null
   * @param confidence  the confidence level, not null
   * @return the estimate (statistic {@code "ratio of rate ratios"}), suppressed if a count is 0
   */
  public static Estimate ratioOfRateRatios(EventCount targetBefore, EventCount targetAfter,
      EventCount comparatorBefore, EventCount comparatorAfter, ConfidenceLevel confidence) {
    EventCount[] counts = checked(targetBefore, targetAfter, comparatorBefore, comparatorAfter);
    Objects.requireNonNull(confidence, "confidence");
    double value = (targetAfter.rate() / targetBefore.rate()) / (comparatorAfter.rate() / comparatorBefore.rate());
    Estimate.Builder builder = base("ratio of rate ratios", "", confidence)
        .putInputs("targetBefore", targetBefore.toString())
        .putInputs("targetAfter", targetAfter.toString())
        .putInputs("comparatorBefore", comparatorBefore.toString())
        .putInputs("comparatorAfter", comparatorAfter.toString())
        .inputSummary("target " + targetBefore + " to " + targetAfter
            + "; comparator " + comparatorBefore + " to " + comparatorAfter);
    return ratio(builder, value, 1, 0, confidence, counts);
  }

  /**
   * Describes a percentage change in words, such as {@code down by 77%} or {@code up by 12%}, with
   * whether its interval excludes no change.
   *
   * @param percentageChange  an estimate from {@link #percentageChange}, not null
   * @return the description, such as {@code down by 77% (95% CI 64% to 85% down)}, not null
   * @throws InvalidValueException if the estimate is not a percentage change
   */
  public static String describe(Estimate percentageChange) {
    Objects.requireNonNull(percentageChange, "percentageChange");
    if (!"percentage change".equals(percentageChange.statistic())) {
      throw InvalidValueException.of("percentageChange.statistic", "must be 'percentage change'",
          percentageChange.statistic());
    }
    if (percentageChange.isSuppressed()) {
      return "not estimable: " + percentageChange.suppressionReason().orElse("");
    }
    double v = percentageChange.value().getAsDouble();
    String direction = v < 0 ? "down by " : v > 0 ? "up by " : "unchanged ";
    String text = direction + String.format(Locale.ROOT, "%.0f%%", Math.abs(v));
    if (!percentageChange.hasInterval()) {
      return text;
    }
    double lo = percentageChange.lower().getAsDouble();
    double hi = percentageChange.upper().getAsDouble();
    String range;
    if (hi < 0) {
      range = String.format(Locale.ROOT, "%.0f%% to %.0f%% down", -hi, -lo);
    } else if (lo > 0) {
      range = String.format(Locale.ROOT, "%.0f%% to %.0f%% up", lo, hi);
    } else {
      range = String.format(Locale.ROOT, "%.0f%% down to %.0f%% up, no clear change", -lo, hi);
    }
    return text + " (" + percentageChange.confidence() + " CI " + range + ")";
  }

  private static Estimate.Builder base(String statistic, String unit, ConfidenceLevel confidence) {
    return Estimate.builder().confidence(confidence).method(LOG_NORMAL).statistic(statistic).unit(unit);
  }

  private static EventCount[] checked(EventCount a, EventCount b, EventCount c, EventCount d) {
    return new EventCount[] {
      Objects.requireNonNull(a, "targetBefore"), Objects.requireNonNull(b, "targetAfter"),
      Objects.requireNonNull(c, "comparatorBefore"), Objects.requireNonNull(d, "comparatorAfter")};
  }

  /** Sets value and log-normal limits of a ratio, transformed to {@code ratio × scale + shift}. */
  private static Estimate ratio(Estimate.Builder builder, double ratio, double scale, double shift,
      ConfidenceLevel confidence, EventCount... counts) {
    double sumInverse = 0;
    for (EventCount c : counts) {
      if (c.events() == 0) {
        return builder.suppressionReason("a count is 0, so the log-normal interval of a rate ratio is not defined")
            .build();
      }
      sumInverse += 1 / c.events();
    }
    double spread = Math.exp(confidence.z() * Math.sqrt(sumInverse));
    return builder
        .value(ratio * scale + shift)
        .lower(ratio / spread * scale + shift)
        .upper(ratio * spread * scale + shift)
        .build();
  }
}
