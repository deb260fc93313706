package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.Journey;

/**
 * The asset map in use for step 7's signs ({@code docs/c2-model.md} section 8: assets to map in
 * step 1, venues in step 7): mapped buildings are suggested as the own venue, mapped assets as what
 * the action plan builds on, by activity id only; mapping never meets a sign by itself.
 */
class AssetMapProperties {

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return JourneyArbitraries.assessmentDates();
  }

  private static Optional<String> action(StepResult step, String start) {
    return step.nextActions().stream().filter(a -> a.startsWith(start)).findFirst();
  }

  @Property
  void mappingAssetsNeverMeetsASignAndTheActionsNameExactlyTheMappedOnes(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    List<Activity> withoutAssets = journey.activities().stream().filter(a -> !(a instanceof CommunityAssetMapped))
        .toList();
    StepResult with = JourneyRules.assess(journey, asOf).step(Step.of(7));
    StepResult without = JourneyRules.assess(Journey.builder().from(journey).activities(withoutAssets).build(), asOf)
        .step(Step.of(7));
    assertEquals(without.attainedOn(), with.attainedOn());
    for (int i = 0; i < with.criteria().size(); i++) {
      assertEquals(without.criteria().get(i).metOn(), with.criteria().get(i).metOn());
    }
    List<CommunityAssetMapped> mapped = journey.asOf(asOf).activities(CommunityAssetMapped.class);
    List<String> buildings = mapped.stream().filter(m -> m.kind() == AssetKind.BUILDING).map(Activity::id).toList();
    boolean venueUnmet = !with.isAttained() && !with.criterion(Criterion.OWN_VENUE).orElseThrow().isMet();
    Optional<String> venue = action(with, "consider the buildings on the asset map");
    assertEquals(venueUnmet && !buildings.isEmpty(), venue.isPresent(), with.nextActions()::toString);
    venue.ifPresent(v -> assertEquals(buildings, List.of(v.substring(v.indexOf(": ") + 2).split(", "))));
    boolean planUnmet = !with.isAttained() && !with.criterion(Criterion.ACTION_PLAN).orElseThrow().isMet();
    Optional<String> plan = action(with, "build the action plan on the ");
    assertEquals(planUnmet && !mapped.isEmpty(), plan.isPresent(), with.nextActions()::toString);
    plan.ifPresent(p -> assertTrue(p.contains(" " + mapped.size() + " mapped assets"), p));
    for (String a : with.nextActions()) {
      for (CommunityAssetMapped m : mapped) {
        assertFalse(a.contains(m.description()) && !m.description().equals("asset"), "no description in " + a);
      }
    }
  }

  @Example
  void aMappedHall_isSuggestedAsTheVenueAndCountedInTheDetail() {
    Journey j = Journey.of(Townstal.partnership(), Townstal.START)
        .withActivity(CommunityAssetMapped.of("asset-hall", LocalDate.of(2009, 3, 1), AssetKind.BUILDING,
            "community hall with kitchen"))
        .withActivity(CommunityAssetMapped.builder().id("asset-skill").date(LocalDate.of(2009, 3, 2))
            .kind(AssetKind.SKILL).description("bookkeeping").personId("R01").build());
    StepResult seven = JourneyRules.assess(j, LocalDate.of(2009, 6, 1)).step(Step.of(7));
    assertTrue(seven.nextActions().contains("consider the buildings on the asset map as the partnership's own venue, "
        + "such as by community asset transfer: asset-hall"), seven.nextActions()::toString);
    assertTrue(seven.nextActions().contains("build the action plan on the 2 mapped assets (1 building, 1 skill)"),
        seven.nextActions()::toString);
    assertEquals("1 building on the asset map", seven.criterion(Criterion.OWN_VENUE).orElseThrow().detail());
    assertEquals("2 assets on the asset map", seven.criterion(Criterion.ACTION_PLAN).orElseThrow().detail());
    assertFalse(seven.criterion(Criterion.OWN_VENUE).orElseThrow().isMet());
  }
}
