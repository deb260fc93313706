package org.c2model.core.partnership;

import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An agency taking part in a partnership, such as {@code Devon and Cornwall Police} in the police
 * sector (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agency {

  Agency() {}

  /**
   * Gets the agency's id.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the agency's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Gets the agency's sector.
   *
   * @return the sector, not null
   */
  @Value.Parameter
  public abstract Sector sector();

  /**
   * Obtains an agency.
   *
   * @param id  the id, not blank
   * @param name  the name, not blank
   * @param sector  the sector, not null
   * @return the agency, not null
   * @throws org.c2model.core.InvalidValueException if the id or name is blank
   */
  public static Agency of(String id, String name, Sector sector) {
    return ImmutableAgency.of(id, name, sector);
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(name(), "name");
  }
}
