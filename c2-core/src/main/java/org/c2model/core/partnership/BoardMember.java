package org.c2model.core.partnership;

import org.immutables.value.Value;

/**
 * A person sitting on the board on a given day, with the membership that seats them.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BoardMember {

  BoardMember() {}

  /**
   * Gets the person.
   *
   * @return the person, not null
   */
  @Value.Parameter
  public abstract Person person();

  /**
   * Gets the membership spell that seats the person.
   *
   * @return the membership, not null
   */
  @Value.Parameter
  public abstract Membership membership();

  /**
   * Obtains a board member.
   *
   * @param person  the person, not null
   * @param membership  the membership, for the same person, not null
   * @return the board member, not null
   * @throws org.c2model.core.InvalidValueException if the membership is someone else's
   */
  public static BoardMember of(Person person, Membership membership) {
    return ImmutableBoardMember.of(person, membership);
  }

  @Value.Check
  void check() {
    if (!membership().personId().equals(person().id())) {
      throw org.c2model.core.InvalidValueException.of("membership.personId",
          "must be the member's id " + person().id(), membership().personId());
    }
  }
}
