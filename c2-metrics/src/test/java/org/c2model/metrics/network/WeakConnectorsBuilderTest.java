package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The builders of the network results: stored weak connectors rebuild equal, impossible ones are rejected. */
class WeakConnectorsBuilderTest {

  /** Two resident groups joined by agency worker A1 (tied to R1 and R7): two resident candidates. */
  private static final WeakConnectors TOWNSTAL = WeakConnectors.of(twoGroups(), LocalDate.of(2009, 12, 31));

  private static CommunityNetwork twoGroups() {
    LocalDate day = LocalDate.of(2009, 6, 1);
    CommunityNetwork.Builder b = CommunityNetwork.builder()
        .resident("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12").agencyStaff("A1", "A2");
    for (int base : new int[] {1, 7}) {
      for (int i = 0; i < 6; i++) {
        for (int j = i + 1; j < 6; j++) {
          b.tie("R" + (base + i), "R" + (base + j), day);
        }
      }
    }
    return b.tie("A1", "R1", day).tie("R7", "A1", day).tie("A2", "R2", day).build();
  }

  private static void assertInvalid(String field, String value, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(Optional.of(field), e.field());
    assertEquals(Optional.of(value), e.invalidValue());
  }

  @Test
  void builder_fromTheFoundPartsGivesEqualWeakConnectors() {
    List<WeakConnectorCandidate> residents = new ArrayList<>();
    for (WeakConnectorCandidate c : TOWNSTAL.residents()) {
      residents.add(WeakConnectorCandidate.builder().rank(c.rank())
          .measures(PersonMeasures.builder().from(c.measures()).build())
          .reasons(c.reasons()).explanation(c.explanation()).build());
    }
    WeakConnectors rebuilt = WeakConnectors.builder().date(TOWNSTAL.date()).thresholds(TOWNSTAL.thresholds())
        .summary(NetworkSummary.builder().from(TOWNSTAL.summary()).build())
        .residents(residents).agencyStaff(TOWNSTAL.agencyStaff()).findings(TOWNSTAL.findings()).build();
    assertEquals(TOWNSTAL, rebuilt);
    assertTrue(rebuilt.residents().size() > 1, rebuilt::toString);
  }

  @Test
  void build_candidatesOutOfRankOrOfTheOtherAffiliation_areRejected() {
    List<WeakConnectorCandidate> swapped = new ArrayList<>(TOWNSTAL.residents());
    swapped.add(0, swapped.remove(1));
    assertInvalid("residents[0].rank", "2",
        () -> WeakConnectors.builder().from(TOWNSTAL).residents(swapped).build());
    assertInvalid("agencyStaff[0].measures.affiliation", "resident",
        () -> WeakConnectors.builder().from(TOWNSTAL).agencyStaff(TOWNSTAL.residents()).build());
    assertInvalid("summary.date", "2009-12-30", () -> WeakConnectors.builder().from(TOWNSTAL)
        .summary(NetworkSummary.builder().from(TOWNSTAL.summary()).date(LocalDate.of(2009, 12, 30)).build()).build());
  }

  @Test
  void build_impossibleMeasures_areRejectedNamingTheField() {
    PersonMeasures m = TOWNSTAL.residents().get(0).measures();
    assertInvalid("degree", "-1", () -> PersonMeasures.builder().from(m).degree(-1).build());
    assertInvalid("splitOff", "3", () -> PersonMeasures.builder().from(m).articulationPoint(false).splitOff(3).build());
    assertInvalid("fragmentation", "1.5",
        () -> NetworkSummary.builder().from(TOWNSTAL.summary()).fragmentation(1.5).build());
    assertInvalid("isolated", "99", () -> NetworkSummary.builder().from(TOWNSTAL.summary()).isolated(99).build());
    assertInvalid("reasons", "[articulation_point]", () -> WeakConnectorCandidate.builder()
        .from(TOWNSTAL.residents().get(0)).reasons(Set.of(CandidateReason.ARTICULATION_POINT)).build());
  }
}
