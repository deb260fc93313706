package org.c2model.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private final IndicatorCatalogue standard = IndicatorCatalogue.standard();

  @Test
  void standard_coversEveryRowOfTable2() {
    List<String> expected = List.of("ae-visits", "alcohol-admissions", "cardiovascular-admissions",
        "teenage-conceptions", "post-natal-depression", "gp-visits-anxiety-depression", "asthma", "diabetes",
        "vaccination-uptake", "breastfeeding-6-weeks", "smoking-prevalence", "childhood-obesity",
        "asb-incidents", "criminal-damage", "burglary", "vehicle-crime", "drug-offences", "domestic-violence",
        "fire-callouts", "school-absence", "school-exclusions", "new-cjs-entrants",
        "child-protection-referrals", "educational-attainment", "free-school-meals", "benefit-claimants",
        "parent-attendance");
    assertEquals(expected, standard.ids());
  }

  @Test
  void standard_groupsMatchTable2() {
    Map<IndicatorGroup, Long> sizes = standard.indicators().stream()
        .collect(Collectors.groupingBy(LongTermIndicator::group, Collectors.counting()));
    assertEquals(Map.of(IndicatorGroup.DIRECTLY_COSTABLE, 3L, IndicatorGroup.COSTABLE_ENVIRONMENTAL, 6L,
        IndicatorGroup.OTHER_HEALTH, 3L, IndicatorGroup.HEALTH_CORRELATED, 9L, IndicatorGroup.COST_TRIGGERING, 2L,
        IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE, 4L), sizes);
    assertEquals(IndicatorDomain.HEALTH, standard.get("asthma").domain());
    assertEquals(IndicatorDomain.NON_HEALTH, standard.get("burglary").domain());
  }

  @Test
  void standard_crimeMovesWithinAYearHealthAndEducationTake3To5Years() {
    for (String crime : List.of("asb-incidents", "criminal-damage", "burglary", "vehicle-crime", "drug-offences")) {
      assertEquals(Horizon.WITHIN_A_YEAR, standard.get(crime).horizon(), crime);
    }
    assertEquals(Horizon.THREE_TO_FIVE_YEARS, standard.get("ae-visits").horizon());
    assertEquals(Horizon.THREE_TO_FIVE_YEARS, standard.get("educational-attainment").horizon());
  }

  @Test
  void standard_recordsDirectionAndSourceIds() {
    assertEquals(Improvement.HIGHER_IS_BETTER, standard.get("vaccination-uptake").improvement());
    assertEquals(Improvement.LOWER_IS_BETTER, standard.get("teenage-conceptions").improvement());
    assertEquals(20401, standard.get("teenage-conceptions").fingertipsId().orElseThrow());
    assertEquals("anti-social-behaviour", standard.get("asb-incidents").policeUkCategory().orElseThrow());
    assertTrue(standard.get("ae-visits").fingertipsId().isEmpty());
    assertEquals(MeasureType.PROPORTION, standard.get("breastfeeding-6-weeks").measureType());
  }

  @Test
  void with_returnsNewCatalogueLeavingStandardUnchanged() {
    IndicatorCatalogue ours = standard.with(LongTermIndicator.of("fly-tipping", "Fly-tipping reports",
        IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE, MeasureType.COUNT, Improvement.LOWER_IS_BETTER,
        Horizon.WITHIN_A_YEAR));
    assertEquals(28, ours.indicators().size());
    assertTrue(ours.contains("fly-tipping"));
    assertFalse(standard.contains("fly-tipping"));
    assertEquals("fly-tipping", ours.inGroup(IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE).get(4).id());
  }

  @Test
  void with_rejectsDuplicateId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> standard.with(LongTermIndicator.of(
        "burglary", "Our burglary", IndicatorGroup.HEALTH_CORRELATED, MeasureType.COUNT,
        Improvement.LOWER_IS_BETTER, Horizon.WITHIN_A_YEAR)));
    assertEquals("indicators[27].id", e.field().orElseThrow());
    assertEquals("burglary", e.invalidValue().orElseThrow());
  }

  @Test
  void of_rejectsMalformedIdAndBadFingertipsId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LongTermIndicator.of("A&E",
        "A&E", IndicatorGroup.DIRECTLY_COSTABLE, MeasureType.COUNT, Improvement.LOWER_IS_BETTER,
        Horizon.THREE_TO_FIVE_YEARS));
    assertEquals("id", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("'A&E'"));
    InvalidValueException f = assertThrows(InvalidValueException.class, () -> LongTermIndicator.builder()
        .from(standard.get("asthma")).fingertipsId(0).build());
    assertEquals("fingertipsId", f.field().orElseThrow());
  }

  @Test
  void get_rejectsUnknownId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> standard.get("nope"));
    assertEquals("indicatorId", e.field().orElseThrow());
    assertEquals(Set.of(), Set.copyOf(standard.inGroup(IndicatorGroup.OTHER_HEALTH).stream()
        .filter(i -> i.domain() != IndicatorDomain.HEALTH).collect(Collectors.toList())));
  }

  @Test
  void toString_isATableOfIds() {
    String s = standard.toString();
    assertTrue(s.startsWith("IndicatorCatalogue (27 indicators)"), s);
    assertTrue(s.contains("burglary"), s);
  }

  @Test
  void intermediateOutcome_fromCodeRoundTrips() {
    for (IntermediateOutcome o : IntermediateOutcome.values()) {
      assertEquals(o, IntermediateOutcome.fromCode(o.code()));
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IntermediateOutcome.fromCode("x"));
    assertEquals("intermediateOutcome", e.field().orElseThrow());
  }
}
