package org.c2model.core.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.outcome.IntermediateOutcome;

/**
 * The West Midlands practice in the step criteria ({@code docs/c2-model.md} section 8).
 * <p>
 * Meetings held online (<i>Positively Local</i> sec. 2.5; {@code docs/c2-model.md} section 2,
 * step 5): their views are reach, never participation, and they count toward step 5's regular
 * meetings and the participation outcome only when someone took part.
 * <p>
 * The asset map in use for step 7's signs (assets to map in step 1, venues in step 7): mapped
 * buildings are suggested as the own venue, mapped assets as what the action plan builds on, by
 * activity id only; mapping never meets a sign by itself.
 */
class PracticeProperties {

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  /**
   * Journeys with up to five more buildings mapped on one day, recorded in any order, with ids whose
   * order as text often differs from it ({@code b12} recorded before {@code b9}): generated journeys
   * alone rarely map two buildings, let alone on one day.
   */
  @Provide
  Arbitrary<Journey> journeysWithBuildings() {
    Arbitrary<List<Integer>> ids = Arbitraries.integers().between(0, 15).list().uniqueElements().ofMaxSize(5);
    Arbitrary<Integer> day = Arbitraries.integers().between(0, JourneyArbitraries.DAYS - 1);
    return Combinators.combine(JourneyArbitraries.journeys(), ids, day).as((journey, numbers, offset) -> {
      List<Activity> buildings = new ArrayList<>();
      for (int n : numbers) {
        buildings.add(CommunityAssetMapped.of("b" + n, JourneyArbitraries.START.plusDays(offset), AssetKind.BUILDING,
            "asset"));
      }
      return journey.withActivities(buildings);
    });
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return JourneyArbitraries.assessmentDates();
  }

  /** Every online meeting with its views set to {@code views}, or cleared when negative. */
  private static Journey withViews(Journey journey, int views) {
    List<Activity> changed = new ArrayList<>();
    for (Activity a : journey.activities()) {
      if (a instanceof PartnershipMeeting m && m.channel() == MeetingChannel.ONLINE) {
        PartnershipMeeting.Builder b = PartnershipMeeting.builder().from(m);
        changed.add(views < 0 ? PartnershipMeeting.builder().id(m.id()).date(m.date()).kind(m.kind())
            .channel(m.channel()).activeParticipants(m.activeParticipants()).questionsAsked(m.questionsAsked())
            .residentIds(m.residentIds()).agencyRepresentativeIds(m.agencyRepresentativeIds()).build()
            : b.views(views).build());
      } else {
        changed.add(a);
      }
    }
    return Journey.builder().from(journey).activities(changed).build();
  }

  @Property
  void viewsNeverCountAsParticipation(@ForAll("journeys") Journey journey, @ForAll("dates") LocalDate asOf,
      @ForAll @IntRange(min = -1, max = 100_000) int views) {
    Journey other = withViews(journey, views);
    assertEquals(JourneyRules.assess(journey, asOf).steps(), JourneyRules.assess(other, asOf).steps());
    for (IntermediateOutcome o : IntermediateOutcome.values()) {
      assertEquals(o.evidenceIn(journey.asOf(asOf)).stream().map(Activity::id).toList(),
          o.evidenceIn(other.asOf(asOf)).stream().map(Activity::id).toList());
    }
  }

  @Property
  void onlineMeetingsWithoutParticipationAreNotMeetings(@ForAll("journeys") Journey journey,
      @ForAll("dates") LocalDate asOf) {
    List<Activity> kept = journey.activities().stream()
        .filter(a -> !(a instanceof PartnershipMeeting m) || m.hadParticipation()).toList();
    Journey without = Journey.builder().from(journey).activities(kept).build();
    CriterionResult all = JourneyRules.assess(journey, asOf).step(Step.of(5))
        .criterion(Criterion.REGULAR_MEETINGS).orElseThrow();
    CriterionResult some = JourneyRules.assess(without, asOf).step(Step.of(5))
        .criterion(Criterion.REGULAR_MEETINGS).orElseThrow();
    assertEquals(some, all);
    // Nor do they close a gap between meetings, in the rule or in the step history.
    assertEquals(JourneyRules.assess(without, asOf).report().forRule(JourneyRules.MEETING_GAP),
        JourneyRules.assess(journey, asOf).report().forRule(JourneyRules.MEETING_GAP));
    assertEquals(StepHistory.of(without, asOf).changes(), StepHistory.of(journey, asOf).changes());
    for (Evidence e : all.evidence()) {
      assertTrue(((PartnershipMeeting) journey.activity(e.id()).orElseThrow()).hadParticipation(), e.id());
    }
  }

  private static Journey monthlyOnline(int activeParticipants) {
    Journey j = Journey.of(Townstal.partnership(), Townstal.START);
    for (int i = 0; i < 3; i++) {
      j = j.withActivity(PartnershipMeeting.builder().id("forum-" + i).date(LocalDate.of(2010, 1 + i, 10))
          .kind(MeetingKind.PUBLIC).channel(MeetingChannel.ONLINE).views(1000).activeParticipants(activeParticipants)
          .questionsAsked(activeParticipants / 2).build());
    }
    return j;
  }

  @Example
  void westMidlandsForum_countsWhenPeopleTookPart() {
    // The council's one-hour forum: over 1,000 post views and 17 active participants (docs/c2-model.md section 8).
    LocalDate asOf = LocalDate.of(2010, 6, 1);
    assertTrue(JourneyRules.assess(monthlyOnline(17), asOf).step(Step.of(5))
        .criterion(Criterion.REGULAR_MEETINGS).orElseThrow().isMet());
    assertFalse(JourneyRules.assess(monthlyOnline(0), asOf).step(Step.of(5))
        .criterion(Criterion.REGULAR_MEETINGS).orElseThrow().isMet());
    assertEquals(3, IntermediateOutcome.COMMUNITY_ORGANISATION.evidenceIn(monthlyOnline(17)).size());
    assertEquals(0, IntermediateOutcome.COMMUNITY_ORGANISATION.evidenceIn(monthlyOnline(0)).size());
  }

  @Example
  void onlineCountsOnAMeetingInAHall_areRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartnershipMeeting.builder()
        .id("m").date(LocalDate.of(2010, 1, 1)).kind(MeetingKind.PUBLIC).views(40).build());
    assertTrue(e.getMessage().contains("views") && e.getMessage().contains("in_person"), e.getMessage());
    InvalidValueException n = assertThrows(InvalidValueException.class, () -> PartnershipMeeting.builder()
        .id("m").date(LocalDate.of(2010, 1, 1)).kind(MeetingKind.PUBLIC).channel(MeetingChannel.ONLINE)
        .activeParticipants(-1).build());
    assertTrue(n.getMessage().contains("activeParticipants"), n.getMessage());
  }

  // ---------------------------------------------------------------- the asset map in use

  private static Optional<String> action(StepResult step, String start) {
    return step.nextActions().stream().filter(a -> a.startsWith(start)).findFirst();
  }

  @Property
  void mappingAssetsNeverMeetsASignAndTheActionsNameExactlyTheMappedOnes(
      @ForAll("journeysWithBuildings") Journey journey, @ForAll("dates") LocalDate asOf) {
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
    // listed in the assessment's timeline order: by date, same-day ones by id, however recorded
    List<String> buildings = mapped.stream().filter(m -> m.kind() == AssetKind.BUILDING)
        .sorted(Comparator.comparing(Activity::date).thenComparing(Activity::id)).map(Activity::id).toList();
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
  void buildingsMappedTheSameDay_areListedByIdWhateverTheOrderRecorded() {
    LocalDate day = LocalDate.of(2009, 3, 1);
    Journey j = Journey.of(Townstal.partnership(), Townstal.START)
        .withActivity(CommunityAssetMapped.of("a9", day, AssetKind.BUILDING, "chapel"))
        .withActivity(CommunityAssetMapped.of("a11", day, AssetKind.BUILDING, "old library"));
    StepResult seven = JourneyRules.assess(j, LocalDate.of(2009, 6, 1)).step(Step.of(7));
    assertEquals(Optional.of("consider the buildings on the asset map as the partnership's own venue, "
        + "such as by community asset transfer: a11, a9"), action(seven, "consider the buildings"));
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
