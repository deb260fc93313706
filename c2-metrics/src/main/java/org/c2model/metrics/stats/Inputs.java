package org.c2model.metrics.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * Argument checks and number labels shared by the calculators of this package; each check throws
 * {@link InvalidValueException} naming the argument and the bad value.
 * <p>
 * NaN stands for R's {@code NA} (a missing value) where a calculator documents that it accepts
 * one; infinities are never accepted.
 */
final class Inputs {

  private Inputs() {}

  /** Checks that a count is finite and zero or more (NaN passes: a missing count). */
  static double count(double x, String field) {
    if (x < 0 || Double.isInfinite(x)) {
      throw InvalidValueException.of(field, "must be a finite number greater than or equal to zero", label(x));
    }
    return x;
  }

  /** Checks that a denominator is finite and above zero (NaN passes: a missing denominator). */
  static double positive(double n, String field) {
    if (n <= 0 || Double.isInfinite(n)) {
      throw InvalidValueException.of(field, "must be a finite number greater than zero", label(n));
    }
    return n;
  }

  /** Checks that a value is present and finite. */
  static double present(double x, String field) {
    if (!Double.isFinite(x)) {
      throw InvalidValueException.of(field, "must be a finite number, not missing", label(x));
    }
    return x;
  }

  /** Checks that a multiplier is finite and above zero. */
  static double multiplier(double multiplier) {
    return scale(multiplier, "multiplier");
  }

  /** Checks that a scale such as a multiplier or reference value is finite and above zero. */
  static double scale(double scale, String field) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw InvalidValueException.of(field, "must be greater than 0", label(scale));
    }
    return scale;
  }

  /** Checks that parallel stratum arrays have the length of the first. */
  static int sameLength(int expected, double[] array, String field, String firstField) {
    Objects.requireNonNull(array, field);
    if (array.length != expected) {
      throw InvalidValueException.of(field + ".length",
          "must equal " + firstField + ".length " + expected, array.length);
    }
    return expected;
  }

  /** Formats a number as R prints it in labels: {@code 100000}, {@code 0.5}, never {@code 1E+5}. */
  static String label(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? "NA" : String.valueOf(x);
    }
    return new BigDecimal(Double.toString(x)).round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  /** Formats a count or population for people, with thousands separators: {@code 4,000}. */
  static String grouped(double x) {
    if (Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 1e15) {
      return grouped((long) x);
    }
    return label(x);
  }

  /**
   * Formats a whole number with thousands separators as {@code String.format(Locale.ROOT, "%,d", x)}
   * does, without a formatter (evaluations label every count they compare).
   */
  static String grouped(long x) {
    String digits = Long.toString(x);
    int sign = x < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + (length - 1) / 3);
    sb.append(digits, 0, sign);
    int first = length % 3 == 0 ? 3 : length % 3;
    sb.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /** The unit printed after a value scaled by a multiplier: {@code %}, nothing, or {@code  per 1,000}. */
  static String unit(double multiplier) {
    if (multiplier == 100) {
      return "%";
    }
    return multiplier == 1 ? "" : " per " + grouped(multiplier);
  }
}
