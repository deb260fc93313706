package org.c2model.core.partnership;

import org.c2model.core.internal.Codes;

/**
 * The four offices of a C2 partnership board, always held by residents ({@code C2-DOMAIN.md}
 * section 4).
 */
public enum OfficerRole {
  /** Chair. */
  CHAIR,
  /** Deputy chair (vice-chair). */
  DEPUTY_CHAIR,
  /** Treasurer. */
  TREASURER,
  /** Secretary. */
  SECRETARY;

  /**
   * Gets the stable code, such as {@code deputy_chair}; also the JSON Pointer segment of the office.
   *
   * @return the code, not null
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, such as {@code deputy_chair}, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static OfficerRole fromCode(String code) {
    return Codes.fromCode(values(), code, "role");
  }
}
