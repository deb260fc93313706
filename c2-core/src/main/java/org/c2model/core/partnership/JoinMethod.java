package org.c2model.core.partnership;

import org.c2model.core.internal.Codes;

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
    return Codes.code(this);
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, such as {@code self_selected}, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static JoinMethod fromCode(String code) {
    return Codes.fromCode(values(), code, "joinedBy");
  }
}
