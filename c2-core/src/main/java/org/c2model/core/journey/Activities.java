package org.c2model.core.journey;

import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;

/** Invariant checks shared by the activity types. */
final class Activities {

  /** Up to this many references, duplicates are found by comparing pairs rather than by hash. */
  private static final int SMALL = 8;

  private Activities() {}

  static void notNegative(Money money, String field) {
    if (money.isNegative()) {
      throw InvalidValueException.of(field, "must not be negative", money);
    }
  }

  /**
   * Checks that every id an activity refers to is not blank and appears once in its list. The
   * references are checked in order, so the first failure is the first blank id or the first
   * repeat of an earlier id of the same list.
   */
  static void checkReferences(Activity activity) {
    if (activity instanceof AttendanceOnly) {
      Attendance attendance = (Attendance) activity;
      checkIds(attendance.residentIds(), "residentIds");
      checkIds(attendance.agencyRepresentativeIds(), "agencyRepresentativeIds");
      return;
    }
    List<Reference> refs = activity.references();
    int n = refs.size();
    // Earlier indexed references by the hash of their id, open addressing: one small array per
    // activity finds a repeat in one pass (comparing each with all the earlier ones cost the
    // square of an attendance list; a hash set, a node per reference and a key string each).
    Reference[] seen = n > SMALL ? new Reference[Integer.highestOneBit(n) << 2] : null;
    int mask = seen == null ? 0 : seen.length - 1;
    for (int i = 0; i < n; i++) {
      Reference r = refs.get(i);
      Checks.notBlank(r.id(), r.field());
      int bracket = r.field().indexOf('[');
      if (bracket <= 0) {
        continue;
      }
      if (seen == null) {
        for (int j = 0; j < i; j++) {
          if (sameListAndId(refs.get(j), r, bracket)) {
            throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
          }
        }
      } else {
        int hash = r.id().hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (Reference earlier = seen[slot]; earlier != null; earlier = seen[slot = (slot + 1) & mask]) {
          if (sameListAndId(earlier, r, bracket)) {
            throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
          }
        }
        seen[slot] = r;
      }
    }
  }

  /**
   * Checks one list of ids as {@link #checkReferences} checks its references, with the same
   * messages: each not blank, and none a repeat of an earlier one of the list.
   */
  private static void checkIds(List<String> ids, String field) {
    int n = ids.size();
    String[] seen = n > SMALL ? new String[Integer.highestOneBit(n) << 2] : null;
    int mask = seen == null ? 0 : seen.length - 1;
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      if (id.isBlank()) {
        // the element's name is made only when it fails
        Checks.notBlank(id, field + "[" + i + "]");
      }
      boolean repeat = false;
      // hash codes first: a string caches its own, and ids that differ nearly always differ in it
      int hash = id.hashCode();
      if (seen == null) {
        for (int j = 0; j < i && !repeat; j++) {
          String earlier = ids.get(j);
          repeat = earlier.hashCode() == hash && earlier.equals(id);
        }
      } else {
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (String earlier = seen[slot]; earlier != null && !repeat; earlier = seen[slot = (slot + 1) & mask]) {
          repeat = earlier.equals(id);
        }
        seen[slot] = id;
      }
      if (repeat) {
        throw InvalidValueException.of(field + "[" + i + "].id", "must be unique", id);
      }
    }
  }

  /** Whether an earlier reference has the same id as {@code r} in the same list field. */
  private static boolean sameListAndId(Reference earlier, Reference r, int bracket) {
    return earlier.id().equals(r.id()) && earlier.field().indexOf('[') == bracket
        && earlier.field().regionMatches(0, r.field(), 0, bracket);
  }
}
