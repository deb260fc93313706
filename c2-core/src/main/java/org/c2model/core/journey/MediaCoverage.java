package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Coverage of the partnership in the media (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 5: "positive media
 * coverage").
 * <p>
 * Its {@link #type() type} name is {@code media_coverage}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MediaCoverage implements Activity {

  /** The type name of this activity, {@code media_coverage}. */
  public static final String TYPE = "media_coverage";

  MediaCoverage() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the newspaper, station or site, such as {@code Dartmouth Chronicle}.
   *
   * @return the value, not blank
   */
  public abstract String outlet();

  /**
   * Checks if the coverage was positive.
   *
   * @return true or false, true unless set
   */
  @Value.Default
  public boolean positive() {
    return true;
  }

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Obtains a {@code media_coverage} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param outlet  the newspaper, station or site, such as {@code Dartmouth Chronicle}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static MediaCoverage of(String id, LocalDate date, String outlet) {
    return builder().id(id).date(date).outlet(outlet).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link MediaCoverage}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableMediaCoverage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(outlet(), "outlet");
  }
}
