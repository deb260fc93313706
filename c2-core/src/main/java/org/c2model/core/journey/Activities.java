package org.c2model.core.journey;

import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;

/** Invariant checks shared by the activity types. */
final class Activities {

  private Activities() {}

  static void notNegative(Money money, String field) {
    if (money.isNegative()) {
      throw InvalidValueException.of(field, "must not be negative", money);
    }
  }
}
