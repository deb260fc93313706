package org.c2model.metrics.network;

import org.c2model.core.Coded;

/**
 * Why a person is listed as a weak-connector candidate (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3). Each value
 * has a stable {@link #code()}; never compare ordinals.
 */
public enum CandidateReason implements Coded {
  /** Stands out by betweenness: in the network's top decile and well above its median ({@link WeakConnectorThresholds}). */
  HIGH_BETWEENNESS("high_betweenness"),
  /** An articulation point: their leaving would split their part of the network. */
  ARTICULATION_POINT("articulation_point"),
  /** Their leaving would cut off more than the configured share of all people. */
  SINGLE_PERSON_DEPENDENCY("single_person_dependency");

  private final String code;

  CandidateReason(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code articulation-point}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
