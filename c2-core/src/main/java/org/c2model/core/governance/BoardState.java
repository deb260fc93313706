package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;

/**
 * What the board-wide standard governance rules read of a board: counts, sectors and officers.
 * <p>
 * Each rule is written once against this view. {@link #of(Board)} answers from a whole board (one
 * day, {@code O(members)}); the sweep of {@link GovernanceHistory} keeps the same answers as running
 * counts, so a partnership's history is evaluated in {@code O(n log n)} and gives the same findings.
 */
interface BoardState {

  /** The day. */
  LocalDate date();

  /** True once the constitution was adopted. */
  boolean constituted();

  /** True if anyone sits on the board. */
  boolean hasMembers();

  /** The number of residents on the board. */
  int residents();

  /** The number of agency representatives on the board. */
  int agencyRepresentatives();

  /** The number of key residents on the board. */
  int keyResidents();

  /** True if a representative of an agency in the sector sits on the board. */
  boolean sectorPresent(Sector sector);

  /** The holder of each office filled that day, in role order. */
  Map<OfficerRole, Person> officers();

  /** True if the person sits on the board. */
  boolean isMember(String personId);

  /**
   * Obtains the view of a whole board.
   *
   * @param board  the board, not null
   * @return the view, not null
   */
  static BoardState of(Board board) {
    return new BoardState() {
      @Override
      public LocalDate date() {
        return board.date();
      }

      @Override
      public boolean constituted() {
        return board.constituted();
      }

      @Override
      public boolean hasMembers() {
        return !board.members().isEmpty();
      }

      @Override
      public int residents() {
        return board.residents().size();
      }

      @Override
      public int agencyRepresentatives() {
        return board.agencyRepresentatives().size();
      }

      @Override
      public int keyResidents() {
        int keys = 0;
        List<Resident> residents = board.residents();
        for (int i = 0; i < residents.size(); i++) {
          Resident r = residents.get(i);
          keys += r.keyResident() ? 1 : 0;
        }
        return keys;
      }

      @Override
      public boolean sectorPresent(Sector sector) {
        List<AgencyRepresentative> representatives = board.agencyRepresentatives();
        for (int i = 0; i < representatives.size(); i++) {
          AgencyRepresentative a = representatives.get(i);
          if (a.agency().sector() == sector) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Map<OfficerRole, Person> officers() {
        return board.officers();
      }

      @Override
      public boolean isMember(String personId) {
        List<BoardMember> members = board.members();
        for (int i = 0; i < members.size(); i++) {
          BoardMember m = members.get(i);
          if (m.person().id().equals(personId)) {
            return true;
          }
        }
        return false;
      }
    };
  }
}
