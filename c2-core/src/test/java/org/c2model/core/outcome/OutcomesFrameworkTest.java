package org.c2model.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class OutcomesFrameworkTest {

  private final OutcomesFramework standard = OutcomesFramework.standard();

  @Test
  void standard_everyIndicatorIsDrivenByAnOutcome() {
    for (LongTermIndicator i : standard.catalogue().indicators()) {
      assertFalse(standard.outcomesDriving(i.id()).isEmpty(), i.id());
    }
  }

  @Test
  void indicatorsDrivenBy_answersTheForwardQuestion() {
    List<String> ids = standard.indicatorsDrivenBy(IntermediateOutcome.RESIDENT_ACTIVITIES).stream()
        .map(LongTermIndicator::id).collect(Collectors.toList());
    assertTrue(ids.containsAll(List.of("asb-incidents", "fire-callouts", "childhood-obesity")), ids.toString());
    // catalogue order, not link order
    assertEquals("alcohol-admissions", ids.get(0));
  }

  @Test
  void outcomesDriving_answersTheReverseQuestion() {
    assertEquals(EnumSet.allOf(IntermediateOutcome.class), standard.outcomesDriving("asb-incidents"));
    assertEquals(EnumSet.of(IntermediateOutcome.SERVICE_CHANGES), standard.outcomesDriving("burglary"));
    assertEquals(3, standard.linksTo("asb-incidents").size());
    assertFalse(standard.linksTo("asb-incidents").get(0).rationale().isBlank());
  }

  @Test
  void withLinks_rejectsUnknownIndicatorAndDuplicatePair() {
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> standard.withLinks(
        OutcomeLink.of(IntermediateOutcome.SERVICE_CHANGES, "fly-tipping", "Street cleaning")));
    assertEquals("links[" + standard.links().size() + "].indicatorId", unknown.field().orElseThrow());
    assertEquals("'fly-tipping'", unknown.invalidValue().orElseThrow());
    InvalidValueException dup = assertThrows(InvalidValueException.class, () -> standard.withLinks(
        OutcomeLink.of(IntermediateOutcome.SERVICE_CHANGES, "burglary", "Again")));
    assertEquals("'burglary'", dup.invalidValue().orElseThrow());
  }

  @Test
  void withIndicatorsThenLinks_extendsBothWays() {
    OutcomesFramework ours = standard
        .withIndicators(LongTermIndicator.of("fly-tipping", "Fly-tipping reports",
            IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE, MeasureType.COUNT, Improvement.LOWER_IS_BETTER,
            Horizon.WITHIN_A_YEAR))
        .withLinks(OutcomeLink.of(IntermediateOutcome.COMMUNITY_ORGANISATION, "fly-tipping", "Pride of place"));
    assertEquals(EnumSet.of(IntermediateOutcome.COMMUNITY_ORGANISATION), ours.outcomesDriving("fly-tipping"));
    assertThrows(InvalidValueException.class, () -> standard.outcomesDriving("fly-tipping"));
  }

  @Test
  void outcomeLink_rejectsBlankRationale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OutcomeLink.of(IntermediateOutcome.SERVICE_CHANGES, "burglary", " "));
    assertEquals("rationale", e.field().orElseThrow());
  }

  @Test
  void toString_listsEachOutcome() {
    String s = standard.toString();
    for (IntermediateOutcome o : IntermediateOutcome.values()) {
      assertTrue(s.contains(o.code() + " -> "), s);
    }
  }
}
