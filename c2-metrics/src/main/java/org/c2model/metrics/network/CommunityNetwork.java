package org.c2model.metrics.network;

import java.time.LocalDate;
import org.c2model.core.internal.Checks;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.Introduction;
import org.c2model.core.journey.Journey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.graph.CompactGraph;
import org.immutables.value.Value;

/**
 * The community network of a neighbourhood: residents and agency staff, by id only, and the dated
 * ties between them (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3, "weak
 * connector"; section 5, intermediate
 * outcome 2, "community organisation, networks and social capital").
 * <p>
 * Two ways to build one:
 * <ul>
 *   <li>from explicit ties, such as a "who do you know / who would you ask" survey, with
 *       {@link #builder()};</li>
 *   <li>from gatherings people attended together, with
 *       {@link #fromGatherings(Map, List, LocalDate)}: a bipartite projection weighted by the number
 *       of gatherings each pair shared.</li>
 * </ul>
 * Every listed person is a node, even one with no ties yet (an isolated person is part of the
 * fragmentation C2 sets out to reduce). Each person has one affiliation: the builder rejects an id
 * given as both a resident and agency staff.
 * <p>
 * Duplicate ties are merged: a pair named more than once, in either order (both respondents of a
 * survey name each other, or a later survey names them again), is one tie in {@link #ties()}, at
 * the position and in the order of its first naming, first observed on the earliest of its dates
 * and with the largest of its weights. The network keeps no history of a tie's weight, so
 * {@link #toString()}, {@link #asOf(LocalDate)} and every analysis count that one tie with that
 * weight; to follow ties as they strengthen, build one network per survey wave and compare them
 * with {@link NetworkChange#of(NetworkSummary, NetworkSummary)}.
 *
 * <pre>{@code
 * CommunityNetwork network = CommunityNetwork.builder()
 *     .resident("R1", "R2").agencyStaff("A1")
 *     .tie("R1", "A1", LocalDate.of(2010, 3, 1)).tie("R2", "A1", LocalDate.of(2010, 3, 1))
 *     .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityNetwork {

  CommunityNetwork() {}

  /**
   * Gets the people, by id, with their affiliation, in the order given. The order fixes the int ids
   * of {@link #graph(LocalDate)}.
   *
   * @return the people, not null
   */
  public abstract Map<String, Affiliation> people();

  /**
   * Gets the ties, in the order given, duplicates merged (see the class documentation).
   *
   * @return the ties, each between two listed people, at most one per pair, not null
   */
  public abstract List<Tie> ties();

  /**
   * Gets the affiliation of a person.
   *
   * @param personId  the id, not null
   * @return the affiliation, not null
   * @throws InvalidValueException if the person is not in the network
   */
  public Affiliation affiliation(String personId) {
    Affiliation a = people().get(Objects.requireNonNull(personId, "personId"));
    if (a == null) {
      throw InvalidValueException.of("personId", "must be a person in the network", "'" + personId + "'");
    }
    return a;
  }

  /**
   * Returns the network as it stood on a date: the same people, and the ties first observed on or
   * before that date.
   *
   * @param date  the date, not null
   * @return the network, not null
   */
  public CommunityNetwork asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Tie> kept = new ArrayList<>();
    for (Tie t : ties()) {
      if (!t.firstObserved().isAfter(date)) {
        kept.add(t);
      }
    }
    return builder().putAllPeople(people()).addAllTies(kept).build();
  }

  /**
   * Builds the compact graph of the network as it stood on a date: person {@code i} of
   * {@link #people()} is node {@code i}; ties observed by then are weighted by strength.
   *
   * @param date  the date, not null
   * @return the graph, not null
   */
  public CompactGraph graph(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map<String, Integer> index = index();
    int count = 0;
    for (Tie t : ties()) {
      count += t.firstObserved().isAfter(date) ? 0 : 1;
    }
    int[] from = new int[count];
    int[] to = new int[count];
    double[] weight = new double[count];
    int i = 0;
    for (Tie t : ties()) {
      if (!t.firstObserved().isAfter(date)) {
        from[i] = index.get(t.first());
        to[i] = index.get(t.second());
        weight[i] = t.weight();
        i++;
      }
    }
    return CompactGraph.weighted(people().size(), from, to, weight);
  }

  /**
   * Lists the distinct ties observed by a date, merged as in {@link #graph(LocalDate)}, in order of
   * the people's positions.
   */
  List<Tie> distinctTies(LocalDate date) {
    Map<String, Integer> index = index();
    Map<Long, Tie> merged = new TreeMap<>();
    for (Tie t : ties()) {
      if (t.firstObserved().isAfter(date)) {
        continue;
      }
      int a = index.get(t.first());
      int b = index.get(t.second());
      Tie ordered = a < b ? t : Tie.of(t.second(), t.first(), t.weight(), t.firstObserved());
      merged.merge(pairKey(Math.min(a, b), Math.max(a, b)), ordered, (x, y) -> Tie.of(x.first(), x.second(),
          Math.max(x.weight(), y.weight()), x.firstObserved().isAfter(y.firstObserved()) ? y.firstObserved()
              : x.firstObserved()));
    }
    return new ArrayList<>(merged.values());
  }

  /**
   * Gets the ids of the people in order, so that {@code ids().get(i)} is node {@code i}.
   *
   * @return the ids, not null
   */
  List<String> ids() {
    return new ArrayList<>(people().keySet());
  }

  private Map<String, Integer> index() {
    return index(people().keySet());
  }

  private static Map<String, Integer> index(Iterable<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (String id : ids) {
      index.put(id, index.size());
    }
    return index;
  }

  private static long pairKey(int a, int b) {
    return ((long) a << 32) | b;
  }

  /**
   * Obtains the network of people tied by the gatherings they attended together, as of a date: the
   * bipartite projection of people and gatherings. Two people are tied when they attended at least
   * one gathering together on or before the date; the tie's weight is the number of such
   * gatherings, and it was first observed on the first of them. Gatherings after the date are
   * ignored.
   * <p>
   * The weights are counts as of {@code asOf}; to compare two dates, project at each date and
   * compare the two networks with {@link NetworkChange#of(NetworkSummary, NetworkSummary)}.
   *
   * @param people  the people, by id, with their affiliation, not null
   * @param gatherings  the gatherings, each attendee one of the people, not null
   * @param asOf  the date, not null
   * @return the network, not null
   * @throws InvalidValueException if an attendee is not one of the people
   */
  public static CommunityNetwork fromGatherings(Map<String, Affiliation> people, List<Gathering> gatherings,
      LocalDate asOf) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(gatherings, "gatherings");
    Objects.requireNonNull(asOf, "asOf");
    Builder builder = builder().putAllPeople(people);
    List<String> ids = new ArrayList<>(people.keySet());
    Map<String, Integer> index = index(ids);
    PairTally shared = new PairTally();
    for (int g = 0; g < gatherings.size(); g++) {
      Gathering gathering = Objects.requireNonNull(gatherings.get(g), "gatherings[" + g + "]");
      int[] present = new int[gathering.attendees().size()];
      int k = 0;
      for (String id : gathering.attendees()) {
        Integer i = index.get(id);
        if (i == null) {
          throw InvalidValueException.of("gatherings[" + g + "].attendees[" + k + "]",
              "must be one of the people", "'" + id + "'");
        }
        present[k++] = i;
      }
      if (gathering.date().isAfter(asOf)) {
        continue;
      }
      long day = gathering.date().toEpochDay();
      for (int x = 0; x < present.length; x++) {
        for (int y = x + 1; y < present.length; y++) {
          shared.add(pairKey(Math.min(present[x], present[y]), Math.max(present[x], present[y])), day);
        }
      }
    }
    // In order of the pair keys, as a sorted map of them would list the ties.
    for (int slot : shared.slotsByKey()) {
      long key = shared.keys[slot];
      builder.addTies(Tie.of(ids.get((int) (key >>> 32)), ids.get((int) key), shared.count[slot],
          LocalDate.ofEpochDay(shared.first[slot])));
    }
    return builder.build();
  }

  /**
   * The gatherings two people shared and the first of them, by {@link #pairKey pair key}: an
   * open-addressing table of primitives. A {@code HashMap<Long, ...>} boxes every key, and the pair
   * keys' {@code Long.hashCode} ({@code a ^ b}) collides so often that its bins turn into trees.
   */
  private static final class PairTally {
    private static final long EMPTY = -1;
    long[] keys = new long[64];
    int[] count = new int[64];
    long[] first = new long[64];
    private int size;

    PairTally() {
      Arrays.fill(keys, EMPTY);
    }

    void add(long key, long day) {
      int slot = find(keys, key);
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        first[slot] = day;
        if (++size * 2 > keys.length) {
          grow();
          slot = find(keys, key);
        }
      }
      count[slot]++;
      first[slot] = Math.min(first[slot], day);
    }

    private static int find(long[] keys, long key) {
      int mask = keys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCount = count;
      long[] oldFirst = first;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, EMPTY);
      count = new int[keys.length];
      first = new long[keys.length];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != EMPTY) {
          int slot = find(keys, oldKeys[s]);
          keys[slot] = oldKeys[s];
          count[slot] = oldCount[s];
          first[slot] = oldFirst[s];
        }
      }
    }

    /** The occupied slots in ascending order of their keys. */
    int[] slotsByKey() {
      long[] packed = new long[size];
      int k = 0;
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != EMPTY) {
          packed[k++] = keys[s];
        }
      }
      Arrays.sort(packed);
      int[] slots = new int[size];
      for (int i = 0; i < size; i++) {
        slots[i] = find(keys, packed[i]);
      }
      return slots;
    }
  }

  /**
   * Obtains the network of a journey's people as of a date: every resident and agency representative
   * of the partnership, tied by the activities they took part in together (the bipartite projection
   * of {@link #fromGatherings}, each activity a gathering of the people it names, such as the
   * attendees of a connecting workshop or the facilitators of a listening event). People are known
   * by id only; a connecting {@link Introduction} ties the two people introduced, not the introducer
   * (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3, "weak
   * connector": listening events and workshops
   * are where they show up).
   *
   * @param journey  the journey, not null
   * @param asOf  the date, not null
   * @return the network, not null
   */
  public static CommunityNetwork fromJourney(Journey journey, LocalDate asOf) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Affiliation> people = new java.util.LinkedHashMap<>();
    journey.partnership().residents().forEach(r -> people.put(r.id(), Affiliation.RESIDENT));
    journey.partnership().agencyRepresentatives().forEach(a -> people.put(a.id(), Affiliation.AGENCY_STAFF));
    List<Gathering> gatherings = new ArrayList<>();
    for (Activity a : journey.timeline()) {
      // An introduction ties the two people introduced; the introducer is who made it, not a party to the tie.
      List<String> named = a instanceof Introduction i ? i.introducedIds() : a.personIds();
      List<String> present = named.stream().filter(people::containsKey).toList();
      if (present.size() > 1) {
        gatherings.add(Gathering.of(a.date(), present));
      }
    }
    return fromGatherings(people, gatherings, asOf);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CommunityNetwork}, with shortcuts for listing people and ties.
   * <p>
   * The shortcuts {@link #resident(String...)} and {@link #agencyStaff(String...)} reject a person
   * already listed with the other affiliation; the generated {@code putPeople} methods keep the
   * {@link Map#put} meaning (the last affiliation given wins).
   */
  public static final class Builder extends ImmutableCommunityNetwork.Builder {
    private final Map<String, Affiliation> listed = new HashMap<>();

    Builder() {}

    /**
     * Adds residents.
     *
     * @param ids  the ids, not blank
     * @return this builder, not null
     * @throws InvalidValueException if an id is already listed as agency staff
     */
    public Builder resident(String... ids) {
      return list(Affiliation.RESIDENT, ids);
    }

    /**
     * Adds agency staff.
     *
     * @param ids  the ids, not blank
     * @return this builder, not null
     * @throws InvalidValueException if an id is already listed as a resident
     */
    public Builder agencyStaff(String... ids) {
      return list(Affiliation.AGENCY_STAFF, ids);
    }

    private Builder list(Affiliation affiliation, String... ids) {
      Objects.requireNonNull(ids, "ids");
      for (String id : ids) {
        Objects.requireNonNull(id, "people key");
        Affiliation before = listed.putIfAbsent(id, affiliation);
        if (before != null && before != affiliation) {
          throw InvalidValueException.of("people", "must give each person one affiliation, and '" + id
              + "' is already listed as " + before, affiliation + " '" + id + "'");
        }
        putPeople(id, affiliation);
      }
      return this;
    }

    /**
     * Adds a tie of weight 1.
     *
     * @param first  the id of one person, not blank
     * @param second  the id of the other person, not blank
     * @param firstObserved  the date first observed, not null
     * @return this builder, not null
     */
    public Builder tie(String first, String second, LocalDate firstObserved) {
      return addTies(Tie.of(first, second, firstObserved));
    }

    /**
     * Adds a weighted tie.
     *
     * @param first  the id of one person, not blank
     * @param second  the id of the other person, not blank
     * @param weight  the strength, finite and positive
     * @param firstObserved  the date first observed, not null
     * @return this builder, not null
     */
    public Builder tie(String first, String second, double weight, LocalDate firstObserved) {
      return addTies(Tie.of(first, second, weight, firstObserved));
    }
  }

  /**
   * Checks the people and ties, and merges duplicate ties (see the class documentation).
   *
   * @return this network, or the network with duplicate ties merged
   */
  @Value.Check
  CommunityNetwork check() {
    int p = 0;
    for (String id : people().keySet()) {
      Checks.notBlank(id, "people[" + p++ + "]");
    }
    for (int i = 0; i < ties().size(); i++) {
      Tie t = ties().get(i);
      if (!people().containsKey(t.first())) {
        throw InvalidValueException.of("ties[" + i + "].first", "must be one of the people", "'" + t.first() + "'");
      }
      if (!people().containsKey(t.second())) {
        throw InvalidValueException.of("ties[" + i + "].second", "must be one of the people", "'" + t.second() + "'");
      }
    }
    Map<List<String>, Integer> position = new HashMap<>();
    List<Tie> merged = new ArrayList<>(ties().size());
    for (Tie t : ties()) {
      List<String> pair = t.first().compareTo(t.second()) < 0 ? List.of(t.first(), t.second())
          : List.of(t.second(), t.first());
      Integer at = position.putIfAbsent(pair, merged.size());
      if (at == null) {
        merged.add(t);
      } else {
        Tie kept = merged.get(at);
        merged.set(at, Tie.of(kept.first(), kept.second(), Math.max(kept.weight(), t.weight()),
            t.firstObserved().isBefore(kept.firstObserved()) ? t.firstObserved() : kept.firstObserved()));
      }
    }
    if (merged.size() == ties().size()) {
      return this;
    }
    return builder().putAllPeople(people()).addAllTies(merged).build();
  }

  /**
   * Returns a summary such as
   * {@code CommunityNetwork[people=34 (30 residents, 4 agency staff), ties=78, observed 2010-01-05 to 2011-02-01]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    long residents = people().values().stream().filter(a -> a == Affiliation.RESIDENT).count();
    StringBuilder sb = new StringBuilder("CommunityNetwork[people=").append(people().size())
        .append(" (").append(residents).append(" residents, ").append(people().size() - residents)
        .append(" agency staff), ties=").append(ties().size());
    ties().stream().map(Tie::firstObserved).min(LocalDate::compareTo).ifPresent(min -> sb.append(", observed ")
        .append(min).append(" to ").append(ties().stream().map(Tie::firstObserved).max(LocalDate::compareTo)
            .orElseThrow()));
    return sb.append(']').toString();
  }
}
