package org.c2model.core.journey;

import org.c2model.core.internal.Codes;

/**
 * The age range a resident-organised activity serves ({@code C2-DOMAIN.md} section 2, step 6: "groups and activities for different age ranges").
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code early_years}, used in JSON.
 */
public enum AgeRange {
  /** Under 5: parent and toddler groups. */
  EARLY_YEARS,
  /** 5 to 11. */
  CHILDREN,
  /** 12 to 19: youth clubs, police-run football. */
  YOUNG_PEOPLE,
  /** 20 to 64. */
  ADULTS,
  /** 65 and over. */
  OLDER_PEOPLE,
  /** Everyone: community bingo, a fun day. */
  ALL_AGES;

  /**
   * Gets the stable code, such as {@code early_years}.
   *
   * @return the code, not null
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static AgeRange fromCode(String code) {
    return Codes.fromCode(values(), code, "ageRange");
  }
}
