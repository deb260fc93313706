package org.c2model.bench.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures resident heap: the live heap after a full collection, before and after a data set is
 * built. The result is handed to {@link ResidentMemoryProfiler} in the same (forked) JVM.
 */
final class Resident {

  /** Bytes resident per observation of the data set built in this JVM, or NaN if none. */
  static volatile double bytesPerObservation = Double.NaN;

  private Resident() {}

  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // a few collections until the figure settles
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static void record(long before, long after, long observations, String what) {
    bytesPerObservation = (after - before) / (double) observations;
    System.out.printf(java.util.Locale.ROOT, "%n%s: %,d bytes resident for %,d observations = %.2f bytes each%n",
        what, after - before, observations, bytesPerObservation);
  }
}
