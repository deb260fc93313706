package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An inspiring workshop with speakers from sites that C2 has transformed (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md}
 * section 2, step 2: residents and agencies "have seen what change looks like").
 * <p>
 * Its {@link #type() type} name is {@code vision_workshop}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class VisionWorkshop implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code vision_workshop}. */
  public static final String TYPE = "vision_workshop";

  VisionWorkshop() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the transformed sites the speakers came from, such as {@code Beacon, Falmouth}.
   *
   * @return the value, not null
   */
  public abstract List<String> speakerSites();

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

  /** A builder of {@link VisionWorkshop}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableVisionWorkshop.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    for (int i = 0; i < speakerSites().size(); i++) {
      Checks.notBlank(speakerSites().get(i), "speakerSites[" + i + "]");
    }
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }
}
