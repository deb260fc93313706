package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CommunityActionPlan;
import org.c2model.core.journey.FeedbackReport;
import org.c2model.core.journey.FollowUpEvent;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.listening.DotVote;
import org.c2model.core.listening.DotVoting;
import org.c2model.core.listening.Prioritisation;
import org.c2model.core.listening.RankedBallot;
import org.c2model.core.listening.RankedBallots;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * The journey's timing and quality rules (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2, steps 3, 5 and 7) against
 * conditions computed here from the journey and the thresholds alone, on generated journeys of the
 * Townstal partnership under generated thresholds.
 */
class JourneyRulesProperties {

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  /** Journeys with at least one listening event, for the rules about listening events. */
  @Provide
  Arbitrary<Journey> listening() {
    return JourneyArbitraries.journeys().filter(j -> !j.activities(ListeningEvent.class).isEmpty());
  }

  @Provide
  Arbitrary<List<Long>> seeds() {
    return JourneyArbitraries.seeds();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return JourneyArbitraries.assessmentDates();
  }

  /** Thresholds around the paper's defaults, each varied over a range where findings come and go. */
  @Provide
  Arbitrary<RuleThresholds> thresholds() {
    return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 120),
        Arbitraries.integers().between(1, 24), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 5))
        .as((turnout, deadline, top, gap, months, residents, signs) -> RuleThresholds.builder()
            .from(RuleThresholds.defaults()).minimumListeningTurnout(turnout).followUpDeadlineDays(deadline)
            .topPriorities(top).maximumMeetingGapDays(gap).momentumMonths(months).minimumResidentsEmployed(residents)
            .minimumMaturitySigns(signs).build());
  }

  // --- Finding present iff a condition computed from the journey and the thresholds -------------

  @Property(tries = 1000)
  void listeningTurnoutIsReportedForExactlyTheEventsBelowTheMinimum(@ForAll("listening") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    Set<String> expected = events(journey, asOf).filter(e -> e.residentTurnout() < t.minimumListeningTurnout())
        .map(Activity::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, argsOf(findings(journey, asOf, t, JourneyRules.LISTENING_TURNOUT), "activityId"));
    cover(JourneyRules.LISTENING_TURNOUT, !expected.isEmpty(), 10);
  }

  @Property(tries = 200)
  void personalInvitationsIsReportedForExactlyTheEventsWithoutDoorToDoorOrPersonalContact(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf) {
    Set<String> expected = events(journey, asOf)
        .filter(e -> e.invitationMethods().stream().noneMatch(m -> Set.of("door_to_door", "personal_contact")
            .contains(m.code())))
        .map(Activity::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, argsOf(findings(journey, asOf, RuleThresholds.defaults(), JourneyRules.PERSONAL_INVITATIONS),
        "activityId"));
    cover(JourneyRules.PERSONAL_INVITATIONS, !expected.isEmpty(), 20);
  }

  @Property(tries = 200)
  void feedbackReportMissingIsReportedForExactlyTheEventsPastTheDeadlineWithoutAReport(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    assertMissingAfterDeadline(journey, asOf, t, dated(journey, asOf, FeedbackReport.class)
        .map(FeedbackReport::listeningEventId).collect(Collectors.toSet()), JourneyRules.FEEDBACK_REPORT_MISSING);
  }

  @Property(tries = 200)
  void followUpMissingIsReportedForExactlyTheEventsPastTheDeadlineWithoutAFollowUp(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    assertMissingAfterDeadline(journey, asOf, t, dated(journey, asOf, FollowUpEvent.class)
        .map(FollowUpEvent::listeningEventId).collect(Collectors.toSet()), JourneyRules.FOLLOW_UP_MISSING);
  }

  @Property(tries = 1000)
  void followUpLateIsReportedForExactlyTheEventsWhoseFirstFollowUpCameAfterTheDeadline(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    assertLateAfterDeadline(journey, asOf, t, dated(journey, asOf, FollowUpEvent.class)
        .collect(Collectors.toList()), FollowUpEvent::listeningEventId, JourneyRules.FOLLOW_UP_LATE);
  }

  /** The rule reports exactly the events whose first follow-on activity came after the deadline. */
  private static <T extends Activity> void assertLateAfterDeadline(Journey journey, LocalDate asOf, RuleThresholds t,
      List<T> followOns, java.util.function.Function<T, String> eventOf, RuleId rule) {
    Set<String> expected = new TreeSet<>();
    events(journey, asOf).forEach(e -> followOns.stream().filter(f -> eventOf.apply(f).equals(e.id()))
        .map(Activity::date).min(LocalDate::compareTo)
        .filter(first -> ChronoUnit.DAYS.between(e.date(), first) > t.followUpDeadlineDays())
        .ifPresent(first -> expected.add(e.id())));
    assertEquals(expected, argsOf(findings(journey, asOf, t, rule), "listeningEventId"));
    cover(rule, !expected.isEmpty(), 5);
  }

  @Property(tries = 200)
  void topPrioritiesIsReportedForExactlyTheEventsThatRankedFewerThemesThanTheTop(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    Set<String> expected = events(journey, asOf)
        .filter(e -> e.prioritisation().map(JourneyRulesProperties::themesVotedOn).orElse(0) < t.topPriorities())
        .map(Activity::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, argsOf(findings(journey, asOf, t, JourneyRules.TOP_PRIORITIES), "activityId"));
    cover(JourneyRules.TOP_PRIORITIES, !expected.isEmpty(), 20);
  }

  @Property(tries = 200)
  void meetingGapIsReportedForExactlyTheGapsLongerThanTheMaximumAfterConstitution(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    List<String> expected = new ArrayList<>();
    Optional<LocalDate> constituted = Stream.concat(
        dated(journey, asOf, PartnershipConstituted.class).map(Activity::date),
        journey.partnership().constitutionAdopted().filter(d -> !d.isAfter(asOf)).stream())
        .min(LocalDate::compareTo);
    if (constituted.isPresent()) {
      LocalDate previous = constituted.get();
      // An online meeting nobody took part in (views only) is not a meeting.
      List<LocalDate> meetings = dated(journey, asOf, PartnershipMeeting.class)
          .filter(PartnershipMeeting::hadParticipation).map(Activity::date)
          .filter(d -> !d.isBefore(constituted.get())).sorted().collect(Collectors.toList());
      meetings.add(asOf);
      for (LocalDate next : meetings) {
        if (ChronoUnit.DAYS.between(previous, next) > t.maximumMeetingGapDays()) {
          expected.add(previous + "/" + next);
        }
        previous = next;
      }
    }
    assertEquals(new TreeSet<>(expected), gaps(findings(journey, asOf, t, JourneyRules.MEETING_GAP)));
    assertEquals(expected.size(), findings(journey, asOf, t, JourneyRules.MEETING_GAP).size());
    cover(JourneyRules.MEETING_GAP, !expected.isEmpty(), 20);
  }

  @Property(tries = 200)
  void momentumIsReportedExactlyWhenStep5CameOrIsStillMissingSixMonthsAfterTheEstablishment(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    JourneyProgress p = JourneyRules.progress(journey, asOf, t);
    Optional<LocalDate> established = Stream.concat(dated(journey, asOf, PartnershipConstituted.class).map(Activity::date),
        journey.partnership().constitutionAdopted().filter(d -> !d.isAfter(asOf)).stream())
        .min(LocalDate::compareTo);
    Optional<LocalDate> attained = p.step(Step.SUSTAIN_MOMENTUM).attainedOn();
    boolean expected = established.map(s -> s.plusMonths(t.momentumMonths()))
        .map(deadline -> attained.map(a -> a.isAfter(deadline)).orElse(asOf.isAfter(deadline))).orElse(false);
    assertEquals(expected, !findings(journey, asOf, t, JourneyRules.MOMENTUM).isEmpty());
    cover(JourneyRules.MOMENTUM, expected, 20);
  }

  @Property(tries = 200)
  void keyResidentsWarnsExactlyBelowTheRecommendedNumberAndNeverDecidesStep1(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf,
      @ForAll @IntRange(min = 1, max = 8) int recommended) {
    RuleThresholds t = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(recommended).build();
    JourneyProgress p = JourneyRules.progress(journey, asOf, t);
    LocalDate by = p.step(Step.LOCATE_ENERGY).attainedOn().orElse(asOf);
    // Key residents (R01 to R03 of the partnership) on their first day in an activity or on the board.
    Set<String> keys = Set.of("R01", "R02", "R03");
    Set<String> seen = new TreeSet<>();
    dated(journey, by, Activity.class).forEach(a -> a.references().stream().map(r -> r.id()).filter(keys::contains)
        .forEach(seen::add));
    journey.partnership().memberships().stream().filter(m -> !m.joined().isAfter(by) && keys.contains(m.personId()))
        .forEach(m -> seen.add(m.personId()));
    boolean expected = seen.size() < recommended;
    List<Finding> found = findings(journey, asOf, t, JourneyRules.KEY_RESIDENTS);
    assertEquals(expected, !found.isEmpty());
    found.forEach(f -> assertEquals(Integer.toString(seen.size()), f.args().get("keyResidents")));
    found.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
    // The recommended number is a warning, never a gate: step 1 is attained on the same day whatever it is.
    RuleThresholds one = RuleThresholds.builder().from(t).minimumKeyResidents(1).build();
    assertEquals(JourneyRules.progress(journey, asOf, one).step(Step.LOCATE_ENERGY).attainedOn(),
        p.step(Step.LOCATE_ENERGY).attainedOn());
    cover(JourneyRules.KEY_RESIDENTS, expected, 10);
  }

  @Property(tries = 1000)
  void feedbackReportLateIsReportedForExactlyTheEventsWhoseFirstReportCameAfterTheDeadline(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    assertLateAfterDeadline(journey, asOf, t, dated(journey, asOf, FeedbackReport.class)
        .collect(Collectors.toList()), FeedbackReport::listeningEventId, JourneyRules.FEEDBACK_REPORT_LATE);
  }

  @Property(tries = 200)
  void appreciativeQuestionsIsReportedForExactlyTheEventsMissingResponsesToAQuestion(
      @ForAll("listening") Journey journey, @ForAll("dates") LocalDate asOf) {
    Set<String> expected = events(journey, asOf)
        .filter(e -> e.responses().stream().map(r -> r.question()).distinct().count() < 2)
        .map(Activity::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, argsOf(findings(journey, asOf, RuleThresholds.defaults(), JourneyRules.APPRECIATIVE_QUESTIONS),
        "activityId"));
    cover(JourneyRules.APPRECIATIVE_QUESTIONS, !expected.isEmpty(), 10);
  }

  // --- Steps on the paper's evidence -------------------------------------------------------------

  @Property(tries = 200)
  void movingEveryActivityAfterTheAsOfDateNeverAttainsAStep(
      @ForAll("seeds") List<Long> seeds, @ForAll("dates") LocalDate asOf) {
    // The same journey with every activity after the as-of date, and no board or constitution by then.
    Journey moved = JourneyArbitraries.journey(seeds, asOf.plusDays(1));
    Partnership noBoardYet = Partnership.builder().from(moved.partnership()).constitutionAdopted(Optional.empty())
        .memberships(List.of()).officerTerms(List.of()).build();
    Journey later = Journey.builder().from(moved).partnership(noBoardYet).build();
    StepAssessment a = JourneyRules.assess(later, asOf);
    assertEquals(List.of(), a.attainedSteps(), a::toString);
    assertTrue(StepHistory.of(later, asOf).changes().isEmpty());
    Statistics.label("activities").collect(later.activities().isEmpty() ? "none" : "some");
  }

  @Property(tries = 200)
  void visibleWinsNeverPrecedeTheEstablishmentOfThePartnership(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf) {
    JourneyProgress p = JourneyRules.progress(journey, asOf, RuleThresholds.defaults());
    Optional<LocalDate> win = p.criterion(Criterion.VISIBLE_PROGRESS).metOn();
    Optional<LocalDate> established = p.criterion(Criterion.CONSTITUTION_SIGNED).metOn();
    assertTrue(win.isEmpty() || established.isPresent() && !win.get().isBefore(established.get()),
        () -> win + " before " + established);
    Statistics.label("visible win").collect(win.isPresent());
  }

  @Property(tries = 200)
  void onlyResidentOrganisedActivitiesCountTowardTheAgeRanges(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf) {
    JourneyProgress p = JourneyRules.progress(journey, asOf, RuleThresholds.defaults());
    Set<String> residentOrganised = dated(journey, asOf, ResidentActivity.class)
        .filter(r -> r.organisers().residentOrganised()).map(Activity::id).collect(Collectors.toSet());
    p.criterion(Criterion.AGE_RANGE_ACTIVITIES).evidence()
        .forEach(e -> assertTrue(residentOrganised.contains(e.id()), e::toString));
    Set<String> agencyRun = dated(journey, asOf, ResidentActivity.class)
        .filter(r -> !r.organisers().residentOrganised()).map(Activity::id).collect(Collectors.toSet());
    if (!agencyRun.isEmpty()) {
      assertTrue(p.criterion(Criterion.SERVICE_CHANGES).isMet());
    }
    Statistics.label("agency-run activity").collect(!agencyRun.isEmpty());
  }

  @Property(tries = 200)
  void aStepHoldsOnlyOnceAttainedAndOnlyStepsFourAndFiveLapse(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("dates") LocalDate day) {
    Assume.that(!day.isAfter(asOf));
    StepHistory history = StepHistory.of(journey, asOf);
    JourneyProgress p = JourneyRules.progress(journey, asOf, RuleThresholds.defaults());
    for (Step step : Step.values()) {
      boolean attained = p.step(step).attainedOn().map(d -> !d.isAfter(day)).orElse(false);
      boolean holds = history.holdsOn(step, day);
      assertTrue(attained || !holds, step::toString);
      if (step != Step.FORMALISE && step != Step.SUSTAIN_MOMENTUM) {
        assertEquals(attained, holds, step::toString);
      }
      List<StepChange> changes = history.changes(step);
      for (int i = 0; i < changes.size(); i++) {
        StepChange.Kind expected = i == 0 ? StepChange.Kind.ATTAINED
            : i % 2 == 1 ? StepChange.Kind.LAPSED : StepChange.Kind.REGAINED;
        assertEquals(expected, changes.get(i).kind(), history::toString);
      }
    }
    Statistics.label("step 5 lapsed").collect(!history.changes(Step.SUSTAIN_MOMENTUM).stream()
        .filter(c -> c.kind() == StepChange.Kind.LAPSED).toList().isEmpty());
  }

  @Property(tries = 200)
  void maturitySignsCountsTheSignsPresentAndIsReportedOnceAnyIsOrStep6IsAttained(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    int signs = (dated(journey, asOf, OwnVenueSecured.class).findAny().isPresent() ? 1 : 0)
        + (dated(journey, asOf, NewFundingSource.class).findAny().isPresent() ? 1 : 0)
        + (dated(journey, asOf, StaffEmployed.class).findAny().isPresent() ? 1 : 0)
        + (residentsEmployed(journey, asOf) >= t.minimumResidentsEmployed() ? 1 : 0)
        + (dated(journey, asOf, CommunityActionPlan.class).anyMatch(c -> !c.measurableOutcomes().isEmpty()) ? 1 : 0);
    boolean step6 = JourneyRules.progress(journey, asOf, t).step(Step.TAKING_ACTION).isAttained();
    List<Finding> found = findings(journey, asOf, t, JourneyRules.MATURITY_SIGNS);
    assertEquals(signs > 0 || step6, !found.isEmpty());
    found.forEach(f -> assertEquals(Integer.toString(signs), f.args().get("signs")));
    found.forEach(f -> assertEquals(Integer.toString(t.minimumMaturitySigns()), f.args().get("needed")));
    cover(JourneyRules.MATURITY_SIGNS, !found.isEmpty(), 20);
  }

  @Property(tries = 400)
  void residentsEmployedIsReportedExactlyWhenStaffAreEmployedButTooFewResidents(
      @ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t) {
    boolean staff = dated(journey, asOf, StaffEmployed.class).findAny().isPresent();
    int residents = residentsEmployed(journey, asOf);
    boolean expected = staff && residents < t.minimumResidentsEmployed();
    List<Finding> found = findings(journey, asOf, t, JourneyRules.RESIDENTS_EMPLOYED);
    assertEquals(expected, !found.isEmpty());
    found.forEach(f -> assertEquals(Integer.toString(residents), f.args().get("residentsEmployed")));
    // about 17% of tries on average (9% to 22% seen in 200-try runs): 5% keeps the check off the tail
    cover(JourneyRules.RESIDENTS_EMPLOYED, expected, 5);
  }

  // --- Thresholds are monotone ------------------------------------------------------------------

  @Property(tries = 150)
  void raisingTheMinimumTurnoutNeverRemovesATurnoutFinding(@ForAll("listening") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 60) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t).minimumListeningTurnout(t.minimumListeningTurnout() + more)
        .build();
    assertSubset(findings(journey, asOf, t, JourneyRules.LISTENING_TURNOUT),
        findings(journey, asOf, raised, JourneyRules.LISTENING_TURNOUT), "activityId");
  }

  @Property(tries = 150)
  void raisingTheFollowUpDeadlineNeverAddsAMissingOrLateFinding(@ForAll("listening") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 30) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t).followUpDeadlineDays(t.followUpDeadlineDays() + more)
        .build();
    assertSubset(findings(journey, asOf, raised, JourneyRules.FEEDBACK_REPORT_MISSING),
        findings(journey, asOf, t, JourneyRules.FEEDBACK_REPORT_MISSING), "activityId");
    assertSubset(findings(journey, asOf, raised, JourneyRules.FOLLOW_UP_MISSING),
        findings(journey, asOf, t, JourneyRules.FOLLOW_UP_MISSING), "activityId");
    assertSubset(findings(journey, asOf, raised, JourneyRules.FOLLOW_UP_LATE),
        findings(journey, asOf, t, JourneyRules.FOLLOW_UP_LATE), "listeningEventId");
  }

  @Property(tries = 150)
  void raisingTheTopNeverRemovesATopPrioritiesFinding(@ForAll("listening") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 5) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t).topPriorities(t.topPriorities() + more).build();
    assertSubset(findings(journey, asOf, t, JourneyRules.TOP_PRIORITIES),
        findings(journey, asOf, raised, JourneyRules.TOP_PRIORITIES), "activityId");
  }

  @Property(tries = 150)
  void raisingTheMaximumMeetingGapNeverAddsAGapFinding(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 90) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t).maximumMeetingGapDays(t.maximumMeetingGapDays() + more)
        .build();
    Set<String> before = gaps(findings(journey, asOf, t, JourneyRules.MEETING_GAP));
    Set<String> after = gaps(findings(journey, asOf, raised, JourneyRules.MEETING_GAP));
    assertTrue(before.containsAll(after), () -> after + " not within " + before);
  }

  @Property(tries = 150)
  void raisingTheMomentumMonthsNeverAddsAMomentumFinding(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 12) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t).momentumMonths(t.momentumMonths() + more).build();
    if (!findings(journey, asOf, raised, JourneyRules.MOMENTUM).isEmpty()) {
      assertEquals(1, findings(journey, asOf, t, JourneyRules.MOMENTUM).size());
    }
  }

  @Property(tries = 150)
  void raisingTheResidentsToEmployNeverRemovesAResidentsFindingNorAddsASign(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(max = 3) int more) {
    RuleThresholds raised = RuleThresholds.builder().from(t)
        .minimumResidentsEmployed(t.minimumResidentsEmployed() + more).build();
    if (!findings(journey, asOf, t, JourneyRules.RESIDENTS_EMPLOYED).isEmpty()) {
      assertEquals(1, findings(journey, asOf, raised, JourneyRules.RESIDENTS_EMPLOYED).size());
    }
    assertTrue(signs(journey, asOf, raised) <= signs(journey, asOf, t));
  }

  @Property(tries = 100)
  void theMaturitySignsNeededChangeNoOtherFinding(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll @IntRange(min = 1, max = 5) int n) {
    RuleThresholds other = RuleThresholds.builder().from(t).minimumMaturitySigns(n).build();
    assertEquals(signs(journey, asOf, t), signs(journey, asOf, other));
    assertEquals(withoutMaturity(JourneyRules.assess(journey, asOf, t).findings()),
        withoutMaturity(JourneyRules.assess(journey, asOf, other).findings()));
  }

  // --- Every rule ---------------------------------------------------------------------------------

  @Property(tries = 200)
  void journeyFindingsAreNeverErrors(@ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf,
      @ForAll("thresholds") RuleThresholds t) {
    StepAssessment a = JourneyRules.assess(journey, asOf, t);
    for (Finding f : a.findings()) {
      assertNotEquals(Severity.ERROR, f.severity(), f::toString);
    }
    assertTrue(a.report().isSuccessful(), a::toString);
    Statistics.label("findings").collect(Math.min(a.findings().size(), 5));
  }

  @Property(tries = 200)
  void findingsDoNotDependOnTheOrderActivitiesWereRecorded(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf, @ForAll("thresholds") RuleThresholds t, @ForAll long seed) {
    List<Activity> shuffled = new ArrayList<>(journey.activities());
    Collections.shuffle(shuffled, new Random(seed));
    Journey reordered = Journey.builder().from(journey).activities(shuffled).build();
    assertEquals(JourneyRules.assess(journey, asOf, t).findings(), JourneyRules.assess(reordered, asOf, t).findings());
  }

  // --- Helpers ------------------------------------------------------------------------------------

  private static List<Finding> findings(Journey journey, LocalDate asOf, RuleThresholds t, RuleId rule) {
    List<Finding> found = JourneyRules.assess(journey, asOf, t).report().forRule(rule);
    found.forEach(f -> assertEquals(rule, f.ruleId()));
    return found;
  }

  /** The rule reports exactly the listening events past the follow-up deadline not among {@code answered}. */
  private static void assertMissingAfterDeadline(Journey journey, LocalDate asOf, RuleThresholds t,
      Set<String> answered, RuleId rule) {
    Set<String> expected = events(journey, asOf)
        .filter(e -> ChronoUnit.DAYS.between(e.date(), asOf) > t.followUpDeadlineDays() && !answered.contains(e.id()))
        .map(Activity::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, argsOf(findings(journey, asOf, t, rule), "activityId"));
    cover(rule, !expected.isEmpty(), 20);
  }

  private static Stream<ListeningEvent> events(Journey journey, LocalDate asOf) {
    return dated(journey, asOf, ListeningEvent.class);
  }

  /** The activities of a type recorded on or before a day, straight from the record. */
  private static <T extends Activity> Stream<T> dated(Journey journey, LocalDate asOf, Class<T> type) {
    return journey.activities().stream().filter(type::isInstance).map(type::cast).filter(a -> !a.date().isAfter(asOf));
  }

  /** Residents employed: distinct people, or each employment where the person is not named. */
  private static int residentsEmployed(Journey journey, LocalDate asOf) {
    return (int) dated(journey, asOf, StaffEmployed.class).filter(StaffEmployed::resident)
        .map(s -> s.personId().orElse("#" + s.id())).distinct().count();
  }

  private static int themesVotedOn(Prioritisation p) {
    Set<String> themes = new HashSet<>();
    if (p instanceof DotVoting) {
      ((DotVoting) p).votes().stream().map(DotVote::theme).forEach(themes::add);
    } else {
      ((RankedBallots) p).ballots().stream().map(RankedBallot::ranking).forEach(themes::addAll);
    }
    return themes.size();
  }

  private static Set<String> argsOf(List<Finding> findings, String arg) {
    return findings.stream().map(f -> f.args().get(arg)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> gaps(List<Finding> findings) {
    return findings.stream().map(f -> f.args().get("from") + "/" + f.args().get("to"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertSubset(List<Finding> smaller, List<Finding> larger, String arg) {
    Set<String> s = argsOf(smaller, arg);
    Set<String> l = argsOf(larger, arg);
    assertTrue(l.containsAll(s), () -> s + " not within " + l);
  }

  /** The signs of maturity the finding counts, -1 without a finding. */
  private static int signs(Journey journey, LocalDate asOf, RuleThresholds t) {
    return findings(journey, asOf, t, JourneyRules.MATURITY_SIGNS).stream()
        .mapToInt(f -> Integer.parseInt(f.args().get("signs"))).findFirst().orElse(-1);
  }

  private static List<Finding> withoutMaturity(List<Finding> findings) {
    return findings.stream().filter(f -> !f.ruleId().equals(JourneyRules.MATURITY_SIGNS)).collect(Collectors.toList());
  }

  /**
   * Records whether the rule's finding was produced, and checks it was in at least a share of tries.
   * The share sits at least five standard errors below the share seen over many runs (tries raised
   * where it did not), so that a check fails by chance about once in a million runs, not about once
   * in 130 as the late follow-ups' check did at 200 tries.
   */
  private static void cover(RuleId rule, boolean produced, double percent) {
    Statistics.label(rule.toString()).collect(produced);
    Statistics.label(rule.toString()).coverage(c -> c.check(true).percentage(p -> p >= percent));
  }
}
