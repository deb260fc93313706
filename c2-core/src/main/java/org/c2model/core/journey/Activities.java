package org.c2model.core.journey;

import java.util.HashSet;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;

/** Invariant checks shared by the activity types. */
final class Activities {

  private Activities() {}

  static void notNegative(Money money, String field) {
    if (money.isNegative()) {
      throw InvalidValueException.of(field, "must not be negative", money);
    }
  }

  /** Checks that every id an activity refers to is not blank and appears once in its list. */
  static void checkReferences(Activity activity) {
    Set<String> seen = new HashSet<>();
    for (Reference r : activity.references()) {
      Checks.notBlank(r.id(), r.field());
      int bracket = r.field().indexOf('[');
      if (bracket > 0 && !seen.add(r.field().substring(0, bracket) + "\u0000" + r.id())) {
        throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
      }
    }
  }
}
