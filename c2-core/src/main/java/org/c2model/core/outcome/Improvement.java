package org.c2model.core.outcome;

/**
 * The direction of change that counts as improvement for a long-term indicator, such as
 * {@link #LOWER_IS_BETTER} for anti-social behaviour ({@code C2-DOMAIN.md} section 5).
 * <p>
 * The metrics engine uses it to say whether a change or a benchmark comparison is better or worse.
 */
public enum Improvement {
  /** A fall is an improvement, such as fewer burglaries. */
  LOWER_IS_BETTER,
  /** A rise is an improvement, such as more vaccinations. */
  HIGHER_IS_BETTER
}
