package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A connecting introduction: one person of the partnership introduced two others who did not know
 * each other, strength-based connecting of people ({@code docs/c2-model.md} section 8; section 3,
 * weak connectors, "remove them and the network fragments": an introduction is a new tie that does
 * not pass through them, <i>Positively Local</i> sec. 3).
 * <p>
 * Its {@link #type() type} name is {@code introduction}. People are referenced by id only. In the
 * community network the introduction ties the two people introduced, from its date; the introducer
 * is recorded as who made it, not as a third party to the tie.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Introduction implements Activity {

  /** The type name of this activity, {@code introduction}. */
  public static final String TYPE = "introduction";

  Introduction() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the id of the person of the partnership who made the introduction, where one of them did
   * (a facilitator from outside the partnership is not recorded).
   *
   * @return the value, not blank when present
   */
  public abstract Optional<String> introducerId();

  /**
   * Gets the id of one of the two people introduced.
   *
   * @return the value, not blank
   */
  public abstract String firstPersonId();

  /**
   * Gets the id of the other person introduced, not the first.
   *
   * @return the value, not blank
   */
  public abstract String secondPersonId();

  /**
   * Gets the two people introduced, first then second.
   *
   * @return the two ids, not null
   */
  public List<String> introducedIds() {
    return List.of(firstPersonId(), secondPersonId());
  }

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.add(refs, "introducerId", Reference.Kind.PERSON, introducerId());
    refs.add(Reference.of("firstPersonId", Reference.Kind.PERSON, firstPersonId()));
    refs.add(Reference.of("secondPersonId", Reference.Kind.PERSON, secondPersonId()));
    return List.copyOf(refs);
  }

  /**
   * Obtains an {@code introduction} with no introducer recorded.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param firstPersonId  one person introduced, not blank
   * @param secondPersonId  the other person introduced, not blank and not the first
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static Introduction of(String id, LocalDate date, String firstPersonId, String secondPersonId) {
    return builder().id(id).date(date).firstPersonId(firstPersonId).secondPersonId(secondPersonId).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Introduction}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableIntroduction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(firstPersonId(), "firstPersonId");
    Checks.notBlank(secondPersonId(), "secondPersonId");
    if (firstPersonId().equals(secondPersonId())) {
      throw InvalidValueException.of("secondPersonId", "must differ from firstPersonId: an introduction is between "
          + "two people", "'" + secondPersonId() + "'");
    }
    if (introducerId().isPresent() && introducedIds().contains(introducerId().get())) {
      throw InvalidValueException.of("introducerId", "must differ from the two people introduced",
          "'" + introducerId().get() + "'");
    }
    Activities.checkReferences(this);
  }
}
