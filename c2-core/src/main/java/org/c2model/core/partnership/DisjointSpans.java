package org.c2model.core.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Day spans {@code [start, end)} (no end: open) grouped by a key, such as the memberships of one
 * person or the terms of one office, none of which shares a day with another of the same key.
 * <p>
 * Adding a span costs {@code O(log n)}, so checking {@code n} spans costs {@code O(n log n)} rather
 * than comparing every pair. Two spans {@code a} and {@code b} overlap exactly when neither ends on
 * or before the other's start (the definition of {@link OfficerTerm#overlaps(OfficerTerm)}). Because
 * the spans held never overlap, ordering them by start also orders them by end, so the span with
 * the latest start before a new span's end is the only one that can reach past the new span's start.
 */
final class DisjointSpans<K> {

  /** Per key: the end of the span starting on each day, {@code null} when it is open. */
  private final Map<K, TreeMap<LocalDate, Optional<LocalDate>>> byKey = new HashMap<>();

  /**
   * Adds a span unless it overlaps one added before under the same key.
   *
   * @param key  the key, not null
   * @param start  the first day, not null
   * @param end  the day after the last, empty when open
   * @return true if added, false (adding nothing) if it overlaps an earlier span of the key
   */
  boolean add(K key, LocalDate start, Optional<LocalDate> end) {
    TreeMap<LocalDate, Optional<LocalDate>> spans = byKey.computeIfAbsent(key, k -> new TreeMap<>());
    Map.Entry<LocalDate, Optional<LocalDate>> before =
        end.isPresent() ? spans.lowerEntry(end.get()) : spans.lastEntry();
    if (before != null && before.getValue().map(e -> e.isAfter(start)).orElse(true)) {
      return false;
    }
    // a span that starts on the same day as a held one would overlap it, so no entry is replaced
    spans.put(start, end);
    return true;
  }
}
