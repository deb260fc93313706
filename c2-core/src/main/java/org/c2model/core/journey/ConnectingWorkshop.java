package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The initial connecting workshop of residents and agencies (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 1;
 * Townstal's at the Children's Centre had 18 agency representatives and 3 key residents, section 6).
 * <p>
 * Its {@link #type() type} name is {@code connecting_workshop}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConnectingWorkshop implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code connecting_workshop}. */
  public static final String TYPE = "connecting_workshop";

  ConnectingWorkshop() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the venue, such as {@code Children's Centre}.
   *
   * @return the value, not blank
   */
  public abstract String venue();

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

  /** A builder of {@link ConnectingWorkshop}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableConnectingWorkshop.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(venue(), "venue");
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }
}
