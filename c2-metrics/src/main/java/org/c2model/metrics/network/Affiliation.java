package org.c2model.metrics.network;

import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Person;

/**
 * Which side of a C2 partnership a person in a network is on (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3).
 * Weak connectors are reported separately for each side: the paper finds them both among residents
 * (a shopkeeper) and among agency workers (a community development worker).
 * <p>
 * Each value has a stable {@link #code()}; never compare ordinals.
 */
public enum Affiliation implements Coded {
  /** A person who lives in the neighbourhood, including an elected member who lives there. */
  RESIDENT("resident"),
  /** A member of staff of an agency (health, education, police, the council, ...). */
  AGENCY_STAFF("agency_staff");

  private final String code;

  Affiliation(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code agency-staff}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains the affiliation of a partnership member: residents (including elected members who
   * live in the neighbourhood) are {@link #RESIDENT}, agency representatives {@link #AGENCY_STAFF}.
   *
   * @param person  the person, not null
   * @return the affiliation, not null
   */
  public static Affiliation of(Person person) {
    return person.isResident() ? RESIDENT : AGENCY_STAFF;
  }

  /**
   * Obtains an affiliation from its code.
   *
   * @param code  {@code resident} or {@code agency-staff}, not null
   * @return the affiliation, not null
   * @throws InvalidValueException if the code is unknown
   */
  public static Affiliation fromCode(String code) {
    for (Affiliation a : values()) {
      if (a.code.equals(code)) {
        return a;
      }
    }
    throw InvalidValueException.of("affiliation", "must be resident or agency-staff", "'" + code + "'");
  }
}
