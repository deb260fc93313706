package org.c2model.metrics.network;

import org.c2model.core.InvalidValueException;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.TieDistance;
import org.immutables.value.Value;

/**
 * How a network is measured: how long a tie is for shortest paths, and how many threads compute
 * betweenness. Results do not depend on the parallelism (see {@link Betweenness}).
 *
 * <pre>{@code
 * NetworkOptions strengths = NetworkOptions.builder().tieDistance(TieDistance.INVERSE_STRENGTH).build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkOptions {

  NetworkOptions() {}

  /**
   * Gets how long a tie is.
   *
   * @return the tie distance, {@link TieDistance#HOPS} by default
   */
  @Value.Default
  public TieDistance tieDistance() {
    return TieDistance.HOPS;
  }

  /**
   * Gets the number of threads for betweenness.
   *
   * @return the parallelism, the number of available processors by default
   */
  @Value.Default
  public int parallelism() {
    return Betweenness.defaultParallelism();
  }

  /**
   * Gets the default options: hops, all available processors.
   *
   * @return the options, not null
   */
  public static NetworkOptions defaults() {
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

  /** A builder of {@link NetworkOptions}. */
  public static final class Builder extends ImmutableNetworkOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (parallelism() < 1) {
      throw InvalidValueException.of("parallelism", "must be at least 1", parallelism());
    }
  }
}
