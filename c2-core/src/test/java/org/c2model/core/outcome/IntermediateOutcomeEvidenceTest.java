package org.c2model.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.SurveyItem;
import org.c2model.core.journey.SurveyMeasure;
import org.junit.jupiter.api.Test;

class IntermediateOutcomeEvidenceTest {

  private static List<String> ids(IntermediateOutcome outcome, Journey journey) {
    return outcome.evidenceIn(journey).stream().map(Activity::id).toList();
  }

  @Test
  void evidenceIn_townstalServiceChangesAndResidentActivities() {
    Journey townstal = Townstal.journey();
    assertEquals(List.of("grit-bins", "security-and-caretakers", "connexions-kept", "dentist-on-estate", "legal-outreach"),
        ids(IntermediateOutcome.SERVICE_CHANGES, townstal));
    assertEquals(List.of("community-bingo", "youth-football"), ids(IntermediateOutcome.RESIDENT_ACTIVITIES, townstal));
  }

  @Test
  void evidenceIn_communityOrganisationHoldsTheSurveyAndPublicMeetings() {
    List<Activity> evidence = IntermediateOutcome.COMMUNITY_ORGANISATION.evidenceIn(Townstal.journey());
    assertTrue(evidence.stream().anyMatch(a -> a.id().equals("pilot-survey")));
    assertEquals(18 + 1, evidence.size(), "18 monthly public meetings from July 2009 and the survey");
    assertTrue(evidence.stream().noneMatch(a -> a.id().equals("meeting-2009-06-02")), "executive meetings are not public");
  }

  @Test
  void evidenceIn_isDatedAsOfTheJourneysSnapshot() {
    assertEquals(List.of("grit-bins"),
        ids(IntermediateOutcome.SERVICE_CHANGES, Townstal.journey().asOf(java.time.LocalDate.of(2009, 12, 31))));
  }

  @Test
  void surveyItem_rejectsMorePositiveAnswersThanRespondents() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SurveyItem.of(SurveyMeasure.BELONGING, 26, 25));
    assertEquals("positive", e.field().orElseThrow());
    assertEquals("26", e.invalidValue().orElseThrow());
  }

  @Test
  void communitySurvey_rejectsTwoItemsForOneMeasure() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CommunitySurvey.builder().id("s")
        .date(java.time.LocalDate.of(2010, 1, 1))
        .addItems(SurveyItem.of(SurveyMeasure.BELONGING, 1, 2), SurveyItem.of(SurveyMeasure.BELONGING, 2, 2)).build());
    assertEquals("items[1].measure", e.field().orElseThrow());
  }
}
