package org.c2model.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.fixtures.Partnerships;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import java.util.TreeSet;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

class GovernanceProperties {

  @Provide
  Arbitrary<Partnership> partnerships() {
    return Partnerships.partnerships();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 1100).map(LocalDate.of(2009, 1, 1)::plusDays);
  }

  private static List<String> keys(RuleReport report) {
    return report.findings().stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }

  /** Rule 1 (Positively Local sec. 4): adding an agency member never turns a failing majority into a passing one. */
  @Property
  void addingAnAgencyRepresentativeNeverRestoresAMajority(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date, @ForAll Sector sector) {
    boolean failing = !GovernanceRules.evaluate(p, date).forRule(GovernanceRules.RESIDENT_MAJORITY).isEmpty();
    Statistics.label("majority failing before").collect(failing);
    Partnership more = Partnership.builder().from(p)
        .addAgencyRepresentatives(AgencyRepresentative.of("A-NEW", Partnerships.agency(sector)))
        .addMemberships(Membership.of("A-NEW", date))
        .build();
    boolean failingAfter = !GovernanceRules.evaluate(more, date).forRule(GovernanceRules.RESIDENT_MAJORITY).isEmpty();
    if (failing) {
      assertTrue(failingAfter);
    }
  }

  /** Rule 1: a finding exactly when the board is not empty and residents do not outnumber agency staff. */
  @Property
  void majorityFindingExactlyWhenResidentsDoNotOutnumberAgencies(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date) {
    Board board = p.boardOn(date);
    boolean expected = !board.members().isEmpty() && board.residents().size() <= board.agencyRepresentatives().size();
    List<Finding> found = GovernanceRules.evaluate(p, date).forRule(GovernanceRules.RESIDENT_MAJORITY);
    assertEquals(expected, !found.isEmpty());
    found.forEach(f -> assertEquals(board.constituted() ? Severity.ERROR : Severity.WARNING, f.severity()));
  }

  /** Rule 2: one finding per office held by a non-resident, at that office's path. */
  @Property
  void oneOfficerFindingPerNonResidentOfficeHolder(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date) {
    Board board = p.boardOn(date);
    Set<String> expected = board.officers().entrySet().stream().filter(e -> !e.getValue().isResident())
        .map(e -> "/board/officers/" + e.getKey().code()).collect(Collectors.toSet());
    Set<String> actual = GovernanceRules.evaluate(p, date).forRule(GovernanceRules.RESIDENT_OFFICERS).stream()
        .map(f -> f.path().toJsonPointer()).collect(Collectors.toSet());
    assertEquals(expected, actual);
  }

  /** Rule 3: vacancies are reported only on a constituted board, one per vacant office. */
  @Property
  void vacanciesReportedOnlyOnceConstituted(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date) {
    Board board = p.boardOn(date);
    int expected = board.constituted() ? 4 - board.officers().size() : 0;
    assertEquals(expected, GovernanceRules.evaluate(p, date).forRule(GovernanceRules.OFFICES_FILLED).size());
  }

  /** Rule 4: adding a representative of a required sector never adds a sector finding. */
  @Property
  void addingARequiredSectorNeverAddsASectorFinding(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date, @ForAll Sector sector) {
    if (p.boardOn(date).members().isEmpty()) {
      return; // an empty board has no sector findings, and one member makes the rule apply
    }
    int before = GovernanceRules.evaluate(p, date).forRule(GovernanceRules.REQUIRED_SECTORS).size();
    Partnership more = Partnership.builder().from(p)
        .addAgencyRepresentatives(AgencyRepresentative.of("A-NEW", Partnerships.agency(sector)))
        .addMemberships(Membership.of("A-NEW", date))
        .build();
    int after = GovernanceRules.evaluate(more, date).forRule(GovernanceRules.REQUIRED_SECTORS).size();
    assertTrue(after <= before, before + " -> " + after);
    if (RuleThresholds.defaults().requiredSectors().contains(sector)) {
      assertTrue(GovernanceRules.evaluate(more, date).forRule(GovernanceRules.REQUIRED_SECTORS).stream()
          .noneMatch(f -> f.args().get("sector").equals(sector.code())));
    }
  }

  /** Rule 5: raising the minimum never removes a key-resident finding; the finding matches the count. */
  @Property
  void keyResidentFindingFollowsTheThreshold(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date,
      @ForAll("minimums") int minimum) {
    Board board = p.boardOn(date);
    long keys = board.residents().stream().filter(Resident::keyResident).count();
    RuleThresholds t = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(minimum).build();
    boolean found = !GovernanceRules.standard(t).evaluate(board, date).forRule(GovernanceRules.KEY_RESIDENTS).isEmpty();
    assertEquals(!board.members().isEmpty() && keys < minimum, found);
    RuleThresholds higher = RuleThresholds.builder().from(t).minimumKeyResidents(minimum + 1).build();
    if (found) {
      assertFalse(GovernanceRules.standard(higher).evaluate(board, date).forRule(GovernanceRules.KEY_RESIDENTS).isEmpty());
    }
  }

  @Provide
  Arbitrary<Integer> minimums() {
    return Arbitraries.integers().between(0, 8);
  }

  /** Rules 6 and 7: one finding per activist key resident and per appointed member, never an error. */
  @Property
  void oneFindingPerActivistKeyResidentAndPerAppointedMember(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date) {
    Board board = p.boardOn(date);
    RuleReport report = GovernanceRules.evaluate(p, date);
    long activists = board.residents().stream().filter(r -> r.keyResident() && r.existingActivist()).count();
    long appointed = board.members().stream().filter(m -> m.membership().joinedBy() == JoinMethod.APPOINTED).count();
    assertEquals(activists, report.forRule(GovernanceRules.ACTIVIST_KEY_RESIDENT).size());
    assertEquals(appointed, report.forRule(GovernanceRules.APPOINTED_MEMBER).size());
    report.forRule(GovernanceRules.ACTIVIST_KEY_RESIDENT).forEach(f -> assertEquals(Severity.INFO, f.severity()));
    report.forRule(GovernanceRules.APPOINTED_MEMBER).forEach(f -> assertEquals(Severity.WARNING, f.severity()));
  }

  /**
   * Rule 8: an officer off the board (membership ended, not begun, or never) is always an error, on
   * every date they are off it, and the history covers that date with the rule's span.
   */
  @Property
  void anOfficerOffTheBoardIsAnErrorOnEveryDateTheyAreOffIt(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date) {
    Set<String> expected = new TreeSet<>();
    for (OfficerTerm t : p.officerTerms()) {
      boolean member = p.memberships().stream().anyMatch(m -> m.personId().equals(t.personId()) && m.isActiveOn(date));
      if (t.isActiveOn(date) && !member) {
        expected.add("/board/officers/" + t.role().code());
      }
    }
    List<Finding> found = GovernanceRules.evaluate(p, date).forRule(GovernanceRules.OFFICER_ON_BOARD);
    assertEquals(expected, found.stream().map(f -> f.path().toString()).collect(Collectors.toCollection(TreeSet::new)));
    found.forEach(f -> assertEquals(Severity.ERROR, f.severity()));
    Set<String> spans = GovernanceHistory.of(p).failingOn(date).stream()
        .filter(s -> s.ruleId().equals(GovernanceRules.OFFICER_ON_BOARD)).map(s -> s.path().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, spans);
    Statistics.label("officer off the board").collect(!expected.isEmpty());
  }

  /** Rule 9: one information finding per co-opted member on the board, naming them by id. */
  @Property
  void oneInformationFindingPerCoOptedMember(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date) {
    Board board = p.boardOn(date);
    List<String> coOpted = board.members().stream().filter(m -> m.membership().joinedBy() == JoinMethod.CO_OPTED)
        .map(m -> m.person().id()).sorted().toList();
    List<Finding> found = GovernanceRules.evaluate(p, date).forRule(GovernanceRules.CO_OPTED_MEMBER);
    assertEquals(coOpted, found.stream().map(f -> f.args().get("personId")).sorted().toList());
    found.forEach(f -> assertEquals(Severity.INFO, f.severity()));
  }

  /** Evaluating on a date equals evaluating the board snapshot of that date. */
  @Property
  void evaluatingOnADateEqualsEvaluatingThatDaysBoard(@ForAll("partnerships") Partnership p,
      @ForAll("dates") LocalDate date) {
    Board snapshot = Board.builder().from(p.boardOn(date)).build();
    assertEquals(GovernanceRules.evaluate(p, date), GovernanceRules.standard().evaluate(snapshot, date));
  }

  /** Findings are identical whatever order the people, memberships and terms were recorded in. */
  @Property
  void findingsDoNotDependOnRecordingOrder(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<Membership> memberships = new ArrayList<>(p.memberships());
    Collections.shuffle(memberships, random);
    List<Resident> residents = new ArrayList<>(p.residents());
    Collections.shuffle(residents, random);
    List<AgencyRepresentative> reps = new ArrayList<>(p.agencyRepresentatives());
    Collections.shuffle(reps, random);
    var terms = new ArrayList<>(p.officerTerms());
    Collections.shuffle(terms, random);
    Partnership shuffled = Partnership.builder().from(p).memberships(memberships).residents(residents)
        .agencyRepresentatives(reps).officerTerms(terms).build();
    assertEquals(GovernanceRules.evaluate(p, date), GovernanceRules.evaluate(shuffled, date));
    assertEquals(GovernanceHistory.of(p).spans(), GovernanceHistory.of(shuffled).spans());
  }

  /** The history agrees with a direct evaluation on every day the board changed and the day before. */
  @Property(tries = 300)
  void historyAgreesWithEvaluationOnEveryChangeDate(@ForAll("partnerships") Partnership p) {
    GovernanceHistory history = GovernanceHistory.of(p);
    for (LocalDate d : p.changeDates()) {
      for (LocalDate day : List.of(d, d.minusDays(1))) {
        List<String> expected = keys(GovernanceRules.evaluate(p, day));
        List<String> actual = history.failingOn(day).stream().map(s -> s.ruleId() + " " + s.path())
            .collect(Collectors.toList());
        assertEquals(Set.copyOf(expected), Set.copyOf(actual), "on " + day);
      }
    }
  }

  /** Findings never name a person by display name: only ids appear in messages. */
  @Property(tries = 200)
  void messagesNameIdsNeverDisplayNames(@ForAll("partnerships") Partnership p, @ForAll("dates") LocalDate date) {
    Partnership named = Partnership.builder().from(p)
        .residents(p.residents().stream().map(r -> Resident.builder().from(r).displayName("Secret Name").build()).toList())
        .build();
    for (Finding f : GovernanceRules.evaluate(named, date).findings()) {
      assertFalse(f.message().contains("Secret") || f.args().containsValue("Secret Name"), f.message());
    }
    for (BoardMember m : named.boardOn(date).members()) {
      Person person = m.person();
      assertFalse(person.toString().contains("Secret"));
    }
  }
}
