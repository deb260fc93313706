package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A neighbourhood walkabout by residents and agency staff (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2: a typical
 * action of step 1, and estate walkabouts in step 5).
 * <p>
 * Its {@link #type() type} name is {@code neighbourhood_walkabout}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class NeighbourhoodWalkabout implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code neighbourhood_walkabout}. */
  public static final String TYPE = "neighbourhood_walkabout";

  NeighbourhoodWalkabout() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the streets or part of the neighbourhood walked, such as {@code north estate}.
   *
   * @return the value, not blank when present
   */
  public abstract Optional<String> area();

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

  /** A builder of {@link NeighbourhoodWalkabout}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableNeighbourhoodWalkabout.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    area().ifPresent(v -> Checks.notBlank(v, "area"));
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }
}
