package org.c2model.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.place.Neighbourhood;
import org.immutables.value.Value;

/**
 * A resident-led C2 partnership, such as the Townstal partnership in Dartmouth, with its board as
 * dated history ({@code docs/c2-model.md} sections 2, step 4, and 4).
 * <p>
 * The people of the partnership are listed once ({@link #residents()},
 * {@link #agencyRepresentatives()}); board {@link #memberships()} and {@link #officerTerms()} refer to
 * them by id. {@link #boardOn(LocalDate)} gives the board as it stood on a day.
 * <p>
 * Construction rejects records that can never be true: blank ids, a person id used twice, a
 * membership or term naming an unknown person, overlapping memberships of one person, and two
 * holders of one office on the same day. Breaches of the C2 governance rules, which a real board
 * can commit, are not rejected here: {@code GovernanceRules} reports them as findings.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partnership {

  private static final Comparator<BoardMember> BY_PERSON_ID = Comparator.comparing(b -> b.person().id());

  Partnership() {}

  /**
   * Gets the partnership's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the partnership's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the neighbourhood the partnership works in.
   *
   * @return the neighbourhood, not null
   */
  public abstract Neighbourhood neighbourhood();

  /**
   * Gets the day the constitution was adopted (step 4).
   *
   * @return the adoption date, empty until the partnership is formalised
   */
  public abstract Optional<LocalDate> constitutionAdopted();

  /**
   * Gets the residents of the partnership.
   *
   * @return the residents, not null
   */
  public abstract List<Resident> residents();

  /**
   * Gets the agency representatives of the partnership.
   *
   * @return the agency representatives, not null
   */
  public abstract List<AgencyRepresentative> agencyRepresentatives();

  /**
   * Gets the board memberships, in the order recorded.
   *
   * @return the memberships, not null
   */
  public abstract List<Membership> memberships();

  /**
   * Gets the officer terms, in the order recorded.
   *
   * @return the officer terms, not null
   */
  public abstract List<OfficerTerm> officerTerms();

  /** People by id, built once. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, Person> peopleById() {
    Map<String, Person> people = new HashMap<>();
    residents().forEach(r -> people.put(r.id(), r));
    agencyRepresentatives().forEach(a -> people.put(a.id(), a));
    return people;
  }

  /**
   * Finds a person of the partnership by id.
   *
   * @param personId  the id, not null
   * @return the person, empty if no such person
   */
  public Optional<Person> person(String personId) {
    Objects.requireNonNull(personId, "personId");
    return Optional.ofNullable(peopleById().get(personId));
  }

  /**
   * Gets the distinct agencies represented in the partnership, in order of first appearance.
   *
   * @return the agencies, not null
   */
  // Made once: every step assessment and governance evaluation asks for them.
  @Value.Lazy
  public List<Agency> agencies() {
    Map<String, Agency> agencies = new LinkedHashMap<>();
    agencyRepresentatives().forEach(a -> agencies.putIfAbsent(a.agency().id(), a.agency()));
    return List.copyOf(agencies.values());
  }

  /**
   * Obtains the board as it stood on a day.
   *
   * @param date  the day, not null
   * @return the board, members ordered by person id, not null
   */
  public Board boardOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<BoardMember> members = new ArrayList<>(memberships().size());
    List<Membership> memberships = memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (m.isActiveOn(date)) {
        members.add(BoardMember.of(peopleById().get(m.personId()), m));
      }
    }
    members.sort(BY_PERSON_ID);
    Map<OfficerRole, Person> officers = new EnumMap<>(OfficerRole.class);
    List<OfficerTerm> terms = officerTerms();
    for (int i = 0; i < terms.size(); i++) {
      OfficerTerm t = terms.get(i);
      if (t.isActiveOn(date)) {
        officers.put(t.role(), peopleById().get(t.personId()));
      }
    }
    LocalDate adopted = constitutionAdopted().orElse(null);
    // the parameter factory copies the members and officers once; a builder copied them twice
    return ImmutableBoard.of(date, adopted != null && !date.isBefore(adopted), members, officers);
  }

  /**
   * Gets every day on which the board changed: a member joined or left, an office changed hands,
   * or the constitution was adopted. Evaluating the board on these days sees every state it was in.
   *
   * @return the days, ascending, not null
   */
  public SortedSet<LocalDate> changeDates() {
    SortedSet<LocalDate> dates = new TreeSet<>();
    constitutionAdopted().ifPresent(dates::add);
    List<Membership> memberships = memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      dates.add(m.joined());
      m.left().ifPresent(dates::add);
    }
    List<OfficerTerm> terms = officerTerms();
    for (int i = 0; i < terms.size(); i++) {
      OfficerTerm t = terms.get(i);
      dates.add(t.start());
      t.end().ifPresent(dates::add);
    }
    return dates;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Partnership}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(name(), "name");
    Map<String, String> fieldOfId = new HashMap<>();
    for (int i = 0; i < residents().size(); i++) {
      fieldOfId.put(residents().get(i).id(), "residents[" + i + "]");
    }
    for (int i = 0; i < agencyRepresentatives().size(); i++) {
      String id = agencyRepresentatives().get(i).id();
      if (fieldOfId.containsKey(id)) {
        throw InvalidValueException.of("agencyRepresentatives[" + i + "].id",
            "must differ from every other person's id; already used by " + fieldOfId.get(id), id);
      }
      fieldOfId.put(id, "agencyRepresentatives[" + i + "]");
    }
    Checks.unique(residents(), Resident::id, "residents", "id");
    // Overlaps are found in O(n log n) with DisjointSpans; only once one is found are the earlier
    // entries scanned, to name the first one it overlaps (the message of the pairwise definition).
    DisjointSpans<String> membershipSpans = new DisjointSpans<>();
    for (int i = 0; i < memberships().size(); i++) {
      Membership m = memberships().get(i);
      requireKnown(fieldOfId, m.personId(), "memberships[" + i + "].personId");
      if (membershipSpans.add(m.personId(), m.joined(), m.left())) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        Membership other = memberships().get(j);
        if (other.personId().equals(m.personId()) && overlap(m, other)) {
          throw InvalidValueException.of("memberships[" + i + "]",
              "must not overlap memberships[" + j + "] of the same person " + m.personId(),
              m.joined() + "/" + m.left().map(LocalDate::toString).orElse(""));
        }
      }
      throw new AssertionError("memberships[" + i + "] overlaps none of the earlier ones");
    }
    DisjointSpans<OfficerRole> termSpans = new DisjointSpans<>();
    for (int i = 0; i < officerTerms().size(); i++) {
      OfficerTerm t = officerTerms().get(i);
      requireKnown(fieldOfId, t.personId(), "officerTerms[" + i + "].personId");
      if (termSpans.add(t.role(), t.start(), t.end())) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        OfficerTerm other = officerTerms().get(j);
        if (other.role() == t.role() && t.overlaps(other)) {
          throw InvalidValueException.of("officerTerms[" + i + "]",
              "one holder per office: " + t.role().code() + " is already held by " + other.personId()
                  + " in officerTerms[" + j + "] from " + other.start(),
              t.personId() + " from " + t.start());
        }
      }
      throw new AssertionError("officerTerms[" + i + "] overlaps none of the earlier ones");
    }
  }

  private static void requireKnown(Map<String, String> fieldOfId, String personId, String field) {
    if (!fieldOfId.containsKey(personId)) {
      throw InvalidValueException.of(field,
          "must be the id of a resident or agency representative of the partnership", personId);
    }
  }

  private static boolean overlap(Membership a, Membership b) {
    boolean aEndsFirst = a.left().map(l -> !l.isAfter(b.joined())).orElse(false);
    boolean bEndsFirst = b.left().map(l -> !l.isAfter(a.joined())).orElse(false);
    return !aEndsFirst && !bEndsFirst;
  }
}
