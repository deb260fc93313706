package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A newsletter issued to the neighbourhood (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 5).
 * <p>
 * Its {@link #type() type} name is {@code newsletter}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Newsletter implements Activity {

  /** The type name of this activity, {@code newsletter}. */
  public static final String TYPE = "newsletter";

  Newsletter() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the title or issue, such as {@code Townstal News no. 1}.
   *
   * @return the value, not blank
   */
  public abstract String title();

  /**
   * Gets how many copies were distributed, where known.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Integer> copies();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Obtains a {@code newsletter} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param title  the title or issue, such as {@code Townstal News no. 1}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static Newsletter of(String id, LocalDate date, String title) {
    return builder().id(id).date(date).title(title).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Newsletter}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableNewsletter.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(title(), "title");
    copies().ifPresent(v -> Checks.notNegative(v, "copies"));
  }
}
