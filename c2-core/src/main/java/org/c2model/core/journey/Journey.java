package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.place.Neighbourhood;
import org.immutables.value.Value;

/**
 * One neighbourhood's C2 journey: its {@link Partnership} and the dated record of what has happened,
 * such as Townstal's exchange visits, connecting workshop and listening event
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2).
 * <p>
 * <b>The journey's span.</b> A journey starts on {@link #start()}, the day work in the neighbourhood
 * began (the neighbourhood was chosen), and may be closed on {@link #end()}, the last day of the
 * record; both are inclusive. Every activity is dated within the span.
 * <p>
 * The journey is immutable: {@link #withActivity(Activity)} returns a new journey. Construction
 * rejects records that can never be true, with a message naming the field, such as
 * {@code activities[3].date}: an activity id used twice, a date outside the span, a negative count,
 * a person or agency id the partnership does not know (residents must be residents, agency
 * representatives must be agency representatives), or a feedback report or follow-up event that
 * names no earlier listening event. Whether the journey follows C2 well is not checked here:
 * {@code org.c2model.core.step.JourneyRules} assesses it and reports findings.
 *
 * <pre>{@code
 * Journey journey = Journey.of(partnership, LocalDate.of(2009, 2, 1))
 *     .withActivity(ExchangeVisit.builder().id("exchange-beacon").date(LocalDate.of(2009, 2, 10))
 *         .site("Beacon, Falmouth").addResidentIds("R1", "R2").addAgencyRepresentativeIds("A01").build());
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Journey {

  Journey() {}

  /**
   * Gets the partnership of the neighbourhood.
   *
   * @return the partnership, not null
   */
  public abstract Partnership partnership();

  /**
   * Gets the first day of the journey, inclusive.
   *
   * @return the start, not null
   */
  public abstract LocalDate start();

  /**
   * Gets the last day of the journey's record, inclusive.
   *
   * @return the end, not before {@link #start()}; empty while the journey is open
   */
  public abstract Optional<LocalDate> end();

  /**
   * Gets the activities, in the order recorded.
   *
   * @return the activities, not null
   */
  public abstract List<Activity> activities();

  /** Activities by id, built when first asked for ({@link #check} keeps an index of its own). */
  @Value.Lazy
  Map<String, Activity> activitiesById() {
    Map<String, Activity> byId = new HashMap<>(activities().size() * 4 / 3 + 1);
    activities().forEach(a -> byId.putIfAbsent(a.id(), a));
    return byId;
  }

  /**
   * Gets the neighbourhood of the partnership.
   *
   * @return the neighbourhood, not null
   */
  public Neighbourhood neighbourhood() {
    return partnership().neighbourhood();
  }

  /**
   * Finds an activity by id.
   *
   * @param id  the activity id, not null
   * @return the activity, empty if none has the id
   */
  public Optional<Activity> activity(String id) {
    return Optional.ofNullable(activitiesById().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Gets the activities in date order; activities of the same day keep the order recorded.
   *
   * @return the activities, not null
   */
  public List<Activity> timeline() {
    return new ArrayList<>(sortedActivities());
  }

  /**
   * The activities in date order, sorted once: the rules ask for the timeline and for activities of
   * one type many times per assessment. A stable sort, so activities of the same day keep the order
   * recorded.
   */
  @Value.Lazy
  List<Activity> sortedActivities() {
    return List.copyOf(activities().stream().sorted(Comparator.comparing(Activity::date)).collect(Collectors.toList()));
  }

  /**
   * Gets the activities of one type in date order, such as every {@link PartnershipMeeting}.
   *
   * @param <T>  the activity type
   * @param type  the activity class, not null
   * @return the activities, not null
   */
  public <T extends Activity> List<T> activities(Class<T> type) {
    Objects.requireNonNull(type, "type");
    List<T> ofType = new ArrayList<>();
    for (Activity a : sortedActivities()) {
      if (type.isInstance(a)) {
        ofType.add(type.cast(a));
      }
    }
    return ofType;
  }

  /**
   * Returns a copy of this journey with one more activity recorded.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param activity  the activity, with a new id, dated within the span, not null
   * @return the new journey, not null
   * @throws InvalidValueException if the activity breaks an invariant of the journey
   */
  public Journey withActivity(Activity activity) {
    return builder().from(this).addActivities(Objects.requireNonNull(activity, "activity")).build();
  }

  /**
   * Returns a copy of this journey with more activities recorded.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param activities  the activities, not null
   * @return the new journey, not null
   * @throws InvalidValueException if an activity breaks an invariant of the journey
   */
  public Journey withActivities(Iterable<? extends Activity> activities) {
    return builder().from(this).addAllActivities(Objects.requireNonNull(activities, "activities")).build();
  }

  /**
   * Returns a copy of this journey holding only the activities dated on or before a day: the record
   * as it stood that day.
   *
   * @param date  the day, not null
   * @return the journey, this one if nothing is later, not null
   */
  public Journey asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Activity> activities = activities();
    int later = 0;
    for (int i = 0; i < activities.size(); i++) {
      later += activities.get(i).date().isAfter(date) ? 1 : 0;
    }
    if (later == 0) {
      return this;
    }
    List<Activity> kept = new ArrayList<>(activities.size() - later);
    for (int i = 0; i < activities.size(); i++) {
      if (!activities.get(i).date().isAfter(date)) {
        kept.add(activities.get(i));
      }
    }
    // from(this), so that an attribute added to the journey is never lost here
    return builder().from(this).activities(kept).build();
  }

  /**
   * Obtains an open journey without activities.
   *
   * @param partnership  the partnership, not null
   * @param start  the first day of the journey, not null
   * @return the journey, not null
   */
  public static Journey of(Partnership partnership, LocalDate start) {
    return builder().partnership(partnership).start(start).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Journey}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableJourney.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    end().ifPresent(e -> {
      if (e.isBefore(start())) {
        throw InvalidValueException.of("end", "must not be before start " + start(), e);
      }
    });
    // People are looked up in the partnership's index (ids are unique across residents and agency
    // representatives); the agency ids are collected only if an activity names an agency.
    Partnership partnership = partnership();
    Set<String> agencies = null;
    // The activities by id: finds a repeated id, and then the listening events that references name
    ActivityIndex byId = new ActivityIndex(activities());
    LocalDate start = start();
    LocalDate end = end().orElse(null);
    for (int i = 0; i < activities().size(); i++) {
      Activity a = activities().get(i);
      // each asked once: a call on an activity is looked up by its class, one of twenty
      String id = a.id();
      int earlier = byId.add(i, id);
      if (earlier >= 0) {
        throw InvalidValueException.of("activities[" + i + "].id", "must be unique; already used by activities[" + earlier + "]", id);
      }
      LocalDate date = a.date();
      if (date.isBefore(start) || end != null && date.isAfter(end)) {
        throw InvalidValueException.of("activities[" + i + "].date",
            "must be within the journey " + start() + "/" + end().map(LocalDate::toString).orElse(""), date);
      }
    }
    for (int i = 0; i < activities().size(); i++) {
      Activity a = activities().get(i);
      if (a instanceof AttendanceOnly) {
        // the references would be these two lists, residents first: checked without making them
        AttendanceOnly attendance = (AttendanceOnly) a;
        requirePeople(partnership, i, attendance.residentIds(), "residentIds", Resident.class, A_RESIDENT);
        requirePeople(partnership, i, attendance.agencyRepresentativeIds(), "agencyRepresentativeIds",
            AgencyRepresentative.class, AN_AGENCY_REPRESENTATIVE);
        continue;
      }
      List<Reference> refs = a.references();
      // by index: an iterator per activity was a tenth of what a journey's check allocates
      for (int k = 0; k < refs.size(); k++) {
        Reference r = refs.get(k);
        switch (r.kind()) {
          case RESIDENT:
            require(partnership.person(r.id()).orElse(null) instanceof Resident, i, r, A_RESIDENT);
            break;
          case AGENCY_REPRESENTATIVE:
            require(partnership.person(r.id()).orElse(null) instanceof AgencyRepresentative, i, r,
                AN_AGENCY_REPRESENTATIVE);
            break;
          case PERSON:
            require(partnership.person(r.id()).isPresent(), i, r,
                "a resident or agency representative of the partnership");
            break;
          case AGENCY:
            if (agencies == null) {
              agencies = partnership.agencies().stream().map(Agency::id).collect(Collectors.toSet());
            }
            requireIn(agencies, i, r, "an agency represented in the partnership");
            break;
          case LISTENING_EVENT:
            // ids are unique by now, so the activity of the id is the only one with it
            Activity event = byId.get(r.id());
            require(event instanceof ListeningEvent, i, r, "a listening event of the journey");
            if (event.date().isAfter(a.date())) {
              throw InvalidValueException.of(field(i, r),
                  "must name a listening event on or before " + a.date() + ", not one on " + event.date(), r.id());
            }
            break;
          default:
            throw new AssertionError(r.kind());
        }
      }
    }
  }

  /** What a resident reference must name, in the message when it does not. */
  private static final String A_RESIDENT = "a resident of the partnership";
  /** What an agency representative reference must name, in the message when it does not. */
  private static final String AN_AGENCY_REPRESENTATIVE = "an agency representative of the partnership";

  /** Requires each id of an attendance list to be a person of the given type, as its references would. */
  private static void requirePeople(Partnership partnership, int i, List<String> ids, String field,
      Class<? extends Person> type, String what) {
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      if (!type.isInstance(partnership.person(id).orElse(null))) {
        throw InvalidValueException.of("activities[" + i + "]." + field + "[" + k + "]", "must be the id of " + what, id);
      }
    }
  }

  private static void requireIn(Set<String> ids, int i, Reference r, String what) {
    require(ids.contains(r.id()), i, r, what);
  }

  private static void require(boolean known, int i, Reference r, String what) {
    if (!known) {
      throw InvalidValueException.of(field(i, r), "must be the id of " + what, r.id());
    }
  }

  /** The field of reference {@code r} of activity {@code i}, such as {@code activities[3].residentIds[0]}. */
  private static String field(int i, Reference r) {
    return "activities[" + i + "]." + r.field();
  }

  /**
   * Returns a one-line summary, such as
   * {@code Journey{partnership=P-TOWNSTAL, 2009-02-01/, 42 activities}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Journey{partnership=" + partnership().id() + ", " + start() + "/"
        + end().map(LocalDate::toString).orElse("") + ", " + activities().size() + " activities}";
  }
}
