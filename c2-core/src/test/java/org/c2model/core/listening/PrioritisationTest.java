package org.c2model.core.listening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.ListeningEvent;
import org.junit.jupiter.api.Test;

class PrioritisationTest {

  @Test
  void dotVoting_sumsPartsAndRanksByDots() {
    ThemeRanking r = DotVoting.of(DotVote.of("parking", 10), DotVote.of("dentist", 12), DotVote.of("parking", 5))
        .rank();
    assertEquals(List.of("parking", "dentist"), r.themes());
    assertEquals(15, r.entries().get(0).score());
    assertEquals(Optional.of(2), r.positionOf("dentist"));
    assertEquals(Optional.empty(), r.positionOf("lighting"));
  }

  @Test
  void rankedBallots_scoreByModifiedBordaCount() {
    // a: 3 + 1 + 2 = 6; c: 1 + 3 = 4; b: 2 + 1 = 3; d: 1 + 2 = 3. b and d tie on points; d has a first preference.
    ThemeRanking r = RankedBallots.of(RankedBallot.of("a", "b", "c"), RankedBallot.of("a"),
        RankedBallot.of("c", "a", "d"), RankedBallot.of("d", "b")).rank();
    assertEquals(List.of("a", "c", "d", "b"), r.themes());
    assertEquals(List.of(6L, 4L, 3L, 3L), r.entries().stream().map(RankedTheme::score).toList());
    assertEquals(List.of(2L, 1L, 1L, 0L), r.entries().stream().map(RankedTheme::firstPreferences).toList());
  }

  @Test
  void rank_breaksTiesByFirstPreferencesThenEarliestResponseThenName() {
    // Equal points and first preferences for x and y: the earliest response decides.
    RankedBallots ballots = RankedBallots.of(RankedBallot.of("x", "y"), RankedBallot.of("y", "x"));
    assertEquals(List.of("x", "y"), ballots.rank().themes());
    List<Response> responses = List.of(Response.of("1", Question.WHAT_IS_NOT_SO_GOOD, "t", "y"),
        Response.of("2", Question.WHAT_IS_NOT_SO_GOOD, "t", "x"));
    assertEquals(List.of("y", "x"), ballots.rank(responses).themes());
    // Dot voting with equal dots: themes in responses first, then by name.
    DotVoting dots = DotVoting.of(DotVote.of("b", 3), DotVote.of("a", 3), DotVote.of("c", 3));
    assertEquals(List.of("c", "a", "b"),
        dots.rank(List.of(Response.of("1", Question.WHAT_IS_GOOD, "t", "c"))).themes());
  }

  @Test
  void top_defaultsToFiveAndReturnsAllWhenFewer() {
    DotVoting dots = DotVoting.of(DotVote.of("a", 7), DotVote.of("b", 6), DotVote.of("c", 5), DotVote.of("d", 4),
        DotVote.of("e", 3), DotVote.of("f", 2));
    assertEquals(List.of("a", "b", "c", "d", "e"), dots.rank().top());
    assertEquals(List.of("a", "b"), dots.rank().top(2));
    assertEquals(6, dots.rank().top(10).size());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> dots.rank().top(-1));
    assertEquals("n", e.field().orElseThrow());
  }

  @Test
  void listeningEvent_priorities_giveTownstalsTopFive() {
    ListeningEvent event = Townstal.journey().activities(ListeningEvent.class).get(0);
    assertEquals(Townstal.TOP_FIVE, event.priorities().orElseThrow().top());
    assertTrue(event.priorities().orElseThrow().toString().startsWith("  #   score  first  theme"));
  }

  @Test
  void invariants_rejectBadBallotsVotesAndResponses() {
    assertEquals("ranking", assertThrows(InvalidValueException.class, () -> RankedBallot.of()).field().orElseThrow());
    InvalidValueException repeated = assertThrows(InvalidValueException.class, () -> RankedBallot.of("a", "b", "a"));
    assertEquals("ranking[2].theme", repeated.field().orElseThrow());
    assertEquals("a", repeated.invalidValue().orElseThrow());
    assertEquals("votes", assertThrows(InvalidValueException.class, () -> DotVote.of("a", -1)).field().orElseThrow());
    assertEquals("theme", assertThrows(InvalidValueException.class,
        () -> Response.of("r", Question.WHAT_IS_GOOD, "t", " ")).field().orElseThrow());
    assertEquals(Question.WHAT_IS_NOT_SO_GOOD, Question.fromCode("what_is_not_so_good"));
  }
}
