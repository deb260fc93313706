package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A scoping visit to a meeting the neighbourhood already holds, such as a PACT (Police and
 * Communities Together) or town council meeting, to meet residents and agency staff and find key
 * residents ({@code docs/c2-model.md} section 6: Townstal's scoping visits "identified key
 * residents";
 * section 2, step 1).
 * <p>
 * Its {@link #type() type} name is {@code scoping_visit}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ScopingVisit implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code scoping_visit}. */
  public static final String TYPE = "scoping_visit";

  ScopingVisit() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the meeting visited, such as {@code PACT meeting}.
   *
   * @return the value, not blank
   */
  public abstract String meeting();

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
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ScopingVisit}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableScopingVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(meeting(), "meeting");
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }
}
