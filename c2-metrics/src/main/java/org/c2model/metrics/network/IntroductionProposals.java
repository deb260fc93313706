package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.graph.CompactGraph;
import org.c2model.metrics.graph.Connectivity;

/**
 * Proposes the connecting introductions that would most reduce a network's fragmentation or its
 * dependence on a single weak connector, for a facilitator to consider: strength-based connecting
 * of people ({@code docs/c2-model.md} section 8) aimed at the network's weak points
 * (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3, "remove them and the network
 * fragments").
 * <p>
 * The search is greedy. Each round considers every pair of people not yet tied (nor proposed), and
 * picks the pair whose tie lowers {@link ProposedIntroduction#fragmentationBefore() fragmentation}
 * most; among pairs that lower it equally (every pair of a connected network lowers it by 0), the
 * pair that lowers the {@link ProposedIntroduction#dependenceBefore() dependence} on a single person
 * most; then the pair of the earliest people in the network's order. The chosen tie is added and
 * the next round starts from the network with it. The search stops after {@code count} proposals
 * or when no pair lowers either measure. Each proposal's before and after are measured on the
 * network with the earlier proposals added, with {@link Connectivity}; a greedy list is good, not
 * proven best.
 * <p>
 * A round measures the dependence for each candidate pair, {@code O(n^2 (n + m))} for {@code n}
 * people and {@code m} ties; networks of more than {@link #MAXIMUM_PEOPLE} people are rejected.
 */
public final class IntroductionProposals {

  /** The largest network searched. */
  public static final int MAXIMUM_PEOPLE = 400;

  /** Gains this small are rounding, not gains. */
  private static final double TOLERANCE = 1e-12;

  private IntroductionProposals() {}

  /**
   * Proposes up to {@code count} introductions in the network as it stood on a date.
   *
   * @param network  the network, not null
   * @param asOf  the date, not null: ties first observed after it are ignored
   * @param count  the most proposals wanted, not negative
   * @return the proposals, rank 1 first; empty when no introduction would lower either measure
   * @throws InvalidValueException if {@code count} is negative or the network has more than
   *     {@link #MAXIMUM_PEOPLE} people
   */
  public static List<ProposedIntroduction> propose(CommunityNetwork network, LocalDate asOf, int count) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(asOf, "asOf");
    if (count < 0) {
      throw InvalidValueException.of("count", "must not be negative", count);
    }
    int n = network.people().size();
    if (n > MAXIMUM_PEOPLE) {
      throw InvalidValueException.of("network.people", "must number at most " + MAXIMUM_PEOPLE
          + " for the search over every untied pair", n);
    }
    List<String> ids = network.ids();
    Map<String, Integer> index = new java.util.HashMap<>();
    ids.forEach(id -> index.put(id, index.size()));
    List<int[]> ties = new ArrayList<>();
    Set<Long> tied = new HashSet<>();
    for (Tie t : network.distinctTies(asOf)) {
      int a = index.get(t.first());
      int b = index.get(t.second());
      ties.add(new int[] {a, b});
      tied.add(key(a, b));
    }
    List<ProposedIntroduction> out = new ArrayList<>();
    while (out.size() < count) {
      Connectivity now = Connectivity.of(graph(n, ties, -1, -1));
      double fragmentation = now.fragmentation();
      double dependence = dependence(now, n);
      int[] component = componentOf(now, n);
      long[] size = new long[n];
      for (int v = 0; v < n; v++) {
        size[component[v]]++;
      }
      long bestJoined = -1;
      double bestDependence = Double.POSITIVE_INFINITY;
      int bestA = -1;
      int bestB = -1;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (tied.contains(key(a, b))) {
            continue;
          }
          // Newly reachable ordered pairs: exactly what the fragmentation falls by, times n (n - 1).
          long joined = component[a] == component[b] ? 0 : 2 * size[component[a]] * size[component[b]];
          if (joined < bestJoined) {
            continue;
          }
          double after = dependence(Connectivity.of(graph(n, ties, a, b)), n);
          if (joined > bestJoined || after < bestDependence - TOLERANCE) {
            bestJoined = joined;
            bestDependence = after;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || bestJoined == 0 && dependence - bestDependence <= TOLERANCE) {
        break;
      }
      Connectivity next = Connectivity.of(graph(n, ties, bestA, bestB));
      out.add(ProposedIntroduction.builder().rank(out.size() + 1).firstPersonId(ids.get(bestA))
          .secondPersonId(ids.get(bestB)).fragmentationBefore(fragmentation).fragmentationAfter(next.fragmentation())
          .dependenceBefore(dependence).dependenceAfter(dependence(next, n)).build());
      ties.add(new int[] {bestA, bestB});
      tied.add(key(bestA, bestB));
    }
    return List.copyOf(out);
  }

  /**
   * The dependence on a single person: the largest fragmentation left when one person leaves,
   * over the people who remain; 0 for fewer than three people.
   *
   * @param connectivity  the analysis of the network, not null
   * @param n  its number of people
   * @return the share, in [0, 1]
   */
  static double dependence(Connectivity connectivity, int n) {
    double worst = 0;
    if (n < 3) {
      return 0;
    }
    for (int v = 0; v < n; v++) {
      worst = Math.max(worst, connectivity.fragmentationWithout(v));
    }
    return worst;
  }

  private static int[] componentOf(Connectivity connectivity, int n) {
    int[] component = new int[n];
    for (int v = 0; v < n; v++) {
      component[v] = connectivity.componentOf(v);
    }
    return component;
  }

  private static CompactGraph graph(int n, List<int[]> ties, int extraA, int extraB) {
    int m = ties.size() + (extraA < 0 ? 0 : 1);
    int[] from = new int[m];
    int[] to = new int[m];
    for (int i = 0; i < ties.size(); i++) {
      from[i] = ties.get(i)[0];
      to[i] = ties.get(i)[1];
    }
    if (extraA >= 0) {
      from[m - 1] = extraA;
      to[m - 1] = extraB;
    }
    return CompactGraph.of(n, from, to);
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
