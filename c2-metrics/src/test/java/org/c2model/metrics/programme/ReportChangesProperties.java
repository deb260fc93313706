package org.c2model.metrics.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.journey.Journey;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Step;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;

/**
 * The change list between two reports: nothing between a report and itself, every difference of the
 * two snapshots in exactly one category, and the two directions mirror images of each other.
 */
class ReportChangesProperties {

  private static final List<String> RULES = List.of("Governance:ResidentMajority /board/members",
      "Governance:OfficerRoles /board/officers/chair", "Journey:FollowUpTimely /activities/3", "Governance:Quorum ");
  private static final List<String> INDICATORS = List.of("asb-incidents", "burglary", "criminal-damage", "ae-visits");
  private static final List<String> VERDICTS = List.of("better", "similar", "worse", "higher", "lower", "not_compared");
  private static final List<String> PEOPLE = List.of("R1", "R2", "R3", "R7", "A1", "A2");

  @Provide
  Arbitrary<ReportSnapshot> snapshots() {
    Arbitrary<Set<Step>> steps = Arbitraries.of(Step.class).set();
    Arbitrary<Map<String, Severity>> failures = Arbitraries.maps(Arbitraries.of(RULES),
        Arbitraries.of(Severity.WARNING, Severity.ERROR));
    Arbitrary<Map<String, String>> verdicts = Arbitraries.maps(Arbitraries.of(INDICATORS), Arbitraries.of(VERDICTS));
    Arbitrary<Set<String>> people = Arbitraries.of(PEOPLE).set();
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 1500).map(d -> LocalDate.of(2009, 1, 1).plusDays(d));
    return Combinators.combine(steps, failures, verdicts, people, dates).as((s, f, v, p, d) -> ReportSnapshot.builder()
        .neighbourhoodId("N-TOWNSTAL").asOf(d).attainedSteps(s).ruleFailures(f).verdicts(v).weakConnectors(p).build());
  }

  @Property
  void aSnapshotComparedWithItselfListsNothing(@ForAll("snapshots") ReportSnapshot a) {
    ReportChanges changes = ReportChanges.between(a, a);
    assertTrue(changes.isEmpty(), changes::toString);
    assertTrue(changes.findings().isEmpty());
  }

  @Property
  void everyDifferenceAppearsInExactlyOneCategory(@ForAll("snapshots") ReportSnapshot a,
      @ForAll("snapshots") ReportSnapshot b) {
    ReportChanges changes = ReportChanges.between(a, b);
    // The categories partition the changes: their lists add up to all of them, with no change twice.
    List<ReportChange> byCategory = new ArrayList<>();
    Map<ChangeCategory, Integer> counts = new EnumMap<>(ChangeCategory.class);
    for (ChangeCategory c : ChangeCategory.values()) {
      byCategory.addAll(changes.inCategory(c));
      counts.put(c, changes.inCategory(c).size());
    }
    assertEquals(changes.changes(), byCategory);
    assertEquals(changes.changes().size(), new HashSet<>(changes.changes().stream()
        .map(c -> c.category().name().replaceAll("_(ATTAINED|LAPSED|STARTED|ENDED|GAINED|LOST)$", "") + " "
            + c.subject()).collect(Collectors.toList())).size(), "a subject in two categories of one kind");
    // ... and each count is exactly the difference of the snapshots, recomputed from the sets.
    Set<Step> gained = new HashSet<>(b.attainedSteps());
    gained.removeAll(a.attainedSteps());
    Set<Step> lapsed = new HashSet<>(a.attainedSteps());
    lapsed.removeAll(b.attainedSteps());
    assertEquals(gained.size(), counts.get(ChangeCategory.STEP_ATTAINED));
    assertEquals(lapsed.size(), counts.get(ChangeCategory.STEP_LAPSED));
    Set<String> started = new HashSet<>(b.ruleFailures().keySet());
    started.removeAll(a.ruleFailures().keySet());
    Set<String> ended = new HashSet<>(a.ruleFailures().keySet());
    ended.removeAll(b.ruleFailures().keySet());
    assertEquals(started.size(), counts.get(ChangeCategory.RULE_FAILURE_STARTED));
    assertEquals(ended.size(), counts.get(ChangeCategory.RULE_FAILURE_ENDED));
    long verdicts = INDICATORS.stream().filter(i -> !a.verdicts().getOrDefault(i, ReportChange.NOT_MEASURED)
        .equals(b.verdicts().getOrDefault(i, ReportChange.NOT_MEASURED))).count();
    assertEquals(verdicts, (long) counts.get(ChangeCategory.VERDICT_CHANGED));
    Set<String> newPeople = new HashSet<>(b.weakConnectors());
    newPeople.removeAll(a.weakConnectors());
    Set<String> lostPeople = new HashSet<>(a.weakConnectors());
    lostPeople.removeAll(b.weakConnectors());
    assertEquals(newPeople.size(), counts.get(ChangeCategory.WEAK_CONNECTOR_GAINED));
    assertEquals(lostPeople.size(), counts.get(ChangeCategory.WEAK_CONNECTOR_LOST));
    // Every change becomes one finding of its category's rule id, dated on the later report.
    assertEquals(changes.changes().size(), changes.findings().size());
    for (int i = 0; i < changes.changes().size(); i++) {
      assertEquals(changes.changes().get(i).category().ruleId(), changes.findings().get(i).ruleId());
      assertEquals(b.asOf(), changes.findings().get(i).date());
    }
  }

  @Property
  void theTwoDirectionsAreMirrorImages(@ForAll("snapshots") ReportSnapshot a, @ForAll("snapshots") ReportSnapshot b) {
    Set<ReportChange> forwards = ReportChanges.between(a, b).changes().stream().map(ReportChange::mirror)
        .collect(Collectors.toSet());
    Set<ReportChange> backwards = new HashSet<>(ReportChanges.between(b, a).changes());
    assertEquals(forwards, backwards);
  }

  @Property(tries = 15)
  void anEvaluatedReportComparedWithItselfListsNothing(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    if (asOf.isBefore(journey.start())) {
      return;
    }
    EvaluationReport report = Evaluation.builder().journey(journey).asOf(asOf).build().run();
    assertTrue(ReportChanges.between(report, report).isEmpty());
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return JourneyArbitraries.assessmentDates();
  }
}
