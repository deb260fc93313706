package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Proposed introductions on random networks: an introduction never raises fragmentation, every
 * figure the library reports is what a breadth-first search finds, and a network with nothing to
 * gain gets no proposal.
 */
class IntroductionProposalsProperties {

  private static CommunityNetwork random(int n, double p, long seed) {
    int[][] ties = Graphs.randomTies(n, p, seed);
    return IntroductionProposalsTest.network(n, ties, -1);
  }

  @Property(tries = 60)
  void proposalsAreMeasuredAsABreadthFirstSearchFindsThem(@ForAll @IntRange(min = 2, max = 14) int n,
      @ForAll @DoubleRange(min = 0, max = 0.5) double p, @ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int count) {
    CommunityNetwork network = random(n, p, seed);
    List<ProposedIntroduction> proposals = IntroductionProposals.propose(network, IntroductionProposalsTest.DAY, count);
    assertTrue(proposals.size() <= count);
    IntroductionProposalsTest.assertRecomputed(network, proposals);
  }

  @Property(tries = 100)
  void addingAnIntroductionNeverIncreasesFragmentation(@ForAll @IntRange(min = 2, max = 14) int n,
      @ForAll @DoubleRange(min = 0, max = 0.5) double p, @ForAll long seed, @ForAll @IntRange(min = 0, max = 13) int a,
      @ForAll @IntRange(min = 0, max = 13) int b) {
    CommunityNetwork network = random(n, p, seed);
    Set<String> people = network.people().keySet();
    Set<List<String>> ties = IntroductionProposalsTest.ties(network);
    double before = IntroductionProposalsTest.fragmentation(people, ties);
    String x = IntroductionProposalsTest.id(a % n);
    String y = IntroductionProposalsTest.id(b % n);
    ties.add(List.of(x, y));
    assertTrue(IntroductionProposalsTest.fragmentation(people, ties) <= before + 1e-12);
    for (ProposedIntroduction proposal : IntroductionProposals.propose(network, IntroductionProposalsTest.DAY, 3)) {
      assertTrue(proposal.fragmentationAfter() <= proposal.fragmentationBefore() + 1e-12, proposal.toString());
    }
  }

  @Property(tries = 40)
  void aCompleteNetworkGetsNoProposal(@ForAll @IntRange(min = 2, max = 10) int n) {
    CommunityNetwork complete = random(n, 1.0, 1);
    assertTrue(IntroductionProposals.propose(complete, IntroductionProposalsTest.DAY, 5).isEmpty());
  }
}
