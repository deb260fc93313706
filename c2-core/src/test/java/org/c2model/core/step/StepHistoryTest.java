package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.junit.jupiter.api.Test;

/**
 * Steps that go backwards: a partnership that stops meeting monthly, or whose board loses the
 * constitution's resident majority, loses the state it had (<i>Positively Local</i> sec. 2.4, 2.5
 * and 4), told the way the governance history tells its spans.
 */
class StepHistoryTest {

  private static final LocalDate END_2010 = LocalDate.of(2010, 12, 31);

  /** Townstal with no partnership meeting from April to September 2010. */
  private static Journey townstalWithoutMeetingsInSummer2010() {
    Journey t = Townstal.journey();
    List<Activity> kept = new ArrayList<>();
    for (Activity a : t.activities()) {
      boolean summer = a instanceof PartnershipMeeting && a.date().isAfter(LocalDate.of(2010, 3, 31))
          && a.date().isBefore(LocalDate.of(2010, 10, 1));
      if (!summer) {
        kept.add(a);
      }
    }
    return Journey.builder().from(t).activities(kept).build();
  }

  @Test
  void meetingsStopping_lapsesStep5AndTheNextMeetingRegainsIt() {
    StepHistory history = StepHistory.of(townstalWithoutMeetingsInSummer2010(), END_2010);
    List<StepChange> step5 = history.changes(Step.SUSTAIN_MOMENTUM);
    assertEquals(List.of(StepChange.Kind.ATTAINED, StepChange.Kind.LAPSED, StepChange.Kind.REGAINED),
        step5.stream().map(StepChange::kind).toList(), history::toString);
    // The last meeting before the gap was the executive of 16 March 2010; 42 days later, it lapses.
    assertEquals(LocalDate.of(2010, 3, 16).plusDays(43), step5.get(1).date());
    assertEquals("no partnership meeting for more than 42 days after 2010-03-16", step5.get(1).reason());
    assertEquals(LocalDate.of(2010, 10, 5), step5.get(2).date());
    assertFalse(history.holdsOn(Step.SUSTAIN_MOMENTUM, LocalDate.of(2010, 7, 1)));
    assertTrue(history.holdsOn(Step.SUSTAIN_MOMENTUM, END_2010));
    // The other steps never lapse with the meetings.
    assertTrue(history.holdsOn(Step.FORMALISE, LocalDate.of(2010, 7, 1)));
    assertEquals(1, history.changes(Step.FORMALISE).size());
  }

  @Test
  void boardLosingItsResidentMajority_lapsesSteps4And5WithTheCounts() {
    // Four of the seven residents on Townstal's board leave on 1 May 2010: 3 residents, 5 agency staff.
    LocalDate left = LocalDate.of(2010, 5, 1);
    Partnership p = Townstal.partnership();
    List<Membership> memberships = p.memberships().stream()
        .map(m -> List.of("R04", "R05", "R06", "R07").contains(m.personId())
            ? Membership.of(m.personId(), m.joined(), left) : m)
        .toList();
    Partnership shrunk = Partnership.builder().from(p).memberships(memberships).build();
    Journey j = Journey.builder().from(Townstal.journey()).partnership(shrunk).build();
    StepHistory history = StepHistory.of(j, END_2010);
    StepChange lapse = history.changes(Step.FORMALISE).get(1);
    assertEquals(StepChange.Kind.LAPSED, lapse.kind());
    assertEquals(left, lapse.date());
    assertEquals("the board has 3 residents and 5 agency representatives: residents no longer outnumber agency "
        + "representatives", lapse.reason());
    assertFalse(history.holdsOn(Step.SUSTAIN_MOMENTUM, left));
    assertTrue(history.holdsOn(Step.SUSTAIN_MOMENTUM, left.minusDays(1)));
    assertTrue(history.toString().contains("2010-05-01 step 5 lapsed: step 4 lapsed: the board has 3 residents"),
        history::toString);
  }

  @Test
  void holdsOn_afterTheAsOfDate_isRejectedNamingTheDate() {
    StepHistory history = StepHistory.of(Townstal.journey(), END_2010);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> history.holdsOn(Step.LISTENING, END_2010.plusDays(1)));
    assertEquals("date", e.field().orElseThrow());
  }

  @Test
  void aSingleMeetingInTheGap_regainsStep5UntilTheGapAfterIt() {
    // A single meeting after the gap regains step 5 on its own day.
    Journey j = townstalWithoutMeetingsInSummer2010()
        .withActivity(PartnershipMeeting.of("extra", LocalDate.of(2010, 8, 10), MeetingKind.PUBLIC));
    List<StepChange> step5 = StepHistory.of(j, END_2010).changes(Step.SUSTAIN_MOMENTUM);
    assertEquals(LocalDate.of(2010, 8, 10), step5.get(2).date());
    assertEquals(StepChange.Kind.LAPSED, step5.get(3).kind());
  }
}
