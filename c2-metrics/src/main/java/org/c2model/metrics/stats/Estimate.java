package org.c2model.metrics.stats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A statistic with its confidence interval, such as
 * {@code 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)}.
 * <p>
 * Every estimate says how it was made: the {@link #method()} and {@link #statistic()} labels are
 * those of the reference implementation, the R package PHEindicatormethods (for example
 * {@code "Wilson"}, {@code "Byars"}, {@code "Exact"}, {@code "Dobson"},
 * {@code "Student's t-distribution"}; {@code "percentage"}, {@code "rate per 1000"}), and
 * {@link #inputs()} keeps the numbers it came from, in order.
 * <p>
 * Where the reference returns R's {@code NA} the estimate says so explicitly instead of holding
 * NaN: the value or the bounds are empty and {@link #suppressionReason()} gives the reason. For
 * example a directly standardised rate from fewer than 10 events is suppressed, and the mean of a
 * single value has a value but no interval. A present value or bound is never NaN; an upper bound
 * may be positive infinity at a confidence level of 1.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Estimate {

  Estimate() {}

  /**
   * Gets the point estimate, such as {@code 72.0} for 18 of 25 as a percentage.
   *
   * @return the value, empty when suppressed (R's {@code NA})
   */
  public abstract OptionalDouble value();

  /**
   * Gets the lower confidence limit.
   *
   * @return the lower limit, empty when suppressed or not defined (R's {@code NA})
   */
  public abstract OptionalDouble lower();

  /**
   * Gets the upper confidence limit.
   *
   * @return the upper limit, empty when suppressed or not defined (R's {@code NA})
   */
  public abstract OptionalDouble upper();

  /**
   * Gets the confidence level of the interval.
   *
   * @return the level, not null
   */
  public abstract ConfidenceLevel confidence();

  /**
   * Gets the name of the method that made the interval, as the reference labels it, such as
   * {@code Wilson}, {@code Byars} or {@code Exact}.
   *
   * @return the method, not blank
   */
  public abstract String method();

  /**
   * Gets what the value measures, as the reference labels it, such as {@code percentage},
   * {@code rate per 1000} or {@code dsr NA for total count < 10}.
   *
   * @return the statistic, not blank
   */
  public abstract String statistic();

  /**
   * Gets the unit printed after each number by {@link #toString()}, such as {@code %} or
   * {@code  per 1,000}.
   *
   * @return the unit, empty for none, not null
   */
  @Value.Default
  public String unit() {
    return "";
  }

  /**
   * Gets the inputs the estimate came from, by name, in the order they were given, such as
   * {@code numerator=18, denominator=25, multiplier=100}.
   *
   * @return the inputs, not null
   */
  public abstract Map<String, String> inputs();

  /**
   * Gets a short reading of the inputs for people, such as {@code 18 of 25}.
   *
   * @return the summary, empty for none, not null
   */
  @Value.Default
  public String inputSummary() {
    return "";
  }

  /**
   * Gets why the value or an interval limit is not available.
   *
   * @return the reason, such as {@code total count 9 is below 10}; empty when all are present
   */
  public abstract Optional<String> suppressionReason();

  /**
   * Checks if the value is suppressed (R's {@code NA}).
   *
   * @return true if there is no value
   */
  public boolean isSuppressed() {
    return value().isEmpty();
  }

  /**
   * Checks if both confidence limits are available.
   *
   * @return true if there is a lower and an upper limit
   */
  public boolean hasInterval() {
    return lower().isPresent() && upper().isPresent();
  }

  /**
   * Checks if the interval contains a value, such as a benchmark.
   *
   * @param x  the value
   * @return true if both limits are present and {@code lower <= x <= upper}
   */
  public boolean contains(double x) {
    return hasInterval() && lower().getAsDouble() <= x && x <= upper().getAsDouble();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Estimate}. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    notNaN(value(), "value");
    notNaN(lower(), "lower");
    notNaN(upper(), "upper");
    Checks.notBlank(method(), "method");
    Checks.notBlank(statistic(), "statistic");
    if (hasInterval() && lower().getAsDouble() > upper().getAsDouble()) {
      throw InvalidValueException.of("lower", "must not be above upper " + upper().getAsDouble(),
          lower().getAsDouble());
    }
    boolean incomplete = value().isEmpty() || !hasInterval();
    if (incomplete && suppressionReason().isEmpty()) {
      throw InvalidValueException.of("suppressionReason",
          "must be given when the value or a limit is missing", "empty");
    }
  }

  private static void notNaN(OptionalDouble x, String field) {
    if (x.isPresent() && Double.isNaN(x.getAsDouble())) {
      throw InvalidValueException.of(field, "must not be NaN; leave it empty with a reason", "NaN");
    }
  }

  /**
   * Returns a one-line summary, such as
   * {@code 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)}, or
   * {@code NA: total count 9 is below 10 (dsr NA for total count < 10, Dobson; 9 events in 8,970)}.
   * <p>
   * Numbers are rounded to about three significant figures for reading; use the accessors for
   * the exact values.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    String inputs = inputSummary().isEmpty() ? "" : "; " + inputSummary();
    if (value().isEmpty()) {
      return "NA: " + suppressionReason().orElse("") + " (" + statistic() + ", " + method() + inputs + ")";
    }
    double v = value().getAsDouble();
    double scale = v != 0 || upper().isEmpty() || !Double.isFinite(upper().getAsDouble())
        ? Math.abs(v) : Math.abs(upper().getAsDouble());
    int decimals = scale == 0 ? 1 : Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(scale))));
    // A percent sign goes on every number; a longer unit such as " per 1,000" only after the value.
    boolean unitOnEach = unit().startsWith("%");
    StringBuilder text = new StringBuilder(number(v, decimals)).append(unit());
    text.append(" (").append(confidence()).append(" CI ");
    text.append(lower().isPresent() ? number(lower().getAsDouble(), decimals) : "NA");
    text.append(unitOnEach && lower().isPresent() ? unit() : "").append(" to ");
    text.append(upper().isPresent() ? number(upper().getAsDouble(), decimals) : "NA");
    text.append(unitOnEach && upper().isPresent() ? unit() : "");
    text.append(", ").append(method()).append(inputs);
    suppressionReason().ifPresent(reason -> text.append("; ").append(reason));
    return text.append(')').toString();
  }

  private String number(double x, int decimals) {
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}
