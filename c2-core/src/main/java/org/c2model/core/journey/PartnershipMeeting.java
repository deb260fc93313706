package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A partnership meeting, public or executive (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 5: "monthly
 * partnership meetings giving feedback to residents"; Townstal, monthly public meetings from July
 * 2009 and a bi-monthly executive committee, section 6).
 * <p>
 * Its {@link #type() type} name is {@code partnership_meeting}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PartnershipMeeting implements Activity, Attendance {

  /** The type name of this activity, {@code partnership_meeting}. */
  public static final String TYPE = "partnership_meeting";

  PartnershipMeeting() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets whether the meeting was public or executive.
   *
   * @return the value, not null
   */
  public abstract MeetingKind kind();

  /**
   * Gets how many residents attended a public meeting, members of the partnership or not, where counted.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Integer> publicAttendance();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    return List.copyOf(Reference.attendance(this));
  }

  /**
   * Obtains a {@code partnership_meeting} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param kind  whether the meeting was public or executive, not null
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static PartnershipMeeting of(String id, LocalDate date, MeetingKind kind) {
    return builder().id(id).date(date).kind(kind).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link PartnershipMeeting}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePartnershipMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    publicAttendance().ifPresent(v -> Checks.notNegative(v, "publicAttendance"));
    Activities.checkReferences(this);
  }
}
