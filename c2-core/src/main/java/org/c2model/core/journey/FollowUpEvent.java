package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The follow-up event that feeds the results of a listening event back to residents, about ten days
 * after it (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3).
 * <p>
 * Its {@link #type() type} name is {@code follow_up_event}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FollowUpEvent implements Activity, Attendance {

  /** The type name of this activity, {@code follow_up_event}. */
  public static final String TYPE = "follow_up_event";

  FollowUpEvent() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the id of the listening event followed up.
   *
   * @return the value, not blank
   */
  public abstract String listeningEventId();

  /**
   * Gets how many residents came, where counted.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Integer> residentTurnout();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(Reference.of("listeningEventId", Reference.Kind.LISTENING_EVENT, listeningEventId()));
    refs.addAll(Reference.attendance(this));
    return List.copyOf(refs);
  }

  /**
   * Obtains a {@code follow_up_event} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param listeningEventId  the id of the listening event followed up, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static FollowUpEvent of(String id, LocalDate date, String listeningEventId) {
    return builder().id(id).date(date).listeningEventId(listeningEventId).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link FollowUpEvent}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableFollowUpEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    residentTurnout().ifPresent(v -> Checks.notNegative(v, "residentTurnout"));
    Activities.checkReferences(this);
  }
}
