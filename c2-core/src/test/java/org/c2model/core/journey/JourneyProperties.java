package org.c2model.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;

/**
 * {@link Journey#withActivity(Activity)} on generated journeys, open and closed, with valid activities
 * and activities that break one invariant (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2: the dated record of a
 * journey).
 */
class JourneyProperties {

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  @Property(tries = 2000)
  void withActivityLeavesTheJourneyAloneAndKeepsEveryInvariantOrNamesTheField(@ForAll("journeys") Journey open,
      @ForAll @IntRange(max = JourneyArbitraries.DAYS + 30) int endOffset, @ForAll boolean closed,
      @ForAll @IntRange(max = 8) int kind, @ForAll long seed) {
    Journey journey = closed ? close(open, endOffset) : open;
    List<Activity> before = List.copyOf(journey.activities());
    Activity candidate = candidate(journey, kind, new SplittableRandom(seed));
    List<String> faults = faults(journey, before, before, candidate);
    int n = before.size();
    try {
      Journey after = journey.withActivity(candidate);
      assertEquals(List.of(), faults, "accepted although it breaks an invariant");
      List<Activity> expected = new ArrayList<>(before);
      expected.add(candidate);
      assertEquals(expected, after.activities());
      for (int i = 0; i < after.activities().size(); i++) {
        assertEquals(List.of(), faults(after, after.activities().subList(0, i), after.activities(), after.activities().get(i)),
            "activities[" + i + "]");
      }
      Statistics.label("outcome").collect("accepted");
    } catch (InvalidValueException e) {
      assertTrue(!faults.isEmpty(), () -> "rejected a valid activity: " + e.getMessage());
      String field = "activities[" + n + "]." + faults.get(0);
      assertEquals(field, e.field().orElse(null), e.getMessage());
      assertTrue(e.getMessage().contains(field), e.getMessage());
      e.invalidValue().ifPresentOrElse(v -> assertTrue(e.getMessage().contains(v), e.getMessage()),
          () -> fail("no invalid value in " + e.getMessage()));
      Statistics.label("outcome").collect(faults.get(0).replaceAll("\\[\\d+]", "[]"));
    }
    assertEquals(before, journey.activities(), "the original journey is unchanged");
    assertEquals(journey, Journey.builder().from(journey).build());
    // 2,000 tries keep each share five standard errors above its floor (at 500, agencyId's 4.5% was 2.7)
    Statistics.label("outcome").coverage(c -> {
      c.check("accepted").percentage(p -> p >= 20);
      c.check("id").percentage(p -> p >= 3);
      c.check("date").percentage(p -> p >= 3);
      c.check("residentIds[]").percentage(p -> p >= 2);
      c.check("listeningEventId").percentage(p -> p >= 3);
      c.check("agencyId").percentage(p -> p >= 2);
    });
  }

  /** Closes a journey on a day no earlier than its last activity. */
  private static Journey close(Journey journey, int endOffset) {
    LocalDate end = JourneyArbitraries.START.plusDays(endOffset);
    for (Activity a : journey.activities()) {
      if (a.date().isAfter(end)) {
        end = a.date();
      }
    }
    return Journey.builder().from(journey).end(end).build();
  }

  /** An activity to add: a generated one (which may fall after a closed journey's end) or one with a fault. */
  private static Activity candidate(Journey journey, int kind, SplittableRandom r) {
    LocalDate start = journey.start();
    LocalDate day = start.plusDays(r.nextInt(JourneyArbitraries.DAYS));
    List<Activity> activities = journey.activities();
    Optional<ListeningEvent> event = activities.stream().filter(ListeningEvent.class::isInstance)
        .map(ListeningEvent.class::cast).findFirst();
    switch (kind) {
      case 2:
        // A duplicate id needs an activity to copy; an empty journey gets a date before its start instead.
        return activities.isEmpty() ? visit("new", start.minusDays(1), "R01")
            : visit(activities.get(r.nextInt(activities.size())).id(), day, "R01");
      case 3:
        return visit("new", start.minusDays(1 + r.nextInt(100)), "R01");
      case 4:
        return visit("new", day, r.nextBoolean() ? "R99" : "A01");
      case 5:
        String named = activities.isEmpty() ? "no-such-event"
            : r.nextBoolean() || event.isEmpty() ? activities.get(r.nextInt(activities.size())).id() : "no-such-event";
        return FollowUpEvent.of("new", event.map(ListeningEvent::date).orElse(day).plusDays(r.nextInt(10)), named);
      case 6:
        if (event.isPresent() && event.get().date().isAfter(start)) {
          return FeedbackReport.of("new", event.get().date().minusDays(1), event.get().id());
        }
        return FeedbackReport.of("new", day, "no-such-event");
      case 7:
        return ServiceChange.of("new", day, r.nextBoolean() ? "AG-POLICE" : "AG-NOPE", ServiceChangeKind.NEW_SERVICE,
            "dentist on the estate");
      default:
        Activity a = JourneyArbitraries.activity("new", r, activities);
        return a != null ? a : visit("new", day, "R02");
    }
  }

  private static ExchangeVisit visit(String id, LocalDate date, String resident) {
    return ExchangeVisit.builder().id(id).date(date).site("Beacon").addResidentIds(resident).build();
  }

  /**
   * The invariants an activity breaks when recorded after {@code earlier} in a journey's span, whose
   * listening events are among {@code all}, as fields of the activity, in the order the journey checks
   * them: id, date, then its references.
   */
  private static List<String> faults(Journey journey, List<Activity> earlier, List<Activity> all, Activity a) {
    Partnership p = journey.partnership();
    Set<String> residents = p.residents().stream().map(Resident::id).collect(Collectors.toSet());
    Set<String> representatives = p.agencyRepresentatives().stream().map(AgencyRepresentative::id)
        .collect(Collectors.toSet());
    Set<String> agencies = p.agencies().stream().map(Agency::id).collect(Collectors.toSet());
    Set<String> people = new HashSet<>(residents);
    people.addAll(representatives);
    List<String> faults = new ArrayList<>();
    if (earlier.stream().anyMatch(b -> b.id().equals(a.id()))) {
      faults.add("id");
    }
    if (a.date().isBefore(journey.start()) || journey.end().map(a.date()::isAfter).orElse(false)) {
      faults.add("date");
    }
    for (Reference ref : a.references()) {
      boolean known;
      switch (ref.kind()) {
        case RESIDENT:
          known = residents.contains(ref.id());
          break;
        case AGENCY_REPRESENTATIVE:
          known = representatives.contains(ref.id());
          break;
        case PERSON:
          known = people.contains(ref.id());
          break;
        case AGENCY:
          known = agencies.contains(ref.id());
          break;
        default:
          known = all.stream().anyMatch(b -> b instanceof ListeningEvent && b.id().equals(ref.id())
              && !b.date().isAfter(a.date()));
      }
      if (!known) {
        faults.add(ref.field());
      }
    }
    return faults;
  }
}
