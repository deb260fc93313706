package org.c2model.metrics.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Introduction;
import org.junit.jupiter.api.Test;

/** The network derived from the Townstal journey (docs/c2-model.md section 6). */
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
  void fromJourney_anIntroductionTiesTheTwoIntroducedFromItsDateNotTheIntroducer() {
    LocalDate day = LocalDate.of(2009, 2, 20);
    var journey = Townstal.journey().withActivity(Introduction.builder().id("intro-1").date(day)
        .introducerId("A03").firstPersonId("R01").secondPersonId("A17").build());
    List<Tie> ties = CommunityNetwork.fromJourney(journey, day).ties().stream()
        .filter(t -> t.firstObserved().equals(day)).toList();
    assertEquals(1, ties.size(), ties::toString);
    assertEquals(java.util.Set.of("R01", "A17"), java.util.Set.of(ties.get(0).first(), ties.get(0).second()));
    assertTrue(CommunityNetwork.fromJourney(journey, day.minusDays(1)).ties().stream()
        .noneMatch(t -> t.firstObserved().equals(day)));
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

  @Test
  void fromJourney_growsBetweenTheConnectingWorkshopAndTheAsOfDate() {
    // The "before" network is the connecting workshop's, where people start "making many new
    // connections"; the listening event's residents and the partners who joined later add ties.
    NetworkChange change = NetworkChange.fromJourney(Townstal.journey(), LocalDate.of(2010, 12, 31));
    assertEquals(WORKSHOP_DAY, change.before().date());
    assertTrue(change.after().ties() > change.before().ties(), change::toString);
    assertTrue(change.after().isolated() < change.before().isolated(), change::toString);
    assertEquals(0, change.after().isolated(), "everyone listed takes part in something by the end of 2010");
    CommunityNetwork listening = CommunityNetwork.fromJourney(Townstal.journey(), LocalDate.of(2009, 4, 4));
    NetworkAnalysis atListening = NetworkAnalysis.of(listening, LocalDate.of(2009, 4, 4));
    assertTrue(atListening.person("R09").degree() > 0, "listening-event residents are in the network");
  }

  @Test
  void growth_measuresTheNetworkAtEachStepsAttainment() {
    NetworkGrowth growth = NetworkGrowth.of(Townstal.journey(), LocalDate.of(2010, 12, 31));
    List<String> labels = growth.points().stream().map(NetworkGrowth.Point::label).toList();
    assertEquals(List.of("step 2 attained", "connecting workshop", "step 1 attained", "step 3 attained",
        "step 4 attained", "step 5 attained", "step 6 attained", "as of"), labels);
    for (int i = 1; i < growth.points().size(); i++) {
      assertTrue(growth.points().get(i).summary().ties() >= growth.points().get(i - 1).summary().ties(),
          growth::toString);
    }
    assertTrue(growth.grew());
    assertTrue(growth.toString().contains("connecting workshop"), growth::toString);
  }

  @Test
  void weakConnectors_flagOnlyPeopleWhoStandOutWithTheNumbers() {
    LocalDate end = LocalDate.of(2010, 12, 31);
    NetworkAnalysis analysis = NetworkAnalysis.of(CommunityNetwork.fromJourney(Townstal.journey(), end), end);
    WeakConnectors found = WeakConnectors.of(analysis, WeakConnectorThresholds.defaults());
    double[] b = analysis.people().stream().mapToDouble(PersonMeasures::normalisedBetweenness).sorted().toArray();
    double median = b.length % 2 == 1 ? b[b.length / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2;
    List<WeakConnectorCandidate> all = new ArrayList<>(found.residents());
    all.addAll(found.agencyStaff());
    // Monthly public meetings tie nearly everyone to everyone: 15 people share the highest
    // betweenness, far more than a tenth of 35, so nobody stands out and nobody is flagged.
    assertTrue(all.stream().noneMatch(c -> c.reasons().contains(CandidateReason.HIGH_BETWEENNESS)), found::toString);
    for (WeakConnectorCandidate c : all) {
      double x = c.measures().normalisedBetweenness();
      long asHigh = java.util.Arrays.stream(b).filter(v -> v >= x).count();
      if (c.reasons().contains(CandidateReason.HIGH_BETWEENNESS)) {
        assertTrue(x > 2 * median && (asHigh == 1 || asHigh <= 0.1 * b.length), c::toString);
      }
      assertTrue(c.explanation().contains(asHigh + " of " + b.length + " people"), c.explanation());
    }
    // Removal impact is measured on the connected part: no one who is not a cut point moves it.
    for (PersonMeasures p : analysis.people()) {
      if (!p.articulationPoint()) {
        assertEquals(0.0, p.removalImpact(), 1e-12, p::toString);
      }
    }
  }
}
