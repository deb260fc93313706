package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.fixtures.Townstal;
import org.junit.jupiter.api.Test;

/** The network derived from the Townstal journey (C2-DOMAIN.md section 6). */
class JourneyNetworkTest {

  private static final LocalDate WORKSHOP_DAY = LocalDate.of(2009, 3, 3);

  @Test
  void fromJourney_connectingWorkshopFormsOneComponent() {
    CommunityNetwork network = CommunityNetwork.fromJourney(Townstal.journey(), WORKSHOP_DAY);
    NetworkAnalysis analysis = NetworkAnalysis.of(network, WORKSHOP_DAY);
    List<String> workshop = new ArrayList<>(Townstal.workshopAgencyRepresentatives());
    workshop.addAll(Townstal.workshopKeyResidents());
    assertEquals(21, workshop.size(), "18 agency representatives and 3 key residents");
    for (String id : workshop) {
      // Tied to the 20 others: the workshop is a clique, so the 21 are one component.
      assertTrue(analysis.person(id).degree() >= 20, id + " degree " + analysis.person(id).degree());
    }
    assertTrue(analysis.summary().largestComponent() >= 21, analysis.summary()::toString);
    assertEquals(Affiliation.RESIDENT, analysis.person(Townstal.workshopKeyResidents().get(0)).affiliation());
    assertEquals(Affiliation.AGENCY_STAFF, analysis.person(Townstal.workshopAgencyRepresentatives().get(0)).affiliation());
  }

  @Test
  void fromJourney_ignoresActivitiesAfterTheDate() {
    CommunityNetwork before = CommunityNetwork.fromJourney(Townstal.journey(), WORKSHOP_DAY.minusDays(1));
    NetworkAnalysis analysis = NetworkAnalysis.of(before, WORKSHOP_DAY.minusDays(1));
    // Before the workshop only the scoping visits and the exchange visit tie people.
    String agencyOnlyAtWorkshop = Townstal.workshopAgencyRepresentatives().stream()
        .filter(id -> !List.of("A03", "A04", "A11", "A17").contains(id)).findFirst().orElseThrow();
    assertEquals(0, analysis.person(agencyOnlyAtWorkshop).degree());
  }

  @Test
  void change_networkBecomesLessFragmentedOverTheJourney() {
    var journey = Townstal.journey();
    NetworkChange change = NetworkChange.of(
        NetworkSummary.of(CommunityNetwork.fromJourney(journey, LocalDate.of(2009, 2, 28)), LocalDate.of(2009, 2, 28)),
        NetworkSummary.of(CommunityNetwork.fromJourney(journey, LocalDate.of(2010, 12, 31)), LocalDate.of(2010, 12, 31)));
    assertTrue(change.after().fragmentation() < change.before().fragmentation(), change::toString);
  }
}
