package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;

/** The Townstal case study ({@code docs/c2-model.md} section 6) assessed through the public API. */
class TownstalJourneyTest {

  private static final Journey TOWNSTAL = Townstal.journey();
  private static final LocalDate END_2009 = LocalDate.of(2009, 12, 31);

  private static Optional<LocalDate> date(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  @Test
  void assess_endOf2009_attainsSteps1To5OnTheirEvidenceDates() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, END_2009);
    // Step 1: the health and education sectors first took part at the connecting workshop.
    assertEquals(date(2009, 3, 3), a.step(Step.LOCATE_ENERGY).attainedOn());
    // Step 2: the exchange visit to Beacon came before the connecting workshop.
    assertEquals(date(2009, 2, 10), a.step(Step.CREATE_VISION).attainedOn());
    assertEquals(date(2009, 4, 4), a.step(Step.LISTENING).attainedOn());
    assertEquals(date(2009, 6, 2), a.step(Step.FORMALISE).attainedOn());
    // Step 5: the first visible win after the founding meeting (the Connexions service kept), after
    // the third meeting in a row (2 June, 7 July, 21 July); the pledge at the connecting workshop,
    // before the partnership existed, is no step-5 win.
    assertEquals(date(2009, 9, 8), a.step(Step.SUSTAIN_MOMENTUM).attainedOn());
    assertEquals(List.of(Step.LOCATE_ENERGY, Step.CREATE_VISION, Step.LISTENING, Step.FORMALISE,
        Step.SUSTAIN_MOMENTUM), a.attainedSteps());
  }

  @Test
  void assess_endOf2009_frontierIsStep6WithAgeRangeActivitiesMissing() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, END_2009);
    assertEquals(Optional.of(Step.TAKING_ACTION), a.frontier());
    StepResult step6 = a.step(Step.TAKING_ACTION);
    assertEquals(List.of(Criterion.AGE_RANGE_ACTIVITIES), step6.unmetCriteria());
    assertEquals(date(2009, 9, 8), step6.criterion(Criterion.SERVICE_CHANGES).orElseThrow().metOn());
    assertEquals(List.of("connexions-kept"), step6.evidenceIds());
    assertTrue(step6.nextActions().contains("support residents to organise groups and activities for different age ranges"));
  }

  @Test
  void assess_endOf2009_usesTheEvidenceOfThePaper() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, END_2009);
    assertEquals(List.of("N-TOWNSTAL", "scoping-pact", "scoping-town-council", Townstal.CONNECTING_WORKSHOP_ID),
        a.step(Step.LOCATE_ENERGY).evidenceIds());
    // Met on the first key resident's day; the 3 of the paper are below the recommended 5, a warning.
    CriterionResult keys = a.step(Step.LOCATE_ENERGY).criterion(Criterion.KEY_RESIDENTS).orElseThrow();
    assertEquals(date(2009, 2, 3), keys.metOn());
    assertEquals("3 of 5 recommended key residents", keys.detail());
    assertEquals(List.of(Townstal.EXCHANGE_VISIT_ID), a.step(Step.CREATE_VISION).evidenceIds());
    assertEquals(List.of(Townstal.LISTENING_EVENT_ID), a.step(Step.LISTENING).evidenceIds());
    assertEquals(List.of("constitution"), a.step(Step.FORMALISE).evidenceIds());
    assertEquals(List.of("meeting-2009-06-02", "meeting-2009-07-07", "meeting-2009-07-21", "connexions-kept"),
        a.step(Step.SUSTAIN_MOMENTUM).evidenceIds());
    assertTrue(a.step(Step.LISTENING).nextActions().isEmpty());
  }

  @Test
  void assess_endOf2009_findsTheExchangeVisitOrderTheKeyResidentsPostcardsAndTheMissingFollowUp() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, END_2009);
    List<Finding> findings = a.findings();
    assertEquals(List.of(JourneyRules.EVIDENCE_ORDER, JourneyRules.KEY_RESIDENTS, JourneyRules.PERSONAL_INVITATIONS,
        JourneyRules.FOLLOW_UP_MISSING), findings.stream().map(Finding::ruleId).toList(), a::toString);
    Finding order = findings.get(0);
    assertEquals(JourneyRules.EVIDENCE_ORDER, order.ruleId());
    assertEquals(Severity.INFO, order.severity());
    assertEquals(Path.of("activities", Townstal.EXCHANGE_VISIT_ID), order.path());
    assertEquals(LocalDate.of(2009, 2, 10), order.date());
    assertEquals(Townstal.CONNECTING_WORKSHOP_ID, order.args().get("precedes"));
    Finding keys = findings.get(1);
    assertEquals(Severity.WARNING, keys.severity());
    assertEquals(LocalDate.of(2009, 3, 3), keys.date());
    assertEquals("3", keys.args().get("keyResidents"));
    Finding postcards = findings.get(2);
    assertEquals(JourneyRules.PERSONAL_INVITATIONS, postcards.ruleId());
    assertEquals(Severity.INFO, postcards.severity());
    assertEquals(Path.of("activities", Townstal.LISTENING_EVENT_ID, "invitationMethods"), postcards.path());
    Finding followUp = findings.get(3);
    assertEquals(Severity.WARNING, followUp.severity());
    assertEquals(LocalDate.of(2009, 4, 18), followUp.date());
    assertTrue(a.report().isSuccessful());
  }

  @Test
  void listeningEvent_hasTheTopFiveOfThePaper() {
    ListeningEvent event = (ListeningEvent) TOWNSTAL.activity(Townstal.LISTENING_EVENT_ID).orElseThrow();
    assertTrue(event.residentTurnout() > 50);
    assertEquals(18, event.facilitatorIds().size());
    assertEquals(Townstal.TOP_FIVE, event.priorities().orElseThrow().top());
  }

  @Test
  void assess_endOf2010_attainsStep6AndReportsTheMaturitySigns() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, LocalDate.of(2010, 12, 31));
    // The second age range comes with the legal outreach residents organised (bingo serves all ages).
    assertEquals(date(2010, 5, 11), a.step(Step.TAKING_ACTION).attainedOn());
    assertEquals(List.of("connexions-kept", "community-bingo", "legal-outreach"), a.step(Step.TAKING_ACTION).evidenceIds());
    assertEquals(Optional.of(Step.CONTINUED_TRAJECTORY), a.frontier());
    List<Finding> signs = a.report().forRule(JourneyRules.MATURITY_SIGNS);
    assertEquals(1, signs.size());
    assertEquals("0", signs.get(0).args().get("signs"));
    assertEquals(Path.of("steps", "7"), signs.get(0).path());
  }

  @Test
  void assess_beforeTheListeningEvent_ignoresLaterEvidence() {
    StepAssessment a = JourneyRules.assess(TOWNSTAL, LocalDate.of(2009, 4, 3));
    assertEquals(Optional.of(Step.LISTENING), a.frontier());
    assertFalse(a.step(Step.FORMALISE).isAttained());
    assertEquals(date(2009, 3, 3), a.step(Step.LOCATE_ENERGY).attainedOn());
  }

  @Test
  void partnership_hasTheTreasurerAndSecretaryGapAndTheKeyResidentWarning() {
    List<Finding> findings = GovernanceRules.evaluate(TOWNSTAL.partnership(), END_2009).findings();
    assertEquals(List.of("Governance:OfficesFilled /board/officers/secretary ERROR",
        "Governance:OfficesFilled /board/officers/treasurer ERROR", "Governance:KeyResidents /board/members WARNING"),
        findings.stream().map(f -> f.ruleId() + " " + f.path() + " " + f.severity()).toList());
  }

  @Test
  void stepHistory_attainsSteps1To6By2010WithoutLapses() {
    StepHistory history = StepHistory.of(TOWNSTAL, LocalDate.of(2010, 12, 31));
    assertEquals(6, history.changes().size(), history::toString);
    assertTrue(history.changes().stream().allMatch(c -> c.kind() == StepChange.Kind.ATTAINED));
    assertTrue(history.holdsOn(Step.SUSTAIN_MOMENTUM, LocalDate.of(2010, 12, 31)));
  }

  @Test
  void toString_isATableOfStepsThenFindings() {
    String text = JourneyRules.assess(TOWNSTAL, END_2009).toString();
    String[] lines = text.split("\n");
    assertEquals("Journey of P-TOWNSTAL as of 2009-12-31; frontier: step 6 Taking action", lines[0]);
    assertEquals("step                                   attained on  evidence  missing", lines[1]);
    assertEquals("1 Locate energy for change             2009-03-03          4  -", lines[2]);
    assertEquals("6 Taking action                        -                   1  age_range_activities (0 of 2 age ranges)",
        lines[7]);
    assertEquals("findings:", lines[9]);
    assertTrue(lines[10].startsWith("INFO    Journey:EvidenceOrder at /activities/exchange-beacon on 2009-02-10: "
        + "exchange visit on 2009-02-10 precedes the connecting workshop on 2009-03-03"), lines[10]);
  }
}
