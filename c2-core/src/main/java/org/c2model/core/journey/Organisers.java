package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * Who organises an activity of step 6: residents, agencies, or both together (<i>Positively
 * Local</i> sec. 5, intermediate outcome 3, "activities and initiatives organised by residents";
 * {@code docs/c2-model.md} section 5). Only activities residents organise, alone or with agencies,
 * count as resident-organised; one an agency runs for residents, such as police-run football, is a
 * change in how the agency delivers its service (section 2, step 6).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code residents}, used in JSON.
 */
public enum Organisers implements Coded {
  /** Residents organise it, perhaps with agencies supporting: community bingo. */
  RESIDENTS("residents"),
  /** An agency runs it for residents: police-run football. */
  AGENCIES("agencies"),
  /** Residents and agencies organise it together. */
  BOTH("both");

  private final String code;

  Organisers(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code residents}.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Tells whether residents organise the activity, alone or with agencies.
   *
   * @return true for {@link #RESIDENTS} and {@link #BOTH}
   */
  public boolean residentOrganised() {
    return this != AGENCIES;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static Organisers fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
