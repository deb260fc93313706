package org.c2model.metrics.network;

import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The thresholds of the weak-connector report, with documented defaults a council can override.
 * <ul>
 *   <li>{@link #singlePersonShare()}, default <b>0.10</b>: the network "depends on a single person"
 *       when one person's leaving would cut off more than this share of all people from the rest of
 *       their part of the network. Ten per cent is our choice, not the paper's: in a listening event
 *       of 50 to 100 residents (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2,
 * step 3) it means five to ten people
 *       reachable only through one person.</li>
 *   <li>{@link #candidatesPerAffiliation()}, default <b>10</b>: at most how many residents, and
 *       how many agency staff, are listed for standing out by betweenness.</li>
 *   <li>{@link #betweennessQuantile()}, default <b>0.9</b>, and {@link #betweennessMedianMultiple()},
 *       default <b>2</b>: a person stands out by betweenness ({@link CandidateReason#HIGH_BETWEENNESS})
 *       when theirs is in the top decile of the network (no more than 1 - 0.9 = 10% of all people
 *       have betweenness as high, or they alone do) and more than twice the network's median, and
 *       above 0; people tied at the top with more than a tenth of the network do not stand out. A flag a facilitator can act on must mean
 *       the person is unusual in this network, not merely on some shortest path; the figures are
 *       ours, not the paper's, and the reason of each candidate gives the numbers.</li>
 * </ul>
 *
 * <pre>{@code
 * WeakConnectorThresholds strict = WeakConnectorThresholds.builder().singlePersonShare(0.05).build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeakConnectorThresholds {

  WeakConnectorThresholds() {}

  /**
   * Gets the share of all people whose cutting off by one person's leaving raises a finding.
   *
   * @return the share, in [0, 1], 0.10 by default
   */
  @Value.Default
  public double singlePersonShare() {
    return 0.10;
  }

  /**
   * Gets how many candidates of each affiliation are listed by betweenness.
   *
   * @return the count, not negative, 10 by default
   */
  @Value.Default
  public int candidatesPerAffiliation() {
    return 10;
  }

  /**
   * Gets the quantile of the network's betweenness a person's must be in to stand out: no more than
   * {@code 1 - quantile} of all people may have betweenness as high.
   *
   * @return the quantile, in [0, 1], 0.9 (the top decile) by default
   */
  @Value.Default
  public double betweennessQuantile() {
    return 0.9;
  }

  /**
   * Gets how many times the network's median betweenness a person's must exceed to stand out.
   *
   * @return the multiple, finite and not negative, 2 by default
   */
  @Value.Default
  public double betweennessMedianMultiple() {
    return 2.0;
  }

  /**
   * Gets the defaults: a share of 0.10, 10 candidates per affiliation, the top decile and twice the
   * median.
   *
   * @return the thresholds, not null
   */
  public static WeakConnectorThresholds defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link WeakConnectorThresholds}. */
  public static final class Builder extends ImmutableWeakConnectorThresholds.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.share(singlePersonShare(), "singlePersonShare");
    Checks.share(betweennessQuantile(), "betweennessQuantile");
    if (!Double.isFinite(betweennessMedianMultiple()) || betweennessMedianMultiple() < 0) {
      throw InvalidValueException.of("betweennessMedianMultiple", "must be finite and not negative",
          betweennessMedianMultiple());
    }
    Checks.notNegative(candidatesPerAffiliation(), "candidatesPerAffiliation");
  }
}
