package org.c2model.metrics.savings;

import java.math.BigDecimal;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How uncertain an appraisal's assumptions are, and how the uncertainty is propagated: each
 * assumption may lie anywhere within a spread either side of its stated value (cut to 0 to 1), and
 * a seeded Monte Carlo of {@link #draws()} draws takes every assumption uniformly within its range
 * and every indicator's events avoided from a triangular distribution over its interval (lower,
 * point, upper), giving the 95% interval of the NPV and of the benefit-cost ratio. The one-way
 * sensitivity table sets each assumption alone at the low and the high end of its range
 * (HM Treasury, <em>The Green Book</em>: sensitivity and Monte Carlo analysis; HM Treasury / GMCA, 2014).
 * <p>
 * Deadweight is varied only for indicators valued with the default adjustments: where a comparator's
 * trend is the counterfactual, its deadweight is already in the events avoided and their interval.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Uncertainty {

  /** The most draws a Monte Carlo may take. */
  public static final int MAX_DRAWS = 100_000;

  private static final Uncertainty NONE = ImmutableUncertainty.builder().draws(0).seed(0)
      .deadweightSpread(BigDecimal.ZERO).attributionSpread(BigDecimal.ZERO).optimismBiasSpread(BigDecimal.ZERO)
      .persistenceSpread(BigDecimal.ZERO).build();
  private static final Uncertainty STANDARD = ImmutableUncertainty.builder().draws(2_000).seed(20140402L)
      .deadweightSpread(new BigDecimal("0.25")).attributionSpread(new BigDecimal("0.25"))
      .optimismBiasSpread(new BigDecimal("0.1")).persistenceSpread(new BigDecimal("0.25")).build();

  Uncertainty() {}

  /**
   * Gets the number of Monte Carlo draws.
   *
   * @return the draws, from 0 (no Monte Carlo: bounds with every indicator at its own bound) to {@link #MAX_DRAWS}
   */
  public abstract int draws();

  /**
   * Gets the seed of the draws, so the same inputs always give the same interval.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Gets how far deadweight may lie either side of its stated value.
   *
   * @return the spread, from 0 to 1, not null
   */
  public abstract BigDecimal deadweightSpread();

  /**
   * Gets how far attribution may lie either side of its stated value.
   *
   * @return the spread, from 0 to 1, not null
   */
  public abstract BigDecimal attributionSpread();

  /**
   * Gets how far optimism bias may lie either side of its stated value.
   *
   * @return the spread, from 0 to 1, not null
   */
  public abstract BigDecimal optimismBiasSpread();

  /**
   * Gets how far each indicator's persistence may lie either side of its stated value.
   *
   * @return the spread, from 0 to 1, not null
   */
  public abstract BigDecimal persistenceSpread();

  /**
   * Gets no uncertainty: no Monte Carlo, the NPV's bounds with every indicator at its own bound.
   *
   * @return the uncertainty, not null
   */
  public static Uncertainty none() {
    return NONE;
  }

  /**
   * Gets the standard uncertainty: 2,000 draws seeded 20140402; deadweight, attribution and
   * persistence each within 0.25 of their stated values, optimism bias within 0.1.
   *
   * @return the uncertainty, not null
   */
  public static Uncertainty standard() {
    return STANDARD;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Uncertainty}; {@code build()} checks every bound. */
  public static final class Builder extends ImmutableUncertainty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (draws() < 0 || draws() > MAX_DRAWS) {
      throw InvalidValueException.of("draws", "must be from 0 to " + MAX_DRAWS, draws());
    }
    spread("deadweightSpread", deadweightSpread());
    spread("attributionSpread", attributionSpread());
    spread("optimismBiasSpread", optimismBiasSpread());
    spread("persistenceSpread", persistenceSpread());
  }

  private static void spread(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of(field, "must be from 0 to 1", value);
    }
  }

  /**
   * Returns a summary such as {@code 2000 draws (seed 20140402); deadweight ±0.25, attribution ±0.25,
   * optimism bias ±0.1, persistence ±0.25}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return draws() + " draws (seed " + seed() + "); deadweight ±" + plain(deadweightSpread()) + ", attribution ±"
        + plain(attributionSpread()) + ", optimism bias ±" + plain(optimismBiasSpread()) + ", persistence ±"
        + plain(persistenceSpread());
  }

  private static String plain(BigDecimal x) {
    return x.stripTrailingZeros().toPlainString();
  }
}
