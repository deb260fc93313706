package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CommunityNetwork#fromGatherings} tallies pairs in a table of primitives; its ties must be
 * exactly those of the plain definition (one tie per pair that attended a gathering together by the
 * date, weighted by the number of such gatherings, first observed on the earliest, listed in order of
 * the people's positions), for networks large enough to grow the table many times.
 */
class GatheringProjectionProperties {

  private static final LocalDate START = LocalDate.of(2009, 1, 1);

  @Property(tries = 100)
  void tiesAreThePairsThatMetWithTheirCountAndFirstDay(@ForAll @IntRange(min = 2, max = 120) int people,
      @ForAll @IntRange(min = 0, max = 60) int gatherings, @ForAll @IntRange(min = 0, max = 800) int asOfDay,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Affiliation> byId = new LinkedHashMap<>();
    for (int p = 0; p < people; p++) {
      // Ids not in sorted order, so position order and id order differ.
      byId.put("P" + ((p * 37) % people) + "-" + p, p % 3 == 0 ? Affiliation.AGENCY_STAFF : Affiliation.RESIDENT);
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    List<Gathering> list = new ArrayList<>();
    for (int g = 0; g < gatherings; g++) {
      List<String> attendees = new ArrayList<>();
      for (String id : ids) {
        if (random.nextInt(people) < 12) {
          attendees.add(id);
        }
      }
      if (attendees.size() > 1) {
        list.add(Gathering.of(START.plusDays(random.nextInt(900)), attendees));
      }
    }
    LocalDate asOf = START.plusDays(asOfDay);

    TreeMap<List<Integer>, int[]> count = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
        ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
    Map<List<Integer>, LocalDate> first = new java.util.HashMap<>();
    for (Gathering g : list) {
      if (g.date().isAfter(asOf)) {
        continue;
      }
      List<String> at = new ArrayList<>(g.attendees());
      for (int x = 0; x < at.size(); x++) {
        for (int y = x + 1; y < at.size(); y++) {
          int a = ids.indexOf(at.get(x));
          int b = ids.indexOf(at.get(y));
          List<Integer> pair = List.of(Math.min(a, b), Math.max(a, b));
          count.computeIfAbsent(pair, k -> new int[1])[0]++;
          first.merge(pair, g.date(), (d1, d2) -> d1.isAfter(d2) ? d2 : d1);
        }
      }
    }
    List<Tie> expected = new ArrayList<>();
    count.forEach((pair, n) -> expected.add(Tie.of(ids.get(pair.get(0)), ids.get(pair.get(1)), n[0], first.get(pair))));

    assertEquals(expected, CommunityNetwork.fromGatherings(byId, list, asOf).ties());
  }
}
