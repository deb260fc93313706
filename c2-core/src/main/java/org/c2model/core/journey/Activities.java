package org.c2model.core.journey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;

/** Invariant checks shared by the activity types. */
final class Activities {

  /** Up to this many references, duplicates are found by comparing pairs rather than by hash. */
  private static final int SMALL = 8;

  /**
   * The most earlier entries a look-up in the open-addressed tables compares with: ids made to
   * share one hash code (easily done with {@code String}'s) would otherwise be compared each with
   * all the earlier ones, the square of the list; past it, the list is checked in a hash set.
   */
  static final int MAX_PROBES = 32;

  private Activities() {}

  static void notNegative(Money money, String field) {
    if (money.isNegative()) {
      throw InvalidValueException.of(field, "must not be negative", money);
    }
  }

  /**
   * Checks that every id an activity refers to is not blank and appears once in its list. The
   * references are checked in order, so the first failure is the first blank id or the first
   * repeat of an earlier id of the same list. An {@link AttendanceOnly} type calls
   * {@link #checkAttendance} instead, which checks the same without making the references.
   */
  static void checkReferences(Activity activity) {
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
        int probes = 0;
        for (Reference earlier = seen[slot]; earlier != null; earlier = seen[slot = (slot + 1) & mask]) {
          if (sameListAndId(earlier, r, bracket)) {
            throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
          }
          if (++probes > MAX_PROBES) {
            checkReferencesInSet(refs);
            return;
          }
        }
        seen[slot] = r;
      }
    }
  }

  /**
   * Checks the references of an {@link AttendanceOnly} activity as {@link #checkReferences} does,
   * from its two lists: each such type's own check calls it with its lists, whose getters are then
   * known where they are called rather than looked up by the activity's class.
   *
   * @param residentIds  the residents' ids, not null
   * @param agencyRepresentativeIds  the agency representatives' ids, not null
   */
  static void checkAttendance(List<String> residentIds, List<String> agencyRepresentativeIds) {
    checkIds(residentIds, "residentIds");
    checkIds(agencyRepresentativeIds, "agencyRepresentativeIds");
  }

  /**
   * Checks references as {@link #checkReferences} does, in a hash set of list and id: for ids made
   * to share hash codes, which the open-addressed table would compare with each other in turn.
   */
  private static void checkReferencesInSet(List<Reference> refs) {
    Set<String> seen = new HashSet<>();
    for (Reference r : refs) {
      Checks.notBlank(r.id(), r.field());
      int bracket = r.field().indexOf('[');
      // a string key: a hash set orders the strings of a crowded bucket, so a look-up stays short
      if (bracket > 0 && !seen.add(r.field().substring(0, bracket) + '\0' + r.id())) {
        throw InvalidValueException.of(r.field() + ".id", "must be unique", r.id());
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
        int probes = 0;
        for (String earlier = seen[slot]; earlier != null && !repeat; earlier = seen[slot = (slot + 1) & mask]) {
          repeat = earlier.equals(id);
          if (!repeat && ++probes > MAX_PROBES) {
            checkIdsInSet(ids, field);
            return;
          }
        }
        seen[slot] = id;
      }
      if (repeat) {
        throw InvalidValueException.of(field + "[" + i + "].id", "must be unique", id);
      }
    }
  }

  /** Checks ids as {@link #checkIds} does, in a hash set: for ids made to share hash codes. */
  private static void checkIdsInSet(List<String> ids, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.isBlank()) {
        Checks.notBlank(id, field + "[" + i + "]");
      }
      if (!seen.add(id)) {
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
