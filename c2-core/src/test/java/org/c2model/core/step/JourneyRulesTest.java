package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.FeedbackReport;
import org.c2model.core.journey.FollowUpEvent;
import org.c2model.core.journey.InvitationMethod;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.listening.DotVote;
import org.c2model.core.listening.DotVoting;
import org.c2model.core.listening.Question;
import org.c2model.core.listening.Response;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {

  /** Townstal's people, without the constitution and board of 2009, for journeys starting in 2011. */
  private static final Partnership PARTNERSHIP = Partnership.builder().from(Townstal.partnership())
      .constitutionAdopted(Optional.empty()).memberships(List.of()).officerTerms(List.of()).build();
  private static final LocalDate START = LocalDate.of(2011, 1, 1);
  private static final LocalDate EVENT = LocalDate.of(2011, 3, 5);

  private static ListeningEvent.Builder event(int turnout) {
    DotVoting dots = DotVoting.of(DotVote.of("a", 5), DotVote.of("b", 4), DotVote.of("c", 3), DotVote.of("d", 2),
        DotVote.of("e", 1));
    return ListeningEvent.builder().id("le").date(EVENT).venue("hall").residentTurnout(turnout)
        .addInvitationMethods(InvitationMethod.DOOR_TO_DOOR).addFacilitatorIds("A01").prioritisation(dots);
  }

  private static Journey journey(Activity... activities) {
    return Journey.builder().partnership(PARTNERSHIP).start(START).addActivities(activities).build();
  }

  private static List<RuleId> ids(StepAssessment a, Severity severity) {
    return others(a).stream().filter(f -> f.severity() == severity).map(Finding::ruleId).collect(Collectors.toList());
  }

  private static CriterionResult criterion(StepAssessment a, Criterion c) {
    return a.step(c.step()).criterion(c).orElseThrow();
  }

  /**
   * The findings other than {@code Journey:KeyResidents}: these journeys name no key resident, so it
   * warns on each of them; it has tests of its own below.
   */
  private static List<Finding> others(StepAssessment a) {
    return a.findings().stream().filter(f -> !f.ruleId().equals(JourneyRules.KEY_RESIDENTS)).collect(Collectors.toList());
  }

  @Test
  void listeningEventOf30WithFollowUp25DaysLater_yieldsBothWarnings() {
    Journey j = journey(event(30).build(), FeedbackReport.of("report", EVENT.plusDays(7), "le"),
        FollowUpEvent.of("follow-up", EVENT.plusDays(25), "le"));
    StepAssessment a = JourneyRules.assess(j, LocalDate.of(2011, 4, 30));
    assertEquals(List.of(JourneyRules.LISTENING_TURNOUT, JourneyRules.FOLLOW_UP_LATE), ids(a, Severity.WARNING));
    Finding turnout = a.report().forRule(JourneyRules.LISTENING_TURNOUT).get(0);
    assertEquals(Path.of("activities", "le", "residentTurnout"), turnout.path());
    assertEquals("30", turnout.args().get("turnout"));
    Finding late = a.report().forRule(JourneyRules.FOLLOW_UP_LATE).get(0);
    assertEquals(Path.of("activities", "follow-up"), late.path());
    assertEquals(EVENT.plusDays(25), late.date());
    assertEquals("25", late.args().get("days"));
  }

  @Test
  void followUpWithinTheDeadline_isNotReported_andTheDeadlineIsASetting() {
    Journey j = journey(event(60).build(), FeedbackReport.of("report", EVENT.plusDays(7), "le"),
        FollowUpEvent.of("follow-up", EVENT.plusDays(10), "le"));
    assertTrue(others(JourneyRules.assess(j, LocalDate.of(2011, 4, 30))).isEmpty());
    RuleThresholds week = RuleThresholds.builder().from(RuleThresholds.defaults()).followUpDeadlineDays(7).build();
    assertEquals(List.of(JourneyRules.FOLLOW_UP_LATE),
        ids(JourneyRules.assess(j, LocalDate.of(2011, 4, 30), week), Severity.WARNING));
  }

  @Test
  void missingReportAndFollowUp_areReportedOnlyAfterTheDeadline() {
    Journey j = journey(event(60).build());
    assertTrue(others(JourneyRules.assess(j, EVENT.plusDays(14))).isEmpty());
    StepAssessment late = JourneyRules.assess(j, EVENT.plusDays(15));
    assertEquals(List.of(JourneyRules.FEEDBACK_REPORT_MISSING, JourneyRules.FOLLOW_UP_MISSING),
        ids(late, Severity.WARNING));
    assertEquals(EVENT.plusDays(14), others(late).get(0).date());
    assertEquals(Path.of("activities", "le"), others(late).get(1).path());
  }

  @Test
  void noTopFiveAndImpersonalInvitations_areReported() {
    Journey j = journey(ListeningEvent.builder().id("le").date(EVENT).venue("hall").residentTurnout(70)
        .addInvitationMethods(InvitationMethod.POSTER).addFacilitatorIds("A01")
        .prioritisation(DotVoting.of(DotVote.of("a", 5), DotVote.of("b", 1))).build(),
        FeedbackReport.of("report", EVENT, "le"), FollowUpEvent.of("f", EVENT.plusDays(9), "le"));
    StepAssessment a = JourneyRules.assess(j, EVENT.plusDays(30));
    assertEquals(List.of(JourneyRules.TOP_PRIORITIES), ids(a, Severity.WARNING));
    Finding top = a.report().forRule(JourneyRules.TOP_PRIORITIES).get(0);
    assertEquals(Path.of("activities", "le", "prioritisation"), top.path());
    assertEquals("2", top.args().get("rankedThemes"));
    assertEquals(List.of(JourneyRules.PERSONAL_INVITATIONS), ids(a, Severity.INFO));
  }

  @Test
  void meetingGapsAfterConstitution_areReportedIncludingALapseUpToTheAssessmentDate() {
    LocalDate c = LocalDate.of(2011, 5, 1);
    Journey j = journey(PartnershipConstituted.of("const", c),
        PartnershipMeeting.of("m0", c.minusDays(90), MeetingKind.PUBLIC),
        PartnershipMeeting.of("m1", c.plusDays(30), MeetingKind.PUBLIC),
        PartnershipMeeting.of("m2", c.plusDays(100), MeetingKind.PUBLIC));
    StepAssessment a = JourneyRules.assess(j, c.plusDays(150));
    List<Finding> gaps = a.report().forRule(JourneyRules.MEETING_GAP);
    assertEquals(List.of(Path.of("activities", "m2"), Path.of("steps", "5")),
        gaps.stream().map(Finding::path).collect(Collectors.toList()));
    assertEquals("70", gaps.get(0).args().get("days"));
    assertEquals("50", gaps.get(1).args().get("days"));
    assertTrue(JourneyRules.assess(j, c.plusDays(140)).report().forRule(JourneyRules.MEETING_GAP).size() == 1);
  }

  @Test
  void momentum_countsSixMonthsFromTheEstablishmentOfThePartnershipNotTheStart() {
    // The paper: "immediately after the establishment of the partnership ... within six months".
    LocalDate established = START.plusMonths(4);
    Journey j = journey(PartnershipMeeting.of("m1", START.plusDays(10), MeetingKind.PUBLIC),
        PartnershipConstituted.of("const", established));
    assertTrue(JourneyRules.assess(j, established.plusMonths(6)).report().forRule(JourneyRules.MOMENTUM).isEmpty());
    List<Finding> momentum = JourneyRules.assess(j, established.plusMonths(6).plusDays(1)).report()
        .forRule(JourneyRules.MOMENTUM);
    assertEquals(1, momentum.size());
    assertEquals(established.plusMonths(6), momentum.get(0).date());
    assertEquals(established.toString(), momentum.get(0).args().get("established"));
    assertEquals(Path.of("steps", "5"), momentum.get(0).path());
    // Without a partnership there is no momentum to sustain yet, however long the journey.
    Journey unconstituted = journey(PartnershipMeeting.of("m1", START.plusDays(10), MeetingKind.PUBLIC));
    assertTrue(JourneyRules.assess(unconstituted, START.plusYears(2)).report().forRule(JourneyRules.MOMENTUM).isEmpty());
  }

  @Test
  void visibleWins_countFromTheEstablishmentAndIncludeServiceChangesAndAgencyRunActivities() {
    LocalDate c = START.plusMonths(1);
    CelebratedWin pledge = CelebratedWin.builder().id("pledge").date(START.plusDays(5)).description("pledge").build();
    Journey before = journey(pledge, PartnershipConstituted.of("const", c));
    assertFalse(criterion(JourneyRules.assess(before, c.plusMonths(2)), Criterion.VISIBLE_PROGRESS).isMet());
    Journey dentist = before.withActivity(ServiceChange.of("dentist", c.plusDays(20), "AG-DENTAL",
        ServiceChangeKind.RELOCATED_TO_NEIGHBOURHOOD, "an NHS dentist on the estate one day a week"));
    assertEquals(Optional.of(c.plusDays(20)),
        criterion(JourneyRules.assess(dentist, c.plusMonths(2)), Criterion.VISIBLE_PROGRESS).metOn());
    Journey football = before.withActivity(ResidentActivity.builder().id("football").date(c.plusDays(9))
        .name("police-run football").addAgeRanges(AgeRange.YOUNG_PEOPLE).addSupportingAgencyIds("AG-POLICE").build());
    StepAssessment a = JourneyRules.assess(football, c.plusMonths(2));
    assertEquals(Optional.of(c.plusDays(9)), criterion(a, Criterion.VISIBLE_PROGRESS).metOn());
    // An agency-run activity is a service change, never a resident-organised one.
    assertEquals(Optional.of(c.plusDays(9)), criterion(a, Criterion.SERVICE_CHANGES).metOn());
    assertEquals("0 of 2 age ranges", criterion(a, Criterion.AGE_RANGE_ACTIVITIES).detail());
  }

  @Test
  void feedbackReportLaterThanTheDeadline_isAWarning() {
    // Townstal's case: a report 60 days after the listening event is not "fed back quickly".
    Journey j = journey(event(60).build(), FeedbackReport.of("report", EVENT.plusDays(60), "le"),
        FollowUpEvent.of("follow-up", EVENT.plusDays(10), "le"));
    List<Finding> late = JourneyRules.assess(j, EVENT.plusDays(90)).report().forRule(JourneyRules.FEEDBACK_REPORT_LATE);
    assertEquals(1, late.size());
    assertEquals("60", late.get(0).args().get("days"));
    assertEquals(EVENT.plusDays(60), late.get(0).date());
    assertEquals(Path.of("activities", "report"), late.get(0).path());
    Journey onTime = journey(event(60).build(), FeedbackReport.of("report", EVENT.plusDays(14), "le"));
    assertTrue(JourneyRules.assess(onTime, EVENT.plusDays(90)).report().forRule(JourneyRules.FEEDBACK_REPORT_LATE)
        .isEmpty());
  }

  @Test
  void appreciativeQuestions_bothNeedAResponse() {
    Journey onlyGood = journey(event(60).addResponses(Response.of("r1", Question.WHAT_IS_GOOD, "neighbours", "a"))
        .build());
    List<Finding> f = JourneyRules.assess(onlyGood, EVENT.plusDays(1)).report()
        .forRule(JourneyRules.APPRECIATIVE_QUESTIONS);
    assertEquals(1, f.size());
    assertEquals("what_is_not_so_good", f.get(0).args().get("question"));
    Journey both = journey(event(60).addResponses(Response.of("r1", Question.WHAT_IS_GOOD, "neighbours", "a"),
        Response.of("r2", Question.WHAT_IS_NOT_SO_GOOD, "no dentist", "b")).build());
    assertTrue(JourneyRules.assess(both, EVENT.plusDays(1)).report().forRule(JourneyRules.APPRECIATIVE_QUESTIONS)
        .isEmpty());
  }

  @Test
  void listeningEvent_computesItsTopFiveInOnePlace() {
    ListeningEvent e = event(60).build();
    assertEquals(List.of("a", "b", "c", "d", "e"), e.top(RuleThresholds.defaults().topPriorities()));
    assertEquals(List.of("a", "b"), e.top(2));
    assertEquals(List.of(), event(60).prioritisation(Optional.empty()).build().top(5));
  }

  @Test
  void maturitySigns_countTheSignsAndAttainStep7WithThreeOfThem() {
    LocalDate d = LocalDate.of(2012, 1, 10);
    Journey j = journey(OwnVenueSecured.of("venue", d, "old library"),
        NewFundingSource.builder().id("fund").date(d.plusDays(1)).funder("lottery").amount(Money.gbp("10000")).build(),
        StaffEmployed.builder().id("staff").date(d.plusDays(2)).role("coordinator").resident(true).personId("R06")
            .build());
    StepAssessment a = JourneyRules.assess(j, d.plusDays(5));
    assertEquals(Optional.of(d.plusDays(2)), a.step(Step.CONTINUED_TRAJECTORY).attainedOn());
    Finding signs = a.report().forRule(JourneyRules.MATURITY_SIGNS).get(0);
    assertEquals("3", signs.args().get("signs"));
    assertEquals("own_venue,new_funding,staff_employed", signs.args().get("present"));
    Finding residents = a.report().forRule(JourneyRules.RESIDENTS_EMPLOYED).get(0);
    assertEquals(Severity.INFO, residents.severity());
    assertEquals(Path.of("steps", "7", "residents_employed"), residents.path());
    assertEquals("1", residents.args().get("residentsEmployed"));

    Journey two = j.withActivity(StaffEmployed.builder().id("staff2").date(d.plusDays(3)).role("coordinator")
        .resident(true).personId("R07").build());
    StepAssessment b = JourneyRules.assess(two, d.plusDays(5));
    assertTrue(b.report().forRule(JourneyRules.RESIDENTS_EMPLOYED).isEmpty());
    assertEquals("4", b.report().forRule(JourneyRules.MATURITY_SIGNS).get(0).args().get("signs"));
  }

  @Test
  void evidenceOrder_isInformationNeverAnError() {
    Journey j = journey(PartnershipConstituted.of("const", START.plusDays(1)),
        event(80).build());
    StepAssessment a = JourneyRules.assess(j, EVENT.plusDays(1));
    List<Finding> order = a.report().forRule(JourneyRules.EVIDENCE_ORDER);
    assertEquals(1, order.size());
    assertEquals(Severity.INFO, order.get(0).severity());
    assertEquals("4", order.get(0).args().get("step"));
    assertEquals("3", order.get(0).args().get("precedesStep"));
    assertTrue(a.step(Step.FORMALISE).isAttained());
  }

  @Test
  void councilRules_runWithTheStandardOnes() {
    RuleId quarterly = RuleId.of("Council:QuarterlyReview");
    Rule<JourneyProgress> review = Rule.of(quarterly, "A review each quarter.", (p, t) -> p.journey().activities()
        .isEmpty() ? List.of(Finding.of(quarterly, Severity.WARNING, Path.root(), p.asOf(), "no activity")) : List.of());
    Rule<JourneyProgress> broken = Rule.of(RuleId.of("Council:Broken"), "Throws.", (p, t) -> {
      throw new IllegalStateException("bug");
    });
    StepAssessment a = JourneyRules.assess(journey(), START, JourneyRules.standard().with(review).with(broken));
    assertEquals(List.of(JourneyRules.KEY_RESIDENTS, quarterly, RuleId.of("Council:Broken")),
        a.findings().stream().map(Finding::ruleId).collect(Collectors.toList()));
  }

  @Test
  void step1_reusesThePartnershipsKeyResidentsSectorsAndThresholds() {
    // The board members of the partnership (3 key residents, 4 required sectors) joined on 2009-06-02.
    Journey j = Journey.of(Townstal.partnership(), LocalDate.of(2009, 1, 1));
    StepAssessment a = JourneyRules.assess(j, LocalDate.of(2009, 7, 1));
    StepResult step1 = a.step(Step.LOCATE_ENERGY);
    assertEquals(Optional.of(Townstal.CONSTITUTION_DAY), step1.attainedOn());
    assertTrue(step1.evidence().stream().anyMatch(e -> e.type().equals(Evidence.BOARD_MEMBERSHIP)));
    RuleThresholds six = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(6).build();
    StepAssessment strict = JourneyRules.assess(j, LocalDate.of(2009, 7, 1), six);
    // The recommended number is a warning, never a gate (Townstal had 3 and went on to step 6).
    assertTrue(strict.step(Step.LOCATE_ENERGY).isAttained());
    assertEquals("3 of 6 recommended key residents",
        strict.step(Step.LOCATE_ENERGY).criterion(Criterion.KEY_RESIDENTS).orElseThrow().detail());
    Finding keys = strict.report().forRule(JourneyRules.KEY_RESIDENTS).get(0);
    assertEquals(Severity.WARNING, keys.severity());
    assertEquals("3", keys.args().get("keyResidents"));
    assertEquals("6", keys.args().get("recommended"));
    assertEquals(Townstal.CONSTITUTION_DAY, keys.date());
    RuleThresholds three = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(3).build();
    assertTrue(JourneyRules.assess(j, LocalDate.of(2009, 7, 1), three).report().forRule(JourneyRules.KEY_RESIDENTS)
        .isEmpty());
  }

  @Test
  void step1_missingSectorsAreNamedInTheNextActions() {
    Journey j = Journey.of(Townstal.partnership(), LocalDate.of(2009, 1, 1));
    StepResult step1 = JourneyRules.assess(j, LocalDate.of(2009, 3, 1)).step(Step.LOCATE_ENERGY);
    assertEquals(List.of(Criterion.KEY_RESIDENTS, Criterion.REQUIRED_SECTORS), step1.unmetCriteria());
    assertEquals("bring in the missing sectors: health, education, police, local_authority",
        step1.nextActions().stream().filter(s -> s.startsWith("bring")).findFirst().orElseThrow());
  }

  @Test
  void stepsAndCriteria_areDataFromThePaper() {
    assertEquals(7, Step.values().length);
    assertEquals(17, Criterion.values().length);
    for (Step s : Step.values()) {
      assertFalse(s.criteria().isEmpty(), s::toString);
      assertFalse(s.typicalActions().isEmpty(), s::toString);
      s.criteria().forEach(c -> assertEquals(s, c.step()));
      assertEquals(s, Step.of(s.number()));
    }
    assertEquals(5, Step.CONTINUED_TRAJECTORY.criteria().size());
    assertEquals(Criterion.KEY_RESIDENTS, Criterion.fromId("key_residents"));
    assertEquals("step", assertThrows(InvalidValueException.class, () -> Step.of(8)).field().orElseThrow());
  }

  @Test
  void thresholds_haveThePapersDefaultsAndRejectImpossibleValues() {
    RuleThresholds t = RuleThresholds.defaults();
    assertEquals(List.of(50, 14, 5, 42, 3, 6, 2, 3, 2), List.of(t.minimumListeningTurnout(), t.followUpDeadlineDays(),
        t.topPriorities(), t.maximumMeetingGapDays(), t.consolidationMeetings(), t.momentumMonths(),
        t.minimumAgeRanges(), t.minimumMaturitySigns(), t.minimumResidentsEmployed()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RuleThresholds.builder().from(t).minimumMaturitySigns(6).build());
    assertEquals("minimumMaturitySigns", e.field().orElseThrow());
    assertEquals("6", e.invalidValue().orElseThrow());
    assertEquals("followUpDeadlineDays", assertThrows(InvalidValueException.class,
        () -> RuleThresholds.builder().from(t).followUpDeadlineDays(-1).build()).field().orElseThrow());
  }
}
