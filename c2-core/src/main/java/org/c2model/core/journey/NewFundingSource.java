package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A new source of funding the partnership developed, a sign of maturity (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md}
 * section 2, step 7: "develops new funding sources").
 * <p>
 * Its {@link #type() type} name is {@code new_funding_source}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class NewFundingSource implements Activity {

  /** The type name of this activity, {@code new_funding_source}. */
  public static final String TYPE = "new_funding_source";

  NewFundingSource() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the funder, such as {@code Big Lottery Fund}.
   *
   * @return the value, not blank
   */
  public abstract String funder();

  /**
   * Gets the amount awarded.
   *
   * @return the value, not negative
   */
  public abstract Money amount();

  /**
   * Gets the first day the funding covers, where known.
   *
   * @return the value, empty if not known
   */
  public abstract Optional<LocalDate> periodStart();

  /**
   * Gets the last day the funding covers, where known.
   *
   * @return the value, empty if not known
   */
  public abstract Optional<LocalDate> periodEnd();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link NewFundingSource}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableNewFundingSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(funder(), "funder");
    Activities.notNegative(amount(), "amount");
    if (periodStart().isPresent() && periodEnd().isPresent() && periodEnd().get().isBefore(periodStart().get())) {
      throw InvalidValueException.of("periodEnd", "must not be before periodStart " + periodStart().get(),
          periodEnd().get());
    }
  }
}
