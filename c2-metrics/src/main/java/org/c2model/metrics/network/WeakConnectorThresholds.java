package org.c2model.metrics.network;

import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The thresholds of the weak-connector report, with documented defaults a council can override.
 * <ul>
 *   <li>{@link #singlePersonShare()}, default <b>0.10</b>: the network "depends on a single person"
 *       when one person's leaving would cut off more than this share of all people from the rest of
 *       their part of the network. Ten per cent is our choice, not the paper's: in a listening event
 *       of 50 to 100 residents ({@code C2-DOMAIN.md} section 2, step 3) it means five to ten people
 *       reachable only through one person.</li>
 *   <li>{@link #candidatesPerAffiliation()}, default <b>10</b>: how many residents, and how many
 *       agency staff, are listed by betweenness.</li>
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
   * Gets the defaults: a share of 0.10 and 10 candidates per affiliation.
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
    Checks.notNegative(candidatesPerAffiliation(), "candidatesPerAffiliation");
  }
}
