package org.c2model.metrics.indicator.store;

/**
 * A callback told how many observations a long load has appended so far, such as a progress bar
 * for a national file of 50 million observations.
 * <p>
 * {@link ColumnarObservations.Builder#onProgress(LoadProgress, long)} calls it every given number of
 * observations, from a loading thread (one call at a time), and once more from {@code build()} with
 * the final count.
 * An exception it throws propagates to the caller of {@code append} or {@code build}, which stops
 * the load.
 */
@FunctionalInterface
public interface LoadProgress {

  /**
   * Receives the number of observations appended so far.
   *
   * @param observations  the count so far, positive and increasing between calls
   */
  void loaded(long observations);
}
