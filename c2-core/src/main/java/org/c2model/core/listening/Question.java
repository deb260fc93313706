package org.c2model.core.listening;

import java.util.Locale;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * The two appreciative questions of a listening event (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 3).
 */
public enum Question implements Coded {
  /** "What is good about living here?" */
  WHAT_IS_GOOD("what is good about living here?"),
  /** "What is not so good?" */
  WHAT_IS_NOT_SO_GOOD("what is not so good?");

  private final String wording;
  private final String code = name().toLowerCase(Locale.ROOT);

  Question(String wording) {
    this.wording = wording;
  }

  /**
   * Gets the question as residents are asked it.
   *
   * @return the wording, not null
   */
  public String wording() {
    return wording;
  }

  /**
   * Gets the stable code, such as {@code what_is_good}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a question from its code.
   *
   * @param code  the code, {@code what_is_good} or {@code what_is_not_so_good}, not null
   * @return the question, not null
   * @throws InvalidValueException if the code is unknown
   */
  public static Question fromCode(String code) {
    for (Question q : values()) {
      if (q.code.equals(code)) {
        return q;
      }
    }
    throw InvalidValueException.of("question", "must be what_is_good or what_is_not_so_good", "'" + code + "'");
  }
}
