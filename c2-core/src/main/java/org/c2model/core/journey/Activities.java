package org.c2model.core.journey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;

/** Invariant checks shared by the activity types. */
final class Activities {

  /** Up to this many references, duplicates are found by comparing pairs rather than with a set. */
  private static final int SMALL = 32;

  private Activities() {}

  static void notNegative(Money money, String field) {
    if (money.isNegative()) {
      throw InvalidValueException.of(field, "must not be negative", money);
    }
  }

  /** Checks that every id an activity refers to is not blank and appears once in its list. */
  static void checkReferences(Activity activity) {
    List<Reference> refs = activity.references();
    if (refs.size() > SMALL) {
      checkReferencesWithSet(refs);
      return;
    }
    // Few references (the usual case): compare each element of a list with the earlier ones rather
    // than building a key per reference; the same first duplicate fails, with the same message.
    for (int i = 0; i < refs.size(); i++) {
      Reference r = refs.get(i);
      Checks.notBlank(r.id(), r.field());
      int bracket = r.field().indexOf('[');
      if (bracket > 0) {
        for (int j = 0; j < i; j++) {
          Reference earlier = refs.get(j);
          if (earlier.id().equals(r.id()) && earlier.field().indexOf('[') == bracket
              && earlier.field().regionMatches(0, r.field(), 0, bracket)) {
            throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
          }
        }
      }
    }
  }

  private static void checkReferencesWithSet(List<Reference> refs) {
    Set<String> seen = new HashSet<>();
    for (Reference r : refs) {
      Checks.notBlank(r.id(), r.field());
      int bracket = r.field().indexOf('[');
      if (bracket > 0 && !seen.add(r.field().substring(0, bracket) + "\u0000" + r.id())) {
        throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
      }
    }
  }
}
