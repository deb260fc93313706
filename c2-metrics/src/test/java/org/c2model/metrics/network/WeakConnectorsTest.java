package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.graph.TieDistance;
import org.junit.jupiter.api.Test;

/**
 * The person-level API: two resident groups of six (R1-R6 and R7-R12) known to each other since
 * 2009, joined in 2010 by agency worker A1 (tied to R1 and R7); agency worker A2 is tied to R2 only.
 */
class WeakConnectorsTest {

  private static final LocalDate Y2009 = LocalDate.of(2009, 6, 1);
  private static final LocalDate Y2010 = LocalDate.of(2010, 6, 1);

  private static CommunityNetwork twoGroups() {
    CommunityNetwork.Builder b = CommunityNetwork.builder()
        .resident("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12")
        .agencyStaff("A1", "A2");
    for (int base : new int[] {1, 7}) {
      for (int i = 0; i < 6; i++) {
        for (int j = i + 1; j < 6; j++) {
          b.tie("R" + (base + i), "R" + (base + j), Y2009);
        }
      }
    }
    return b.tie("A1", "R1", Y2010).tie("R7", "A1", Y2010).tie("A2", "R2", Y2010).build();
  }

  @Test
  void of_twoGroupsJoinedByOneWorker_findsSinglePersonDependencies() {
    WeakConnectors found = WeakConnectors.of(twoGroups(), Y2010);
    List<Finding> findings = found.findings();
    assertEquals(List.of("A1", "R1", "R7"),
        findings.stream().map(f -> f.args().get("personId")).collect(Collectors.toList()));
    for (Finding f : findings) {
      assertEquals(WeakConnectors.SINGLE_PERSON_DEPENDENCY, f.ruleId());
      assertEquals(Severity.WARNING, f.severity());
      assertEquals(Y2010, f.date());
    }
    assertEquals(Path.of("network", "people", "A1"), findings.get(0).path());
    assertEquals("6", findings.get(0).args().get("splitOff"));
    assertEquals("14", findings.get(0).args().get("people"));
  }

  @Test
  void of_twoGroupsJoinedByOneWorker_ranksEachAffiliationWithReasons() {
    WeakConnectors found = WeakConnectors.of(twoGroups(), Y2010);
    List<WeakConnectorCandidate> staff = found.agencyStaff();
    assertEquals(1, staff.size());                        // A2 is a leaf: betweenness 0
    WeakConnectorCandidate a1 = staff.get(0);
    assertEquals("A1", a1.personId());
    assertEquals(1, a1.rank());
    // A1 and R1 share the highest betweenness (R7 is just below): 2 of 14 people, more than a tenth, so
    // neither stands out by betweenness; each is listed because the network depends on them.
    assertEquals(Set.of(CandidateReason.ARTICULATION_POINT, CandidateReason.SINGLE_PERSON_DEPENDENCY), a1.reasons());
    assertTrue(a1.explanation().contains("cuts off 6 people"));
    List<String> residents = found.residents().stream().map(WeakConnectorCandidate::personId)
        .collect(Collectors.toList());
    // R1 and R7 do not stand out by betweenness (A1 and R1 tie at the top, 2 of 14 people, more than a
    // tenth), but each cuts off a group of five. R2 links only the leaf A2: not listed.
    assertEquals(List.of("R1", "R7"), residents);
    assertEquals(Set.of(CandidateReason.ARTICULATION_POINT, CandidateReason.SINGLE_PERSON_DEPENDENCY),
        found.residents().get(0).reasons());
    assertTrue(a1.explanation().contains("2 of 14 people (14.3%) have betweenness as high, network median 0.0000"),
        a1.explanation());
    // Give A1 a resident reached only through them and A1 alone stands out.
    CommunityNetwork more = CommunityNetwork.builder().from(twoGroups()).resident("R13").tie("A1", "R13", Y2010).build();
    WeakConnectorCandidate alone = WeakConnectors.of(more, Y2010).agencyStaff().get(0);
    assertEquals("A1", alone.personId());
    assertTrue(alone.reasons().contains(CandidateReason.HIGH_BETWEENNESS), alone::toString);
    assertTrue(alone.explanation().contains("1 of 15 people (6.7%) have betweenness as high"), alone.explanation());
    assertTrue(alone.explanation().contains("stands out: in the top 10.0% and more than 2 times the median"),
        alone.explanation());
    assertEquals(found.residents(), found.candidates(Affiliation.RESIDENT));
    String text = found.toString();
    assertTrue(text.contains("Agency staff: 1 candidate"), text);
    assertTrue(text.contains("Network:SinglePersonDependency"), text);
  }

  @Test
  void of_higherThreshold_noFindings() {
    NetworkAnalysis analysis = NetworkAnalysis.of(twoGroups(), Y2010);
    WeakConnectors found = WeakConnectors.of(analysis,
        WeakConnectorThresholds.builder().singlePersonShare(0.5).candidatesPerAffiliation(1).build());
    assertTrue(found.findings().isEmpty());
    // R1 and R7 stand out neither by betweenness (A1 and R1 tie at the top) nor by dependency at 50%.
    assertEquals(List.of(), found.residents().stream().map(WeakConnectorCandidate::personId)
        .collect(Collectors.toList()));
  }

  @Test
  void analysis_personMeasures_matchHandCounts() {
    NetworkAnalysis analysis = NetworkAnalysis.of(twoGroups(), Y2010);
    PersonMeasures a1 = analysis.person("A1");
    assertEquals(2, a1.degree());
    // A1 is on every path between R1-R6 plus A2 (7 people) and R7-R12 (6 people) except those ending at R1 or R7.
    // Pairs through A1: {R1..R6, A2} x {R7..R12} = 42.
    assertEquals(42.0, a1.betweenness(), 1e-9);
    assertEquals(42.0 / (13 * 12 / 2.0), a1.normalisedBetweenness(), 1e-9);
    assertTrue(a1.articulationPoint());
    assertEquals(List.of("R1", "R2", "R7", "A1"), analysis.articulationPoints());
    assertEquals(3, analysis.bridges().size());          // A1-R1, A1-R7, A2-R2
    assertEquals(0.5, a1.constraint().getAsDouble(), 1e-9);
    assertEquals(0.0, analysis.summary().fragmentation());
    assertEquals(1, analysis.summary().components());
    assertThrows(InvalidValueException.class, () -> analysis.person("nobody"));
    assertTrue(analysis.toString().contains("articulation points"));
  }

  @Test
  void change_between2009And2010_lessFragmented() {
    NetworkChange change = NetworkChange.between(twoGroups(), Y2009, Y2010);
    assertEquals(4, change.before().components());     // two groups, A1 and A2 alone
    assertEquals(1, change.after().components());
    assertEquals(-3, change.componentsChange());
    assertEquals(1 - 60.0 / 182, change.before().fragmentation(), 1e-12);
    assertTrue(change.isLessFragmented());
    assertEquals(1.0, change.before().meanDistance().getAsDouble(), 1e-12);
    assertTrue(change.meanDistanceChange().getAsDouble() > 0);
    assertTrue(change.toString().contains("less fragmented"), change.toString());
  }

  @Test
  void change_afterBeforeBefore_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> NetworkChange.between(twoGroups(), Y2010, Y2009));
    assertEquals("after", e.field().orElseThrow());
    assertEquals("2009-06-01", e.invalidValue().orElseThrow());
  }

  @Test
  void asOf_keepsPeopleAndEarlierTies() {
    CommunityNetwork early = twoGroups().asOf(Y2009);
    assertEquals(14, early.people().size());
    assertEquals(30, early.ties().size());
  }

  @Test
  void builder_tieToUnknownPerson_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CommunityNetwork.builder().resident("R1").tie("R1", "X9", Y2009).build());
    assertEquals("ties[0].second", e.field().orElseThrow());
    assertEquals("'X9'", e.invalidValue().orElseThrow());
  }

  @Test
  void tie_selfTie_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Tie.of("R1", "R1", Y2009));
    assertEquals("second", e.field().orElseThrow());
  }

  @Test
  void tie_zeroWeight_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Tie.of("R1", "R2", 0, Y2009));
    assertEquals("weight", e.field().orElseThrow());
    assertEquals("R1 - R2 (weight 2.5, since 2009-06-01)", Tie.of("R1", "R2", 2.5, Y2009).toString());
  }

  @Test
  void thresholds_shareAboveOne_throwsNamingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> WeakConnectorThresholds.builder().singlePersonShare(1.5).build());
    assertEquals("singlePersonShare", e.field().orElseThrow());
    assertEquals(0.10, WeakConnectorThresholds.defaults().singlePersonShare());
  }

  @Test
  void fromGatherings_weightsBySharedGatheringsAsOfDate() {
    Map<String, Affiliation> people = new LinkedHashMap<>();
    people.put("R1", Affiliation.RESIDENT);
    people.put("R2", Affiliation.RESIDENT);
    people.put("A1", Affiliation.AGENCY_STAFF);
    people.put("R3", Affiliation.RESIDENT);
    List<Gathering> gatherings = List.of(
        Gathering.of(LocalDate.of(2009, 11, 12), "R1", "R2", "A1"),
        Gathering.of(LocalDate.of(2009, 12, 3), "A1", "R1"),
        Gathering.of(LocalDate.of(2010, 2, 1), "R3", "A1"));
    CommunityNetwork network = CommunityNetwork.fromGatherings(people, gatherings, LocalDate.of(2010, 1, 1));
    assertEquals(List.of(
        Tie.of("R1", "R2", 1, LocalDate.of(2009, 11, 12)),
        Tie.of("R1", "A1", 2, LocalDate.of(2009, 11, 12)),
        Tie.of("R2", "A1", 1, LocalDate.of(2009, 11, 12))), network.ties());
    NetworkAnalysis analysis = NetworkAnalysis.of(network, LocalDate.of(2010, 1, 1),
        NetworkOptions.builder().tieDistance(TieDistance.INVERSE_STRENGTH).parallelism(1).build());
    assertEquals(3.0, analysis.person("R1").strength());
    assertFalse(analysis.person("R3").constraint().isPresent());
    assertEquals(2, analysis.summary().components());
  }

  @Test
  void fromGatherings_unknownAttendee_throwsNamingField() {
    Map<String, Affiliation> people = Map.of("R1", Affiliation.RESIDENT);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CommunityNetwork.fromGatherings(
        people, List.of(Gathering.of(Y2009, "R1", "Z1")), Y2010));
    assertEquals("gatherings[0].attendees[1]", e.field().orElseThrow());
  }

  @Test
  void affiliation_ofPartnershipPeople() {
    assertEquals(Affiliation.RESIDENT, Affiliation.of(org.c2model.core.partnership.Resident.of("R1")));
    assertEquals(Affiliation.AGENCY_STAFF, Affiliation.fromCode("agency_staff"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Affiliation.fromCode("mayor"));
    assertEquals("affiliation", e.field().orElseThrow());
  }
}
