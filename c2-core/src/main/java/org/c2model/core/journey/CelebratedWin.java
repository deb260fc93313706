package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A visible win the partnership celebrated, such as a successful funding bid with its amount
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 5: "celebrating visible
 * wins (e.g. successful funding bids)";
 * Townstal's park refurbished with GBP 45,000 residents helped secure, section 5).
 * <p>
 * Its {@link #type() type} name is {@code celebrated_win}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CelebratedWin implements Activity {

  /** The type name of this activity, {@code celebrated_win}. */
  public static final String TYPE = "celebrated_win";

  CelebratedWin() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets what was won, such as {@code funding for the park refurbishment}.
   *
   * @return the value, not blank
   */
  public abstract String description();

  /**
   * Gets the amount of money won, where the win was money.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Money> amount();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Obtains a {@code celebrated_win} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param description  what was won, such as {@code funding for the park refurbishment}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static CelebratedWin of(String id, LocalDate date, String description) {
    return builder().id(id).date(date).description(description).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CelebratedWin}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableCelebratedWin.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(description(), "description");
    amount().ifPresent(v -> Activities.notNegative(v, "amount"));
  }
}
