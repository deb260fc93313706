package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * The kind of a partnership meeting ({@code docs/c2-model.md} section 6: Townstal holds monthly
 * public meetings and a bi-monthly executive committee).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code public}, used in JSON.
 */
public enum MeetingKind implements Coded {
  /** A meeting open to every resident, giving feedback to the neighbourhood. */
  PUBLIC("public"),
  /** A meeting of the board or its executive committee. */
  EXECUTIVE("executive");

  private final String code;

  MeetingKind(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code public}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static MeetingKind fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
