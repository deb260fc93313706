package org.c2model.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.partnership.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class JourneyTest {

  private static final Partnership PARTNERSHIP = Townstal.partnership();
  private static final LocalDate START = LocalDate.of(2009, 2, 1);
  private static final Journey EMPTY = Journey.of(PARTNERSHIP, START);

  private static void assertRejected(Executable build, String field, String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(field, e.field().orElse(null), e.getMessage());
    assertEquals(value, e.invalidValue().orElse(null), e.getMessage());
    assertTrue(e.getMessage().contains(field) && e.getMessage().contains(value), e.getMessage());
  }

  private static ExchangeVisit visit(String id, LocalDate date) {
    return ExchangeVisit.builder().id(id).date(date).site("Beacon").addResidentIds("R01").build();
  }

  @Test
  void withActivity_returnsNewJourneyAndLeavesOriginal() {
    Journey one = EMPTY.withActivity(visit("v1", START));
    assertNotSame(EMPTY, one);
    assertEquals(0, EMPTY.activities().size());
    assertEquals(List.of("v1"), one.activities().stream().map(Activity::id).toList());
    assertEquals("exchange_visit", one.activity("v1").orElseThrow().type());
  }

  @Test
  void withActivity_rejectsDuplicateId() {
    Journey one = EMPTY.withActivity(visit("v1", START));
    assertRejected(() -> one.withActivity(visit("v1", START.plusDays(1))), "activities[1].id", "v1");
  }

  @Test
  void withActivity_rejectsDateBeforeStart() {
    assertRejected(() -> EMPTY.withActivity(visit("v1", START.minusDays(1))), "activities[0].date", "2009-01-31");
  }

  @Test
  void withActivity_rejectsDateAfterEnd() {
    Journey closed = Journey.builder().partnership(PARTNERSHIP).start(START).end(LocalDate.of(2009, 12, 31)).build();
    assertRejected(() -> closed.withActivity(visit("v1", LocalDate.of(2010, 1, 1))), "activities[0].date", "2010-01-01");
    assertEquals(1, closed.withActivity(visit("v1", LocalDate.of(2009, 12, 31))).activities().size());
  }

  @Test
  void builder_rejectsEndBeforeStart() {
    assertRejected(() -> Journey.builder().partnership(PARTNERSHIP).start(START).end(START.minusDays(1)).build(),
        "end", "2009-01-31");
  }

  @Test
  void withActivity_rejectsUnknownResident() {
    assertRejected(() -> EMPTY.withActivity(ExchangeVisit.builder().id("v1").date(START).site("Beacon")
        .addResidentIds("R01", "R99").build()), "activities[0].residentIds[1]", "R99");
  }

  @Test
  void withActivity_rejectsAgencyRepresentativeListedAsResident() {
    assertRejected(() -> EMPTY.withActivity(ExchangeVisit.builder().id("v1").date(START).site("Beacon")
        .addResidentIds("A01").build()), "activities[0].residentIds[0]", "A01");
  }

  @Test
  void withActivity_rejectsUnknownAgency() {
    assertRejected(() -> EMPTY.withActivity(ServiceChange.of("s1", START, "AG-NOPE", ServiceChangeKind.NEW_SERVICE,
        "x")), "activities[0].agencyId", "AG-NOPE");
  }

  @Test
  void withActivity_rejectsFollowUpOfUnknownOrLaterListeningEvent() {
    assertRejected(() -> EMPTY.withActivity(FollowUpEvent.of("f1", START, "nope")),
        "activities[0].listeningEventId", "nope");
    Journey withEvent = EMPTY.withActivity(ListeningEvent.builder().id("le").date(START.plusDays(10)).venue("hall")
        .residentTurnout(60).build());
    assertRejected(() -> withEvent.withActivity(FeedbackReport.of("r1", START.plusDays(9), "le")),
        "activities[1].listeningEventId", "le");
    assertRejected(() -> withEvent.withActivity(FeedbackReport.of("r1", START.plusDays(20), "v1")),
        "activities[1].listeningEventId", "v1");
  }

  /**
   * Activity ids made to share one hash code (every mix of "Aa" and "BB" has the same) are checked
   * like any others: past {@code ActivityIndex.MAX_PROBES} of them the journey's index moves to a
   * hash map, still finding a repeat at its first occurrence and the listening event a report names.
   */
  @Test
  void activityIdsSharingAHashCode_areCheckedLikeAnyOthers() {
    List<String> ids = new java.util.ArrayList<>();
    for (int bits = 0; bits < 128; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 7; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertEquals(1, ids.stream().mapToInt(String::hashCode).distinct().count());
    Journey.Builder b = Journey.builder().partnership(PARTNERSHIP).start(START);
    b.addActivities(ListeningEvent.builder().id(ids.get(0)).date(START).venue("hall").residentTurnout(60).build());
    for (int k = 1; k < ids.size() - 1; k++) {
      b.addActivities(visit(ids.get(k), START.plusDays(k)));
    }
    b.addActivities(FeedbackReport.of(ids.get(ids.size() - 1), START.plusDays(200), ids.get(0)));
    Journey journey = b.build();
    for (String id : ids) {
      assertEquals(id, journey.activity(id).orElseThrow().id());
    }
    assertRejected(() -> journey.withActivity(visit(ids.get(90), START.plusDays(300))), "activities[128].id", ids.get(90));
    assertRejected(() -> journey.withActivity(FeedbackReport.of("r2", START.plusDays(300), ids.get(5))),
        "activities[128].listeningEventId", ids.get(5));
    assertRejected(() -> journey.withActivity(FeedbackReport.of("r2", START.plusDays(300), "BB" + ids.get(5))),
        "activities[128].listeningEventId", "BB" + ids.get(5));
  }

  @Test
  void listeningEvent_rejectsNegativeTurnout() {
    assertRejected(() -> ListeningEvent.builder().id("le").date(START).venue("hall").residentTurnout(-1).build(),
        "residentTurnout", "-1");
  }

  @Test
  void activities_rejectNegativeCountsAndAmounts() {
    assertRejected(() -> FollowUpEvent.builder().id("f").date(START).listeningEventId("le").residentTurnout(-3).build(),
        "residentTurnout", "-3");
    assertRejected(() -> PartnershipMeeting.builder().id("m").date(START).kind(MeetingKind.PUBLIC).publicAttendance(-2)
        .build(), "publicAttendance", "-2");
    assertRejected(() -> NewFundingSource.builder().id("n").date(START).funder("lottery").amount(Money.gbp("-5"))
        .build(), "amount", "GBP -5");
    assertRejected(() -> CelebratedWin.builder().id("w").date(START).description("bid").amount(Money.gbp("-1")).build(),
        "amount", "GBP -1");
  }

  @Test
  void activities_rejectBlankIdsAndDuplicatePeople() {
    assertRejected(() -> OwnVenueSecured.of(" ", START, "hall"), "id", "' '");
    assertRejected(() -> ExchangeVisit.builder().id("v").date(START).site("Beacon").addResidentIds("R01", "R01").build(),
        "residentIds[1].id", "R01");
  }

  @Test
  void newFundingSource_rejectsPeriodEndBeforeStart() {
    assertRejected(() -> NewFundingSource.builder().id("n").date(START).funder("lottery").amount(Money.gbp("100"))
        .periodStart(LocalDate.of(2010, 1, 1)).periodEnd(LocalDate.of(2009, 1, 1)).build(), "periodEnd", "2009-01-01");
  }

  @Test
  void builder_missingRequiredValueNamesIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ListeningEvent.builder().id("le").date(START).residentTurnout(5).build());
    assertTrue(e.missingAttributes().contains("venue"), e.getMessage());
  }

  @Test
  void asOf_dropsLaterActivitiesAndReturnsSameWhenNothingLater() {
    Journey two = EMPTY.withActivity(visit("v1", START)).withActivity(visit("v2", START.plusDays(30)));
    assertEquals(List.of("v1"), two.asOf(START.plusDays(29)).activities().stream().map(Activity::id).toList());
    assertSame(two, two.asOf(START.plusDays(30)));
  }

  @Test
  void timeline_ordersByDateKeepingRecordedOrderWithinADay() {
    Journey j = EMPTY.withActivity(visit("late", START.plusDays(5))).withActivity(visit("b", START))
        .withActivity(visit("a", START));
    assertEquals(List.of("b", "a", "late"), j.timeline().stream().map(Activity::id).toList());
  }

  @Test
  void typeNames_areUniqueLowerCaseAndMatchTheTownstalActivities() {
    List<String> names = Activity.typeNames();
    assertEquals(22, names.size());
    assertEquals(names.size(), new HashSet<>(names).size());
    names.forEach(n -> assertTrue(n.matches("[a-z]+(_[a-z]+)*"), n));
    Townstal.journey().activities().forEach(a -> assertTrue(names.contains(a.type()), a.type()));
  }

  @Test
  void references_andPersonIds_listEveryIdOnce() {
    ConnectingWorkshop w = ConnectingWorkshop.builder().id("w").date(START).venue("hall").addResidentIds("R01")
        .addAgencyRepresentativeIds("A01", "A02").build();
    assertEquals(List.of("R01", "A01", "A02"), w.personIds());
    assertEquals("residentIds[0] -> resident R01", w.references().get(0).toString());
    assertEquals("connecting workshop", w.label());
  }

  @Test
  void toString_isOneLineWithoutPersonalData() {
    assertEquals("Journey{partnership=P-TOWNSTAL, 2009-02-01/2010-12-31, " + Townstal.journey().activities().size()
        + " activities}", Townstal.journey().toString());
    String response = org.c2model.core.listening.Response.of("r1", org.c2model.core.listening.Question.WHAT_IS_GOOD,
        "my neighbour Jane Smith").toString();
    assertTrue(!response.contains("Jane"), response);
  }

  @Test
  void enums_roundTripTheirCodes() {
    for (InvitationMethod m : InvitationMethod.values()) {
      assertEquals(m, InvitationMethod.fromCode(m.code()));
    }
    assertEquals(AgeRange.YOUNG_PEOPLE, AgeRange.fromCode("young_people"));
    assertRejected(() -> ServiceChangeKind.fromCode("moved"), "code", "'moved'");
  }
}
