package org.c2model.core.partnership;

/**
 * A person in a C2 partnership: a {@link Resident} or an {@link AgencyRepresentative}
 * (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3).
 * <p>
 * People are known by id. Names are optional, never printed by {@code toString()} and never put in
 * findings: council IT may log both.
 */
public sealed interface Person permits Resident, AgencyRepresentative {

  /**
   * Gets the person's id, such as a CRM contact id.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Checks if this person counts as a resident for the board-majority rule.
   *
   * @return true for residents (including elected members who live in the neighbourhood)
   */
  boolean isResident();

  /**
   * Gets a short description for messages, such as {@code resident R7} or
   * {@code agency representative A3 (police)}. It holds no personal data.
   *
   * @return the description, not null
   */
  String describe();
}
