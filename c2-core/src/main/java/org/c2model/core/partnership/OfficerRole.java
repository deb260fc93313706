package org.c2model.core.partnership;

import java.util.Locale;

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
    return name().toLowerCase(Locale.ROOT);
  }
}
