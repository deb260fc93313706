package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.Locale;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.metrics.graph.TieDistance;
import org.immutables.value.Value;

/**
 * An undirected tie between two people, by id, with a strength and the date it was first observed,
 * such as {@code R1 - A3 (weight 2, since 2010-03-01)}.
 * <p>
 * The weight is a <em>strength</em> (how many gatherings the two shared, how well they know each
 * other); see {@link TieDistance} for how it becomes a path length.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tie {

  Tie() {}

  /**
   * Gets the id of one person.
   *
   * @return the id, not blank
   */
  public abstract String first();

  /**
   * Gets the id of the other person.
   *
   * @return the id, not blank, not equal to {@link #first()}
   */
  public abstract String second();

  /**
   * Gets the tie's strength.
   *
   * @return the weight, finite and positive, 1 by default
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * Gets the date the tie was first observed (the survey date, or the first shared gathering).
   *
   * @return the date, not null
   */
  public abstract LocalDate firstObserved();

  /**
   * Obtains a tie of weight 1.
   *
   * @param first  the id of one person, not blank
   * @param second  the id of the other person, not blank
   * @param firstObserved  the date first observed, not null
   * @return the tie, not null
   */
  public static Tie of(String first, String second, LocalDate firstObserved) {
    return builder().first(first).second(second).firstObserved(firstObserved).build();
  }

  /**
   * Obtains a weighted tie.
   *
   * @param first  the id of one person, not blank
   * @param second  the id of the other person, not blank
   * @param weight  the strength, finite and positive
   * @param firstObserved  the date first observed, not null
   * @return the tie, not null
   */
  public static Tie of(String first, String second, double weight, LocalDate firstObserved) {
    return builder().first(first).second(second).weight(weight).firstObserved(firstObserved).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Tie}. */
  public static final class Builder extends ImmutableTie.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(first(), "first");
    Checks.notBlank(second(), "second");
    if (first().equals(second())) {
      throw InvalidValueException.of("second", "must differ from first", "'" + second() + "'");
    }
    if (!(weight() > 0 && Double.isFinite(weight()))) {
      throw InvalidValueException.of("weight", "must be finite and positive", weight());
    }
  }

  /**
   * Returns the tie as {@code R1 - A3 (weight 2, since 2010-03-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s - %s (weight %s, since %s)",
        first(), second(), NetworkText.number(weight()), firstObserved());
  }
}
