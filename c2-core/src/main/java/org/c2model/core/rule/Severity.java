package org.c2model.core.rule;

import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * How serious a finding is. A report is successful when it has no {@link #ERROR}.
 * <p>
 * Each severity has a stable wire {@link #code()} and an explicit rank: never compare ordinals.
 */
public enum Severity implements Coded {
  /** Worth knowing, such as out-of-order evidence or the paper's caution about activists. */
  INFO("info", 10),
  /** Departs from C2 practice, such as an appointed board member. */
  WARNING("warning", 20),
  /** Breaks a C2 rule, such as a board without a resident majority. */
  ERROR("error", 30);

  private final String code;
  private final int rank;

  Severity(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  /**
   * Gets the stable code, such as {@code warning}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Checks if this severity is at least as serious as another.
   *
   * @param other  the other severity, not null
   * @return true if this is as serious or more
   */
  public boolean isAtLeast(Severity other) {
    return rank >= other.rank;
  }

  /**
   * Obtains a severity from its code.
   *
   * @param code  the code: {@code info}, {@code warning} or {@code error}, not null
   * @return the severity, not null
   * @throws InvalidValueException if the code is unknown
   */
  public static Severity fromCode(String code) {
    for (Severity s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw InvalidValueException.of("severity", "must be info, warning or error", "'" + code + "'");
  }
}
