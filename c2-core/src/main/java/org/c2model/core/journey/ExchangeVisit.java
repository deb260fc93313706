package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An exchange visit by residents and agency staff to a transformed site (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md} section
 * 2, step 2; Townstal's to the Cornish sites came before its connecting workshop, section 6).
 * <p>
 * Its {@link #type() type} name is {@code exchange_visit}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ExchangeVisit implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code exchange_visit}. */
  public static final String TYPE = "exchange_visit";

  ExchangeVisit() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the site visited, such as {@code Beacon, Falmouth}.
   *
   * @return the value, not blank
   */
  public abstract String site();

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

  /** A builder of {@link ExchangeVisit}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableExchangeVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(site(), "site");
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }
}
