package org.c2model.metrics.network;

import org.c2model.core.InvalidValueException;

/** Invariant checks of this package; each throws {@link InvalidValueException} naming the field. */
final class NetworkChecks {

  private NetworkChecks() {}

  static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw InvalidValueException.of(field, "must not be blank", "'" + value + "'");
    }
    return value;
  }

  static int notNegative(int value, String field) {
    if (value < 0) {
      throw InvalidValueException.of(field, "must not be negative", value);
    }
    return value;
  }

  static double notNegative(double value, String field) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw InvalidValueException.of(field, "must be a finite number, not negative", value);
    }
    return value;
  }

  static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw InvalidValueException.of(field, "must be a finite number", value);
    }
    return value;
  }

  static double share(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw InvalidValueException.of(field, "must be between 0 and 1", value);
    }
    return value;
  }
}
