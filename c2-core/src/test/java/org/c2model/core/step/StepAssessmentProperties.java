package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.Journey;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

class StepAssessmentProperties {

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  @Provide
  Arbitrary<Journey> crowdedJourneys() {
    return JourneyArbitraries.crowdedJourneys();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return JourneyArbitraries.assessmentDates();
  }

  @Property(tries = 200)
  void assessmentAsOfADateIgnoresLaterEvidence(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    List<Activity> earlier = journey.activities().stream().filter(a -> !a.date().isAfter(asOf))
        .collect(Collectors.toList());
    Journey recordedThen = Journey.builder().partnership(journey.partnership()).start(journey.start())
        .activities(earlier).build();
    assertEquals(JourneyRules.assess(recordedThen, asOf), JourneyRules.assess(journey, asOf));
  }

  @Property(tries = 200)
  void addingEvidenceNeverUnattainsAStepNorDelaysIt(@ForAll("journeys") Journey journey, @ForAll long seed,
      @ForAll("dates") LocalDate asOf) {
    Activity extra = JourneyArbitraries.activity("extra", new java.util.SplittableRandom(seed), journey.activities());
    if (extra == null) {
      return;
    }
    StepAssessment before = JourneyRules.assess(journey, asOf);
    StepAssessment after = JourneyRules.assess(journey.withActivity(extra), asOf);
    for (Step step : Step.values()) {
      before.step(step).attainedOn().ifPresent(was -> {
        LocalDate now = after.step(step).attainedOn().orElseThrow(() -> new AssertionError(step + " un-attained"));
        assertTrue(!now.isAfter(was), () -> step + " moved from " + was + " to " + now);
      });
    }
  }

  @Property(tries = 1000)
  void outOfOrderEvidenceNeverProducesAnError(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    StepAssessment a = JourneyRules.assess(journey, asOf);
    assertTrue(a.report().isSuccessful(), a::toString);
    List<Finding> order = a.report().forRule(JourneyRules.EVIDENCE_ORDER);
    for (Finding f : order) {
      assertEquals(Severity.INFO, f.severity());
    }
    Statistics.label("out of order").collect(!order.isEmpty());
    Statistics.label("step 3 attained").collect(a.step(Step.LISTENING).isAttained());
    Statistics.label("warnings").collect(!a.report().bySeverity(Severity.WARNING).isEmpty());
    // 1,000 tries: at 200, the shares near 20% were only three standard errors above the floor
    Statistics.label("out of order").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("step 3 attained").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("warnings").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  @Property(tries = 200)
  void attainedDatesDoNotDependOnTheOrderActivitiesWereRecorded(@ForAll("journeys") Journey journey,
      @ForAll long seed) {
    List<Activity> shuffled = new ArrayList<>(journey.activities());
    Collections.shuffle(shuffled, new Random(seed));
    Journey reordered = Journey.builder().partnership(journey.partnership()).start(journey.start())
        .activities(shuffled).build();
    LocalDate asOf = JourneyArbitraries.START.plusDays(JourneyArbitraries.DAYS);
    StepAssessment a = JourneyRules.assess(journey, asOf);
    StepAssessment b = JourneyRules.assess(reordered, asOf);
    for (Step step : Step.values()) {
      assertEquals(a.step(step).attainedOn(), b.step(step).attainedOn(), step::toString);
    }
    assertEquals(a.frontier(), b.frontier());
  }

  /**
   * The whole assessment, every criterion's detail and evidence, every next action, every finding,
   * and the step history, is the same however the activities were recorded: same-day activities are
   * taken in id order ({@link JourneyProgress#timeline()}). Crowded journeys put many activities on
   * one day, where recorded order and id order differ most.
   */
  @Property(tries = 300)
  void theWholeAssessmentDoesNotDependOnTheOrderActivitiesWereRecorded(
      @ForAll("crowdedJourneys") Journey journey, @ForAll long seed) {
    List<Activity> shuffled = new ArrayList<>(journey.activities());
    Collections.shuffle(shuffled, new Random(seed));
    Journey reordered = Journey.builder().from(journey).activities(shuffled).build();
    LocalDate asOf = JourneyArbitraries.START.plusDays(JourneyArbitraries.CROWDED_DAYS + 60);
    assertEquals(JourneyRules.assess(journey, asOf), JourneyRules.assess(reordered, asOf));
    assertEquals(StepHistory.of(journey, asOf).changes(), StepHistory.of(reordered, asOf).changes());
    assertEquals(JourneyRules.progress(journey, asOf, RuleThresholds.defaults()).timeline(),
        JourneyRules.progress(reordered, asOf, RuleThresholds.defaults()).timeline());
    Statistics.label("same-day activities of one type with ids out of text order")
        .collect(sameDaySameTypeOutOfTextOrder(journey));
    Statistics.label("same-day activities of one type with ids out of text order")
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  private static boolean sameDaySameTypeOutOfTextOrder(Journey journey) {
    List<Activity> all = journey.activities();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Activity a = all.get(i);
        Activity b = all.get(j);
        if (a.date().equals(b.date()) && a.getClass() == b.getClass() && a.id().compareTo(b.id()) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Property(tries = 100)
  void frontierIsTheLowestStepNotAttained(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    StepAssessment a = JourneyRules.assess(journey, asOf);
    a.frontier().ifPresentOrElse(f -> {
      assertTrue(!a.step(f).isAttained());
      for (Step s : Step.values()) {
        if (s.compareTo(f) < 0) {
          assertTrue(a.step(s).isAttained());
        }
      }
    }, () -> assertEquals(7, a.attainedSteps().size()));
  }
}
