package org.c2model.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The partnership board as it stood on one day: who sat on it, who held each office, and whether
 * the partnership was constituted (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section
 * 4).
 * <p>
 * Obtain one from {@link Partnership#boardOn(LocalDate)}; the governance rules evaluate boards.
 * Members are ordered by person id, so a board does not depend on the order memberships were
 * recorded in.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Board {

  Board() {}

  /**
   * Gets the day the board stood like this.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Checks if the partnership had adopted its constitution by this day (step 4).
   *
   * @return true once constituted
   */
  @Value.Parameter
  public abstract boolean constituted();

  /**
   * Gets the members sitting on the board, ordered by person id.
   *
   * @return the members, not null
   */
  @Value.Parameter
  public abstract List<BoardMember> members();

  /**
   * Gets the holder of each office filled that day, in {@link OfficerRole} order; a vacant office
   * has no entry.
   *
   * @return the office holders, not null
   */
  @Value.Parameter
  public abstract Map<OfficerRole, Person> officers();

  /**
   * Gets the residents on the board (elected members who live there included).
   *
   * @return the residents, ordered by id, not null
   */
  @Value.Derived
  public List<Resident> residents() {
    List<Resident> residents = new ArrayList<>();
    for (BoardMember m : members()) {
      if (m.person() instanceof Resident r) {
        residents.add(r);
      }
    }
    return residents;
  }

  /**
   * Gets the agency representatives on the board.
   *
   * @return the agency representatives, ordered by id, not null
   */
  @Value.Derived
  public List<AgencyRepresentative> agencyRepresentatives() {
    List<AgencyRepresentative> representatives = new ArrayList<>();
    for (BoardMember m : members()) {
      if (m.person() instanceof AgencyRepresentative a) {
        representatives.add(a);
      }
    }
    return representatives;
  }

  /**
   * Returns a builder, for rules tested on a board directly.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Board}. */
  public static final class Builder extends ImmutableBoard.Builder {
    Builder() {}
  }
}
