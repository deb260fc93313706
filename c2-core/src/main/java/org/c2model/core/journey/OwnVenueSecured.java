package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The partnership secured its own venue, a sign of maturity (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 7:
 * "partnership finds its own venue"; section 7: SWANN was gifted a building by the council).
 * <p>
 * Its {@link #type() type} name is {@code own_venue_secured}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class OwnVenueSecured implements Activity {

  /** The type name of this activity, {@code own_venue_secured}. */
  public static final String TYPE = "own_venue_secured";

  OwnVenueSecured() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the venue, such as {@code the old library}.
   *
   * @return the value, not blank
   */
  public abstract String venue();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Obtains an {@code own_venue_secured} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param venue  the venue, such as {@code the old library}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static OwnVenueSecured of(String id, LocalDate date, String venue) {
    return builder().id(id).date(date).venue(venue).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link OwnVenueSecured}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableOwnVenueSecured.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(venue(), "venue");
  }
}
