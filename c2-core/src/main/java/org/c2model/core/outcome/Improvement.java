package org.c2model.core.outcome;

import org.c2model.core.Coded;

/**
 * The direction of change that counts as improvement for a long-term indicator, such as
 * {@link #LOWER_IS_BETTER} for anti-social behaviour (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 * <p>
 * The metrics engine uses it to say whether a change or a benchmark comparison is better or worse.
 */
public enum Improvement implements Coded {
  /** A fall is an improvement, such as fewer burglaries. */
  LOWER_IS_BETTER("lower_is_better"),
  /** A rise is an improvement, such as more vaccinations. */
  HIGHER_IS_BETTER("higher_is_better"),
  /**
   * Neither direction is plainly better, such as recorded domestic violence or drug offences, whose
   * reports often rise as trust in the police grows: a change is reported without a better/worse
   * verdict (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5).
   */
  AMBIGUOUS("ambiguous");

  private final String code;

  Improvement(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code of this constant, as the c2 formats write it.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }
}
