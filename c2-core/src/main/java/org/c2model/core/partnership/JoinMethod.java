package org.c2model.core.partnership;

import java.util.Locale;

/**
 * How a member joined the board. C2 members self-select ({@code C2-DOMAIN.md} sections 2, step 4,
 * and 4); appointment is recorded so the governance rules can flag it.
 */
public enum JoinMethod {
  /** The person chose to join, as C2 intends. */
  SELF_SELECTED,
  /** An agency or body appointed the person. */
  APPOINTED,
  /** The board co-opted the person. */
  CO_OPTED;

  /**
   * Gets the stable code, such as {@code self_selected}.
   *
   * @return the code, not null
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
