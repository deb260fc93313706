package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleSet;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * The governance rules of a C2 partnership board (<i>Positively Local</i> sec. 4;
 * {@code docs/c2-model.md} section 4, and section 2,
 * steps 1 and 4), evaluated on a {@link Board}.
 * <p>
 * The rule ids below are part of the API. Rules 1 to 4 state what must hold "at every point in time
 * after formalisation": on a constituted board a breach is an {@link Severity#ERROR}; on a board
 * still forming (members but no constitution yet) the same breach is a {@link Severity#WARNING}, so
 * the partnership can mend it before it constitutes. Office vacancies count only once constituted.
 *
 * <pre>{@code
 * RuleReport report = GovernanceRules.evaluate(partnership, LocalDate.of(2010, 3, 1));
 * report.findings().forEach(f -> crm.flag(f.ruleId(), f.severity(), f.path(), f.message()));
 * }</pre>
 */
public final class GovernanceRules {

  /** Rule 1: residents strictly outnumber agency representatives on the board. */
  public static final RuleId RESIDENT_MAJORITY = RuleId.of("Governance:ResidentMajority");
  /** Rule 2: the chair, deputy chair, treasurer and secretary are residents. */
  public static final RuleId RESIDENT_OFFICERS = RuleId.of("Governance:ResidentOfficers");
  /** Rule 3: all four offices are filled once the partnership is constituted. */
  public static final RuleId OFFICES_FILLED = RuleId.of("Governance:OfficesFilled");
  /** Rule 4: the partnership includes each required sector. */
  public static final RuleId REQUIRED_SECTORS = RuleId.of("Governance:RequiredSectors");
  /** Rule 5: at least the minimum number of key residents. */
  public static final RuleId KEY_RESIDENTS = RuleId.of("Governance:KeyResidents");
  /** Rule 6: existing activists among the key residents (information). */
  public static final RuleId ACTIVIST_KEY_RESIDENT = RuleId.of("Governance:ActivistKeyResident");
  /** Rule 7: members appointed rather than self-selected (warning). */
  public static final RuleId APPOINTED_MEMBER = RuleId.of("Governance:AppointedMember");

  /** Rule 8: an officer who is not a member of the board (error). */
  public static final RuleId OFFICER_ON_BOARD = RuleId.of("Governance:OfficerOnBoard");
  /** Rule 9: members co-opted rather than self-selected (information). */
  public static final RuleId CO_OPTED_MEMBER = RuleId.of("Governance:CoOptedMember");

  private static final Path MEMBERS = Path.of("board", "members");
  // Offices in role order, and sectors, looked up by role rather than iterating the board's map:
  // the map made an entry object per office on every board evaluated.
  private static final OfficerRole[] ROLES = OfficerRole.values();
  private static final Sector[] SECTORS = Sector.values();
  private static final Path OFFICERS = Path.of("board", "officers");

  private GovernanceRules() {}

  /**
   * Gets the nine standard rules, in order, under the paper's default thresholds.
   *
   * @return the rule set, not null
   */
  public static RuleSet<Board> standard() {
    return Standard.RULES;
  }

  /** The standard rules under the default thresholds, built once (rule sets are immutable). */
  private static final class Standard {
    static final RuleSet<Board> RULES = standard(RuleThresholds.defaults());
  }

  /**
   * Gets the nine standard rules, in order, under the given thresholds.
   *
   * @param thresholds  the thresholds, not null
   * @return the rule set, to which a council may add its own rules with {@code with(rule)}, not null
   */
  public static RuleSet<Board> standard(RuleThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    return RuleSet.of(List.of(residentMajority(), residentOfficers(), officesFilled(), requiredSectors(),
        keyResidents(), activistKeyResidents(), appointedMembers(), officersOnBoard(), coOptedMembers()), thresholds);
  }

  /**
   * Evaluates the standard rules on the board of a partnership as it stood on a day.
   *
   * @param partnership  the partnership, not null
   * @param date  the day, not null
   * @return the report, not null
   */
  public static RuleReport evaluate(Partnership partnership, LocalDate date) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(date, "date");
    return standard().evaluate(partnership.boardOn(date), date);
  }

  /**
   * Rule 1, {@code Governance:ResidentMajority}: residents on the board strictly outnumber agency
   * representatives (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section 4; section 2,
   * step 4: "the board always has more
   * residents than agency representatives"). A resident who is also an elected member counts as a
   * resident (section 3).
   *
   * @return the rule, not null
   */
  public static Rule<Board> residentMajority() {
    return StandardRule.boardWide(RESIDENT_MAJORITY, "Residents strictly outnumber agency representatives on the board (Positively Local sec. 4).",
        (board, t) -> {
          int residents = board.residents();
          int agency = board.agencyRepresentatives();
          if (!board.hasMembers() || residents > agency) {
            return List.of();
          }
          return List.of(Finding.of(RESIDENT_MAJORITY, breach(board), MEMBERS, board.date(),
              "residents " + residents + ", agency representatives " + agency
                  + ": residents must outnumber agency representatives",
              "residents", Integer.toString(residents),
              "agencyRepresentatives", Integer.toString(agency)));
        });
  }

  /**
   * Rule 2, {@code Governance:ResidentOfficers}: the chair, deputy chair, treasurer and secretary
   * are residents (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section 4; section 2,
   * step 4: "are always residents").
   *
   * @return the rule, not null
   */
  public static Rule<Board> residentOfficers() {
    return StandardRule.boardWide(RESIDENT_OFFICERS, "The four officers are residents (Positively Local sec. 4).", (board, t) -> {
      List<Finding> found = new ArrayList<>();
      for (OfficerRole role : ROLES) {
        Person person = board.officers().get(role);
        if (person != null && !person.isResident()) {
          found.add(Finding.of(RESIDENT_OFFICERS, breach(board), OFFICERS.property(role.code()), board.date(),
              role.code() + " is held by " + person.describe() + ", not a resident",
              "role", role.code(),
              "personId", person.id()));
        }
      }
      return found;
    });
  }

  /**
   * Rule 3, {@code Governance:OfficesFilled}: once the partnership is constituted, all four offices
   * are filled (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section 4; section 2, step
   * 4: the four officers "are
   * elected"). Applies only to a constituted board.
   *
   * @return the rule, not null
   */
  public static Rule<Board> officesFilled() {
    return StandardRule.boardWide(OFFICES_FILLED, "All four offices are filled once constituted (Positively Local sec. 4).", (board, t) -> {
      if (!board.constituted()) {
        return List.of();
      }
      List<Finding> found = new ArrayList<>();
      for (OfficerRole role : ROLES) {
        if (!board.officers().containsKey(role)) {
          found.add(Finding.of(OFFICES_FILLED, Severity.ERROR, OFFICERS.property(role.code()), board.date(),
              role.code() + " is vacant on a constituted board",
              "role", role.code()));
        }
      }
      return found;
    });
  }

  /**
   * Rule 4, {@code Governance:RequiredSectors}: the partnership includes each required sector,
   * by default health, education, police and the local authority (<i>Positively Local</i> sec. 4;
   * {@code docs/c2-model.md} section 4:
   * "from the outset it includes, at minimum, health, education, police and the local authority";
   * section 2, step 1). A sector counts when a representative of an agency in it sits on the board.
   *
   * @return the rule, not null
   */
  public static Rule<Board> requiredSectors() {
    return StandardRule.boardWide(REQUIRED_SECTORS, "The partnership includes each required sector (Positively Local sec. 4).", (board, t) -> {
      if (!board.hasMembers()) {
        return List.of();
      }
      List<Finding> found = new ArrayList<>();
      for (Sector sector : SECTORS) {
        if (t.requiredSectors().contains(sector) && !board.sectorPresent(sector)) {
          found.add(Finding.of(REQUIRED_SECTORS, breach(board), Path.of("board", "sectors", sector.code()),
              board.date(),
              "no representative of the " + sector.code() + " sector sits on the board",
              "sector", sector.code()));
        }
      }
      return found;
    });
  }

  /**
   * Rule 5, {@code Governance:KeyResidents}: the board has at least the minimum number of key
   * residents, 5 by default (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2,
   * step 1: "a critical number of key
   * residents (the founders used 5)"). A warning: the number is the founders' practice, not a law.
   *
   * @return the rule, not null
   */
  public static Rule<Board> keyResidents() {
    return StandardRule.boardWide(KEY_RESIDENTS, "At least the minimum number of key residents (Positively Local sec. 2, step 1).", (board, t) -> {
      if (!board.hasMembers()) {
        return List.of();
      }
      long keys = board.keyResidents();
      if (keys >= t.minimumKeyResidents()) {
        return List.of();
      }
      return List.of(Finding.of(KEY_RESIDENTS, Severity.WARNING, MEMBERS, board.date(),
          "key residents " + keys + ", fewer than the recommended " + t.minimumKeyResidents(),
          "keyResidents", Long.toString(keys),
          "minimum", Integer.toString(t.minimumKeyResidents())));
    });
  }

  /**
   * Rule 6, {@code Governance:ActivistKeyResident}: an information finding for each key resident
   * who was an existing community activist (<i>Positively Local</i> sec. 3;
   * {@code docs/c2-model.md} section 3: key residents are
   * "usually not existing community activists"; the paper's caution, not a ban).
   *
   * @return the rule, not null
   */
  public static Rule<Board> activistKeyResidents() {
    return StandardRule.perMember(ACTIVIST_KEY_RESIDENT, "Existing activists among the key residents (Positively Local sec. 3).", (m, date) ->
        !(m.person() instanceof Resident r && r.keyResident() && r.existingActivist()) ? null
            : Finding.of(ACTIVIST_KEY_RESIDENT, Severity.INFO, MEMBERS.property(r.id()), date,
                r.describe() + " is an existing community activist; the paper cautions that "
                    + "activists may not represent their neighbours",
                "personId", r.id()));
  }

  /**
   * Rule 7, {@code Governance:AppointedMember}: a warning for each member who was appointed rather
   * than self-selected (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section 4:
   * "membership is by self-selection"; section
   * 2, step 4).
   *
   * @return the rule, not null
   */
  public static Rule<Board> appointedMembers() {
    return StandardRule.perMember(APPOINTED_MEMBER, "Members self-select rather than being appointed (Positively Local sec. 4).", (m, date) ->
        m.membership().joinedBy() != JoinMethod.APPOINTED ? null
            : Finding.of(APPOINTED_MEMBER, Severity.WARNING, MEMBERS.property(m.person().id()).property("joinedBy"),
                date,
                m.person().describe() + " was appointed; C2 members self-select",
                "personId", m.person().id()));
  }

  /**
   * Rule 8, {@code Governance:OfficerOnBoard}: an error for each officer who, on the day, is not a
   * member of the board: their membership has ended, has not begun, or never existed. Officers are
   * elected from the board and must be members for their whole term (<i>Positively Local</i> sec. 4;
   * {@code docs/c2-model.md} section 4). {@link GovernanceHistory} reports it with the dates it
   * started and stopped, as for every rule: the board is evaluated on each day a membership or term
   * begins or ends.
   *
   * @return the rule, not null
   */
  public static Rule<Board> officersOnBoard() {
    return StandardRule.boardWide(OFFICER_ON_BOARD, "Officers are members of the board for their whole term (Positively Local "
        + "sec. 4).", (board, t) -> {
          List<Finding> found = new ArrayList<>();
          for (OfficerRole role : ROLES) {
            Person person = board.officers().get(role);
            if (person != null && !board.isMember(person.id())) {
              found.add(Finding.of(OFFICER_ON_BOARD, Severity.ERROR, OFFICERS.property(role.code()), board.date(),
                  role.code() + " " + person.id() + " holds office on " + board.date()
                      + " but is not a member of the board",
                  "role", role.code(),
                  "personId", person.id()));
            }
          }
          return found;
        });
  }

  /**
   * Rule 9, {@code Governance:CoOptedMember}: information for each member co-opted by the board
   * rather than self-selected. Co-option is how boards bring in skills they lack, but C2 members
   * self-select, so it is worth a note (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md}
   * section 4: "record how each member joined").
   *
   * @return the rule, not null
   */
  public static Rule<Board> coOptedMembers() {
    return StandardRule.perMember(CO_OPTED_MEMBER, "Members co-opted rather than self-selected (Positively Local sec. 4).",
        (m, date) -> m.membership().joinedBy() != JoinMethod.CO_OPTED ? null
            : Finding.of(CO_OPTED_MEMBER, Severity.INFO, MEMBERS.property(m.person().id()).property("joinedBy"), date,
                m.person().describe() + " was co-opted on " + m.membership().joined() + "; C2 members self-select",
                "personId", m.person().id(),
                "joined", m.membership().joined().toString()));
  }

  private static Severity breach(BoardState board) {
    return board.constituted() ? Severity.ERROR : Severity.WARNING;
  }
}
