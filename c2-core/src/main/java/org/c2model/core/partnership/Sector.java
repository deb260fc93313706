package org.c2model.core.partnership;

import java.util.Locale;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * The sector an agency belongs to, such as health or police.
 * <p>
 * The list follows <i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3 ("Agency
 * representative"). Each constant has a
 * stable lower-case {@link #code()} used in JSON and CSV.
 */
public enum Sector implements Coded {
  /** NHS trusts, GP practices, health trainers, public health. */
  HEALTH,
  /** Schools, colleges, children's centres. */
  EDUCATION,
  /** Police, PCSOs, PACT. */
  POLICE,
  /** District, county, unitary or town council services. */
  LOCAL_AUTHORITY,
  /** Housing associations and housing providers. */
  HOUSING,
  /** Fire and rescue service. */
  FIRE_AND_RESCUE,
  /** Youth services. */
  YOUTH_SERVICES,
  /** Voluntary and community sector, including the CVS. */
  VOLUNTARY_SECTOR,
  /** Local businesses. */
  BUSINESS,
  /** Solicitors and legal advice. */
  LEGAL,
  /** Elected members (councillors) sitting for their office rather than as residents. */
  ELECTED_MEMBER,
  /** Universities and researchers. */
  ACADEMIC,
  /** Any other sector. */
  OTHER;

  private final String code = name().toLowerCase(Locale.ROOT);

  /**
   * Gets the stable code, such as {@code local_authority}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a sector from its code.
   *
   * @param code  the code, such as {@code police}, not null
   * @return the sector, not null
   * @throws InvalidValueException if the code is unknown
   */
  public static Sector fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
