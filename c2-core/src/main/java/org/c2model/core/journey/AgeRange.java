package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * The age range a resident-organised activity serves (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 6: "groups and activities for different age ranges").
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code early_years}, used in JSON.
 */
public enum AgeRange implements Coded {
  /** Under 5: parent and toddler groups. */
  EARLY_YEARS("early_years"),
  /** 5 to 11. */
  CHILDREN("children"),
  /** 12 to 19: youth clubs, police-run football. */
  YOUNG_PEOPLE("young_people"),
  /** 20 to 64. */
  ADULTS("adults"),
  /** 65 and over. */
  OLDER_PEOPLE("older_people"),
  /** Everyone: community bingo, a fun day. */
  ALL_AGES("all_ages");

  private final String code;

  AgeRange(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code early_years}.
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
  public static AgeRange fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
