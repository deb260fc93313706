package org.c2model.core.listening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PrioritisationProperties {

  private static final List<String> THEMES = List.of("dentist", "drugs", "asb", "parking", "youth", "play", "lights",
      "bins", "buses");

  @Provide
  Arbitrary<List<RankedBallot>> ballots() {
    Arbitrary<RankedBallot> ballot = Arbitraries.of(THEMES).list().uniqueElements().ofMinSize(1).ofMaxSize(6)
        .map(RankedBallot::of);
    return ballot.list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<DotVote>> dots() {
    return net.jqwik.api.Combinators.combine(Arbitraries.of(THEMES), Arbitraries.integers().between(0, 40))
        .as(DotVote::of).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Response>> responses() {
    return Arbitraries.of(THEMES).list().ofMaxSize(10).map(themes -> {
      List<Response> rs = new ArrayList<>();
      for (int i = 0; i < themes.size(); i++) {
        rs.add(Response.of("r" + i, Question.WHAT_IS_NOT_SO_GOOD, "text", themes.get(i)));
      }
      return rs;
    });
  }

  private static Set<String> voted(List<RankedBallot> ballots) {
    Set<String> themes = new HashSet<>();
    ballots.forEach(b -> themes.addAll(b.ranking()));
    return themes;
  }

  @Property(tries = 300)
  void topNIsASubsetOfTheVotedThemes(@ForAll("ballots") List<RankedBallot> ballots, @ForAll("dots") List<DotVote> dots,
      @ForAll @IntRange(min = 0, max = 12) int n) {
    assertTrue(voted(ballots).containsAll(RankedBallots.of(ballots).rank().top(n)));
    Set<String> dotted = new HashSet<>();
    dots.forEach(d -> dotted.add(d.theme()));
    assertTrue(dotted.containsAll(DotVoting.of(dots).rank().top(n)));
  }

  @Property(tries = 300)
  void rankingIsInvariantUnderPermutationOfBallots(@ForAll("ballots") List<RankedBallot> ballots,
      @ForAll("dots") List<DotVote> dots, @ForAll("responses") List<Response> responses, @ForAll long seed) {
    List<RankedBallot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(RankedBallots.of(ballots).rank(responses), RankedBallots.of(shuffled).rank(responses));
    List<DotVote> shuffledDots = new ArrayList<>(dots);
    Collections.shuffle(shuffledDots, new Random(seed));
    assertEquals(DotVoting.of(dots).rank(responses), DotVoting.of(shuffledDots).rank(responses));
  }

  @Property(tries = 300)
  void addingABallotThatRanksXFirstNeverLowersItsPosition(@ForAll("ballots") List<RankedBallot> ballots,
      @ForAll("responses") List<Response> responses, @ForAll long seed) {
    Random random = new Random(seed);
    List<String> order = new ArrayList<>(THEMES);
    Collections.shuffle(order, random);
    RankedBallot added = RankedBallot.of(order.subList(0, 1 + random.nextInt(order.size())));
    String x = added.ranking().get(0);
    ThemeRanking before = RankedBallots.of(ballots).rank(responses);
    List<RankedBallot> more = new ArrayList<>(ballots);
    more.add(added);
    int after = RankedBallots.of(more).rank(responses).positionOf(x).orElseThrow();
    assertTrue(after <= before.positionOf(x).orElse(Integer.MAX_VALUE),
        () -> x + " moved from " + before.positionOf(x) + " to " + after);
  }

  @Property(tries = 200)
  void nLargerThanTheThemesReturnsThemAll(@ForAll("ballots") List<RankedBallot> ballots,
      @ForAll @IntRange(min = 0, max = 20) int extra) {
    ThemeRanking r = RankedBallots.of(ballots).rank();
    int themes = voted(ballots).size();
    assertEquals(themes, r.top(themes + extra).size());
    assertEquals(r.themes(), r.top(themes + extra));
  }

  @Property(tries = 200)
  void positionsAreOneToNWithScoresNotIncreasing(@ForAll("ballots") List<RankedBallot> ballots) {
    List<RankedTheme> entries = RankedBallots.of(ballots).rank().entries();
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(i + 1, entries.get(i).position());
      if (i > 0) {
        assertTrue(entries.get(i - 1).score() >= entries.get(i).score());
      }
    }
  }
}
