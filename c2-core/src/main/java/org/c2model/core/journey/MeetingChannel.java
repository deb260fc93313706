package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * Where a partnership meeting or community forum was held: in a hall or online
 * ({@code docs/c2-model.md} section 8: a council's one-hour online forum drew over 1,000 post views
 * and 17 active participants, more than any single physical forum; section 2, step 5, monthly
 * partnership meetings giving feedback to residents, <i>Positively Local</i> sec. 2.5).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code in_person}, used in JSON.
 */
public enum MeetingChannel implements Coded {
  /** Held in a room, residents and agencies present together: the paper's meeting. */
  IN_PERSON("in_person"),
  /** Held online, such as a forum on a social network: reach (views) is recorded apart from participation. */
  ONLINE("online");

  private final String code;

  MeetingChannel(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code in_person}.
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
  public static MeetingChannel fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
