package org.c2model.core.partnership;

import org.c2model.core.Coded;

/**
 * How a member joined the board. C2 members self-select ({@code docs/c2-model.md} sections 2, step
 * 4,
 * and 4); appointment is recorded so the governance rules can flag it.
 */
public enum JoinMethod implements Coded {
  /** The person chose to join, as C2 intends. */
  SELF_SELECTED("self_selected"),
  /** An agency or body appointed the person. */
  APPOINTED("appointed"),
  /** The board co-opted the person. */
  CO_OPTED("co_opted");

  private final String code;

  JoinMethod(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code self_selected}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, such as {@code self_selected}, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static JoinMethod fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
