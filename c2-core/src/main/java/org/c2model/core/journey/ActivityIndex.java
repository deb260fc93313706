package org.c2model.core.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.c2model.core.internal.Hashing;

/**
 * A journey's activities by id, for its own check: open addressing on the ids' hash codes, so that
 * a repeated id is found and the listening events that references name are looked up without a
 * map entry per activity (a journey is checked on every read and every cut to an earlier date).
 * A look-up probes at most {@link #MAX_PROBES} slots: past it (ids made to share hash codes), the
 * ids move to a hash map, which keeps a crowded bucket ordered.
 */
final class ActivityIndex {

  /** The most slots a look-up probes before the ids move to a map. */
  static final int MAX_PROBES = 32;

  private final List<Activity> activities;
  /**
   * The ids of the activities added, by index: compared on a probe without asking the activity
   * (a call looked up by its class).
   */
  private final String[] ids;
  /** Per slot, the index of the activity plus one, or 0 if empty; null once the ids are in {@link #map}. */
  private int[] slots;
  private Map<String, Integer> map;

  /**
   * Makes an empty index of some activities, to be added in order with {@link #add}.
   *
   * @param activities  the activities, each with an id, not null
   */
  ActivityIndex(List<Activity> activities) {
    this.activities = activities;
    this.ids = new String[activities.size()];
    slots = new int[Math.max(4, Integer.highestOneBit(Math.max(1, activities.size())) << 2)];
  }

  /**
   * Adds activity {@code i} (after activities 0 to {@code i - 1}) unless an earlier one has its id.
   *
   * @param i  the activity's index
   * @param id  its id, not null
   * @return the index of the earlier activity with the same id, or -1 if none (then it is added)
   */
  int add(int i, String id) {
    ids[i] = id;
    return putIfAbsent(id, i);
  }

  /**
   * Finds an activity by id.
   *
   * @param id  the id, not null
   * @return the activity, or null if none has the id
   */
  Activity get(String id) {
    if (map != null) {
      Integer i = map.get(id);
      return i == null ? null : activities.get(i);
    }
    int mask = slots.length - 1;
    for (int slot = Hashing.spread(id.hashCode()) & mask, probes = 0; slots[slot] != 0 && probes < MAX_PROBES;
        slot = (slot + 1) & mask, probes++) {
      int i = slots[slot] - 1;
      if (ids[i].equals(id)) {
        return activities.get(i);
      }
    }
    // an insertion probes as far as a look-up before it gives up on the table, so a miss here is none
    return null;
  }

  /** Adds an id unless an earlier activity has it: returns that activity's index, or -1. */
  private int putIfAbsent(String id, int index) {
    if (map != null) {
      Integer earlier = map.putIfAbsent(id, index);
      return earlier == null ? -1 : earlier;
    }
    int mask = slots.length - 1;
    int slot = Hashing.spread(id.hashCode()) & mask;
    for (int probes = 0; slots[slot] != 0; slot = (slot + 1) & mask) {
      int earlier = slots[slot] - 1;
      if (ids[earlier].equals(id)) {
        return earlier;
      }
      if (++probes == MAX_PROBES) {
        map = new HashMap<>();
        for (int k = 0; k < index; k++) {
          map.put(ids[k], k);
        }
        slots = null;
        return putIfAbsent(id, index);
      }
    }
    slots[slot] = index + 1;
    return -1;
  }
}
