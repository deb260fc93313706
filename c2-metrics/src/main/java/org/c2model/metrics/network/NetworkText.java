package org.c2model.metrics.network;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting shared by the readable {@code toString()}s of this package. */
final class NetworkText {

  private NetworkText() {}

  /** A weight or count without trailing zeros: {@code 2}, {@code 0.5}. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A measure with a fixed number of decimals, or {@code -} when undefined. */
  static String fixed(OptionalDouble value, int decimals) {
    return value.isPresent() ? fixed(value.getAsDouble(), decimals) : "-";
  }

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A change with its sign: {@code +3}, {@code -0.125}. */
  static String signed(double value, int decimals) {
    return String.format(Locale.ROOT, "%+." + decimals + "f", value);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
