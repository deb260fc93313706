package org.c2model.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.Organisers;
import org.c2model.core.journey.ResidentActivity;
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
    // The five service changes of the paper (sec. 5) and the grit bins (sec. 6); bingo and the legal
    // outreach service are activities residents organised.
    assertEquals(List.of("connexions-kept", "pshe-lessons", "grit-bins", "security-and-caretakers", "dentist-on-estate",
        "park-refurbished"), ids(IntermediateOutcome.SERVICE_CHANGES, townstal));
    assertEquals(List.of("community-bingo", "legal-outreach"), ids(IntermediateOutcome.RESIDENT_ACTIVITIES, townstal));
  }

  @Test
  void evidenceIn_anAgencyRunActivityIsAServiceChangeNotAResidentActivity() {
    ResidentActivity football = ResidentActivity.builder().id("youth-football").date(java.time.LocalDate.of(2010, 3, 20))
        .name("police-run football").addAgeRanges(AgeRange.YOUNG_PEOPLE).addSupportingAgencyIds("AG-POLICE").build();
    assertEquals(Organisers.AGENCIES, football.organisers());
    Journey j = Townstal.journey().withActivity(football);
    assertTrue(ids(IntermediateOutcome.SERVICE_CHANGES, j).contains("youth-football"));
    assertFalse(ids(IntermediateOutcome.RESIDENT_ACTIVITIES, j).contains("youth-football"));
  }

  @Test
  void residentActivity_organisedByResidentsNeedsAResidentOrganiser() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentActivity.builder().id("x")
        .date(java.time.LocalDate.of(2010, 3, 20)).name("bingo").organisers(Organisers.BOTH).build());
    assertEquals("organisers", e.field().orElseThrow());
    assertEquals("both", e.invalidValue().orElseThrow());
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
    assertEquals(List.of("connexions-kept", "pshe-lessons"),
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
