package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Proposed introductions on Zachary's karate club: the fragmentation and the dependence on a single
 * person that the library reports before and after each proposal are recomputed here with a plain
 * breadth-first search over the ties, not with the library's graph code.
 */
class IntroductionProposalsTest {

  static final LocalDate DAY = LocalDate.of(2010, 1, 1);

  static String id(int v) {
    return String.format("P%02d", v);
  }

  static CommunityNetwork network(int n, int[][] ties, int leaving) {
    CommunityNetwork.Builder b = CommunityNetwork.builder();
    for (int v = 0; v < n; v++) {
      if (v != leaving) {
        b.resident(id(v));
      }
    }
    for (int[] t : ties) {
      if (t[0] != leaving && t[1] != leaving) {
        b.tie(id(t[0]), id(t[1]), DAY);
      }
    }
    return b.build();
  }

  /** Borgatti's fragmentation by breadth-first search: the share of ordered pairs that cannot reach each other. */
  static double fragmentation(Set<String> people, Set<List<String>> ties) {
    int n = people.size();
    if (n < 2) {
      return 0;
    }
    long reachable = 0;
    for (String start : people) {
      Set<String> seen = new HashSet<>(List.of(start));
      ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
      while (!queue.isEmpty()) {
        String v = queue.poll();
        for (List<String> t : ties) {
          String other = t.get(0).equals(v) ? t.get(1) : t.get(1).equals(v) ? t.get(0) : null;
          if (other != null && people.contains(other) && seen.add(other)) {
            queue.add(other);
          }
        }
      }
      reachable += seen.size() - 1;
    }
    return 1 - reachable / ((double) n * (n - 1));
  }

  /** The largest fragmentation left when one person leaves, by breadth-first search. */
  static double dependence(Set<String> people, Set<List<String>> ties) {
    if (people.size() < 3) {
      return 0;
    }
    double worst = 0;
    for (String leaving : people) {
      Set<String> rest = new HashSet<>(people);
      rest.remove(leaving);
      worst = Math.max(worst, fragmentation(rest, ties));
    }
    return worst;
  }

  static Set<List<String>> ties(CommunityNetwork network) {
    Set<List<String>> ties = new HashSet<>();
    network.ties().forEach(t -> ties.add(List.of(t.first(), t.second())));
    return ties;
  }

  /** Checks every proposal's figures against the search, adding the proposals one by one. */
  static void assertRecomputed(CommunityNetwork network, List<ProposedIntroduction> proposals) {
    Set<String> people = network.people().keySet();
    Set<List<String>> ties = ties(network);
    for (ProposedIntroduction p : proposals) {
      List<String> pair = List.of(p.firstPersonId(), p.secondPersonId());
      assertFalse(ties.contains(pair) || ties.contains(List.of(pair.get(1), pair.get(0))), "already tied: " + p);
      assertEquals(fragmentation(people, ties), p.fragmentationBefore(), 1e-12, p.toString());
      assertEquals(dependence(people, ties), p.dependenceBefore(), 1e-12, p.toString());
      ties.add(pair);
      assertEquals(fragmentation(people, ties), p.fragmentationAfter(), 1e-12, p.toString());
      assertEquals(dependence(people, ties), p.dependenceAfter(), 1e-12, p.toString());
      assertTrue(p.fragmentationGain() > 1e-12 || p.dependenceGain() > 1e-12, p.toString());
    }
  }

  @Test
  void karate_twoIntroductionsEndTheClubsDependenceOnItsInstructor() {
    // Connected (fragmentation 0), but member 0 leaving cuts off member 11 and the group of 4, 5, 6,
    // 10 and 16: pieces of 27, 5 and 1 of 33 people, a fragmentation of 1 - (27 * 26 + 5 * 4) / (33 * 32).
    CommunityNetwork club = network(34, Graphs.KARATE, -1);
    List<ProposedIntroduction> proposals = IntroductionProposals.propose(club, DAY, 5);
    assertEquals(2, proposals.size(), proposals.toString());
    ProposedIntroduction first = proposals.get(0);
    assertEquals(0, first.fragmentationBefore(), 0);
    assertEquals(0, first.fragmentationGain(), 0);
    assertEquals(1 - (27 * 26 + 5 * 4) / (33.0 * 32), first.dependenceBefore(), 1e-12);
    // The group of five is tied in first (the larger piece), leaving only member 11 to hang on member 0.
    assertEquals(1 - 32 * 31 / (33.0 * 32), first.dependenceAfter(), 1e-12);
    ProposedIntroduction second = proposals.get(1);
    assertTrue(List.of(second.firstPersonId(), second.secondPersonId()).contains(id(11)), second.toString());
    assertEquals(0, second.dependenceAfter(), 1e-12);
    assertRecomputed(club, proposals);
  }

  @Test
  void karateWithoutItsInstructor_introductionsReduceFragmentationByWhatTheLibraryReports() {
    // Member 0 gone: the club falls apart into pieces; each introduction joins two of them.
    CommunityNetwork club = network(34, Graphs.KARATE, 0);
    List<ProposedIntroduction> proposals = IntroductionProposals.propose(club, DAY, 4);
    assertEquals(4, proposals.size(), proposals.toString());
    assertTrue(proposals.get(0).fragmentationGain() > 0, proposals.toString());
    assertRecomputed(club, proposals);
    // The gains add up to the change of the whole list, recomputed on the network with all four added.
    Set<List<String>> all = ties(club);
    proposals.forEach(p -> all.add(List.of(p.firstPersonId(), p.secondPersonId())));
    double total = proposals.stream().mapToDouble(ProposedIntroduction::fragmentationGain).sum();
    assertEquals(fragmentation(club.people().keySet(), ties(club)) - fragmentation(club.people().keySet(), all),
        total, 1e-12);
    for (int i = 1; i < proposals.size(); i++) {
      assertTrue(proposals.get(i).fragmentationGain() <= proposals.get(i - 1).fragmentationGain() + 1e-12,
          "greedy: no later proposal gains more fragmentation than an earlier one " + proposals);
    }
  }

  @Test
  void badInput_isRejectedNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> IntroductionProposals.propose(network(3, new int[0][], -1), DAY, -1));
    assertTrue(e.getMessage().contains("count"), e.getMessage());
    List<String> none = new ArrayList<>();
    IntroductionProposals.propose(network(2, new int[][] {{0, 1}}, -1), DAY, 3).forEach(p -> none.add(p.toString()));
    assertEquals(List.of(), none);
  }
}
