package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The people and ties a community network accepts, and how it merges a pair named twice. */
class CommunityNetworkTest {

  private static final LocalDate MARCH = LocalDate.of(2010, 3, 1);
  private static final LocalDate JUNE = LocalDate.of(2010, 6, 1);

  @Test
  void builder_personGivenTwoAffiliations_isRejectedNamingPeopleAndTheId() {
    CommunityNetwork.Builder builder = CommunityNetwork.builder().resident("R1");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> builder.agencyStaff("R1"));
    assertEquals("people", e.field().orElseThrow());
    assertTrue(e.invalidValue().orElseThrow().contains("'R1'"), e::getMessage);
    assertTrue(e.getMessage().contains("R1"), e::getMessage);
  }

  @Test
  void builder_agencyStaffThenResident_isRejected() {
    CommunityNetwork.Builder builder = CommunityNetwork.builder().agencyStaff("A1");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> builder.resident("R1", "A1"));
    assertEquals("people", e.field().orElseThrow());
    assertTrue(e.invalidValue().orElseThrow().contains("'A1'"), e::getMessage);
  }

  @Test
  void builder_samePersonListedTwiceWithTheSameAffiliation_isOnePerson() {
    CommunityNetwork network = CommunityNetwork.builder().resident("R1", "R2").resident("R1").build();
    assertEquals(List.of("R1", "R2"), List.copyOf(network.people().keySet()));
  }

  @Test
  void builder_nullId_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> CommunityNetwork.builder().resident((String) null));
  }

  @Test
  void ties_reversedDuplicateAtLaterDate_areMergedKeepingEarliestDateAndLargestWeight() {
    CommunityNetwork network = CommunityNetwork.builder().resident("R1", "R2", "R3")
        .tie("R1", "R2", 1, JUNE)
        .tie("R2", "R3", MARCH)
        .tie("R2", "R1", 3, MARCH.plusMonths(6))
        .tie("R1", "R2", 2, MARCH)
        .build();
    assertEquals(List.of(Tie.of("R1", "R2", 3, MARCH), Tie.of("R2", "R3", 1, MARCH)), network.ties());
    assertTrue(network.toString().contains("ties=2"), network::toString);
    NetworkSummary summary = NetworkSummary.of(network, MARCH.plusYears(1));
    assertEquals(network.ties().size(), summary.ties());
    assertEquals(2, NetworkSummary.of(network, MARCH).ties());
  }

  @Test
  void ties_duplicateAtAnotherDate_toStringAndAnalysisAgree() {
    CommunityNetwork network = CommunityNetwork.builder().resident("R1").agencyStaff("A1")
        .tie("R1", "A1", MARCH).tie("A1", "R1", JUNE).build();
    assertEquals(1, network.ties().size());
    assertTrue(network.toString().contains("ties=1"), network::toString);
    assertEquals(1, NetworkAnalysis.of(network, JUNE).summary().ties());
    assertEquals(network, network.asOf(JUNE));
  }

  @Test
  void ties_noDuplicates_areKeptInTheOrderGiven() {
    CommunityNetwork network = CommunityNetwork.builder().resident("R1", "R2", "R3")
        .tie("R2", "R3", JUNE).tie("R1", "R2", MARCH).build();
    assertEquals(List.of(Tie.of("R2", "R3", JUNE), Tie.of("R1", "R2", MARCH)), network.ties());
  }
}
