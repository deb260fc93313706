package org.c2model.core.partnership;

import org.c2model.core.Coded;

/**
 * The four offices of a C2 partnership board, always held by residents (<i>Positively Local</i>
 * sec. 4; {@code docs/c2-model.md}
 * section 4).
 */
public enum OfficerRole implements Coded {
  /** Chair. */
  CHAIR("chair"),
  /** Deputy chair (vice-chair). */
  DEPUTY_CHAIR("deputy_chair"),
  /** Treasurer. */
  TREASURER("treasurer"),
  /** Secretary. */
  SECRETARY("secretary");

  private final String code;

  OfficerRole(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code deputy_chair}; also the JSON Pointer segment of the office.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, such as {@code deputy_chair}, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static OfficerRole fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
