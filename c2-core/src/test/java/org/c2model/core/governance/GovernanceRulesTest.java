package org.c2model.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.c2model.core.fixtures.Partnerships;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
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
import org.junit.jupiter.api.Test;

class GovernanceRulesTest {

  private static final LocalDate JUNE = Partnerships.CONSTITUTED;
  private static final LocalDate DEC = LocalDate.of(2009, 12, 31);

  /** A constituted board of 4 residents (all officers, all key) and 5 agency staff. */
  private static Partnership fourResidentsFiveAgencies() {
    Partnership.Builder p = Partnership.builder().id("P").name("Outnumbered")
        .neighbourhood(Partnerships.townstalNeighbourhood()).constitutionAdopted(JUNE);
    for (int i = 1; i <= 4; i++) {
      p.addResidents(Resident.keyResident("R" + i)).addMemberships(Membership.of("R" + i, JUNE));
    }
    Sector[] sectors = {Sector.HEALTH, Sector.EDUCATION, Sector.POLICE, Sector.LOCAL_AUTHORITY, Sector.HOUSING};
    for (int i = 0; i < 5; i++) {
      p.addAgencyRepresentatives(AgencyRepresentative.of("A" + (i + 1), Partnerships.agency(sectors[i])))
          .addMemberships(Membership.of("A" + (i + 1), JUNE));
    }
    OfficerRole[] roles = OfficerRole.values();
    for (int i = 0; i < 4; i++) {
      p.addOfficerTerms(OfficerTerm.of(roles[i], "R" + (i + 1), JUNE));
    }
    return p.build();
  }

  @Test
  void evaluate_townstalLikeBoardPasses() {
    RuleReport report = GovernanceRules.evaluate(Partnerships.townstalLike(), DEC);
    assertTrue(report.isSuccessful(), report::toString);
    assertEquals(List.of(), report.findings());
  }

  @Test
  void residentMajority_residentCouncillorCountsAsResident() {
    Board board = Partnerships.townstalLike().boardOn(DEC);
    Resident viceChair = (Resident) board.officers().get(OfficerRole.DEPUTY_CHAIR);
    assertTrue(viceChair.electedMember());
    assertEquals(7, board.residents().size());
  }

  @Test
  void residentMajority_fourResidentsAndFiveAgencyStaffFailWithBothCounts() {
    RuleReport report = GovernanceRules.evaluate(fourResidentsFiveAgencies(), DEC);
    assertFalse(report.isSuccessful());
    List<Finding> found = report.forRule(GovernanceRules.RESIDENT_MAJORITY);
    assertEquals(1, found.size(), report::toString);
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Path.parse("/board/members"), f.path());
    assertEquals(DEC, f.date());
    assertEquals(Map.of("residents", "4", "agencyRepresentatives", "5"), f.args());
    // The issue asks for a message that gives both counts.
    assertTrue(f.message().contains("residents 4") && f.message().contains("agency representatives 5"), f.message());
  }

  @Test
  void residentMajority_equalNumbersFail() {
    Partnership p = fourResidentsFiveAgencies();
    Partnership equal = Partnership.builder().from(p)
        .memberships(p.memberships().subList(0, 8)).build();
    assertEquals(1, GovernanceRules.evaluate(equal, DEC).forRule(GovernanceRules.RESIDENT_MAJORITY).size());
  }

  @Test
  void residentMajority_isAWarningBeforeConstitution() {
    Partnership p = Partnership.builder().from(fourResidentsFiveAgencies()).constitutionAdopted(LocalDate.of(2010, 1, 1)).build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.RESIDENT_MAJORITY);
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void residentOfficers_agencyChairIsAnErrorAtTheChairPath() {
    Partnership p = Partnership.builder().from(Partnerships.townstalLike())
        .officerTerms(List.of(OfficerTerm.of(OfficerRole.CHAIR, "A1", JUNE),
            OfficerTerm.of(OfficerRole.DEPUTY_CHAIR, "R2", JUNE), OfficerTerm.of(OfficerRole.TREASURER, "R3", JUNE),
            OfficerTerm.of(OfficerRole.SECRETARY, "R4", JUNE)))
        .build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.RESIDENT_OFFICERS);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(Path.parse("/board/officers/chair"), found.get(0).path());
    assertEquals("A1", found.get(0).args().get("personId"));
  }

  @Test
  void officesFilled_vacantTreasurerAndSecretaryOnConstitutedBoard() {
    Partnership p = Partnership.builder().from(Partnerships.townstalLike())
        .officerTerms(List.of(OfficerTerm.of(OfficerRole.CHAIR, "R1", JUNE), OfficerTerm.of(OfficerRole.DEPUTY_CHAIR, "R2", JUNE)))
        .build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.OFFICES_FILLED);
    assertEquals(List.of(Path.parse("/board/officers/secretary"), Path.parse("/board/officers/treasurer")),
        found.stream().map(Finding::path).toList());
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR));
  }

  @Test
  void officesFilled_notAppliedBeforeConstitution() {
    Partnership p = Partnership.builder().from(Partnerships.townstalLike()).officerTerms(List.of())
        .constitutionAdopted(LocalDate.of(2010, 6, 1)).build();
    assertEquals(List.of(), GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.OFFICES_FILLED));
  }

  @Test
  void requiredSectors_missingPoliceReported() {
    Partnership full = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(full)
        .memberships(full.memberships().stream().filter(m -> !m.personId().equals("A3")).toList()).build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.REQUIRED_SECTORS);
    assertEquals(1, found.size());
    assertEquals(Path.parse("/board/sectors/police"), found.get(0).path());
    assertEquals("police", found.get(0).args().get("sector"));
  }

  @Test
  void requiredSectors_councilCanChangeTheList() {
    RuleThresholds housingToo = RuleThresholds.builder().from(RuleThresholds.defaults())
        .addRequiredSectors(Sector.FIRE_AND_RESCUE).build();
    Board board = Partnerships.townstalLike().boardOn(DEC);
    RuleReport report = GovernanceRules.standard(housingToo).evaluate(board, DEC);
    assertEquals(List.of(Path.parse("/board/sectors/fire_and_rescue")),
        report.forRule(GovernanceRules.REQUIRED_SECTORS).stream().map(Finding::path).toList());
  }

  @Test
  void keyResidents_fewerThanFiveIsAWarningWithCounts() {
    Partnership full = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(full)
        .residents(full.residents().stream().map(r -> r.id().equals("R5")
            ? Resident.builder().from(r).keyResident(false).build() : r).toList())
        .build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.KEY_RESIDENTS);
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Map.of("keyResidents", "4", "minimum", "5"), found.get(0).args());
    RuleThresholds four = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(4).build();
    assertEquals(List.of(), GovernanceRules.standard(four).evaluate(p.boardOn(DEC), DEC).forRule(GovernanceRules.KEY_RESIDENTS));
  }

  @Test
  void activistKeyResident_isInformationPerPerson() {
    Partnership full = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(full)
        .residents(full.residents().stream().map(r -> r.id().equals("R3")
            ? Resident.builder().from(r).existingActivist(true).build() : r).toList())
        .build();
    RuleReport report = GovernanceRules.evaluate(p, DEC);
    List<Finding> found = report.forRule(GovernanceRules.ACTIVIST_KEY_RESIDENT);
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(Path.parse("/board/members/R3"), found.get(0).path());
    assertTrue(report.isSuccessful(), "an information finding is not a failure");
  }

  @Test
  void appointedMember_isAWarningAtTheMembersJoinPath() {
    Partnership full = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(full)
        .memberships(full.memberships().stream().map(m -> m.personId().equals("A2")
            ? Membership.builder().from(m).joinedBy(JoinMethod.APPOINTED).build() : m).toList())
        .build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.APPOINTED_MEMBER);
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Path.parse("/board/members/A2/joinedBy"), found.get(0).path());
  }

  @Test
  void officerWhoseMembershipEnded_isAnErrorWithItsDatesInTheHistory() {
    // The chair leaves the board on 1 March 2010 but stays chair until 1 June 2010.
    LocalDate left = LocalDate.of(2010, 3, 1);
    LocalDate termEnd = LocalDate.of(2010, 6, 1);
    Partnership base = Partnerships.townstalLike();
    String chair = base.officerTerms().stream().filter(t -> t.role() == OfficerRole.CHAIR).findFirst().orElseThrow()
        .personId();
    List<Membership> memberships = base.memberships().stream()
        .map(m -> m.personId().equals(chair) ? Membership.of(chair, m.joined(), left) : m).toList();
    List<OfficerTerm> terms = base.officerTerms().stream()
        .map(t -> t.role() == OfficerRole.CHAIR ? OfficerTerm.of(OfficerRole.CHAIR, chair, t.start(), termEnd) : t)
        .toList();
    Partnership p = Partnership.builder().from(base).memberships(memberships).officerTerms(terms).build();
    assertTrue(GovernanceRules.evaluate(p, left.minusDays(1)).forRule(GovernanceRules.OFFICER_ON_BOARD).isEmpty());
    Finding off = GovernanceRules.evaluate(p, left).forRule(GovernanceRules.OFFICER_ON_BOARD).get(0);
    assertEquals(Severity.ERROR, off.severity());
    assertEquals(Path.parse("/board/officers/chair"), off.path());
    assertEquals(chair, off.args().get("personId"));
    List<FindingSpan> spans = GovernanceHistory.of(p).spans(GovernanceRules.OFFICER_ON_BOARD);
    assertEquals(1, spans.size());
    assertEquals(left, spans.get(0).from());
    assertEquals(java.util.Optional.of(termEnd), spans.get(0).until());
  }

  @Test
  void officerWhoNeverJoinedTheBoard_isAnErrorForTheWholeTerm() {
    Partnership base = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(base).addResidents(Resident.builder().id("R99").build())
        .officerTerms(base.officerTerms().stream().filter(t -> t.role() != OfficerRole.TREASURER).toList())
        .addOfficerTerms(OfficerTerm.of(OfficerRole.TREASURER, "R99", JUNE)).build();
    List<FindingSpan> spans = GovernanceHistory.of(p).spans(GovernanceRules.OFFICER_ON_BOARD);
    assertEquals(1, spans.size());
    assertEquals(JUNE, spans.get(0).from());
    assertTrue(spans.get(0).until().isEmpty());
    assertEquals("treasurer R99 holds office on " + DEC + " but is not a member of the board",
        GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.OFFICER_ON_BOARD).get(0).message());
  }

  @Test
  void coOptedMember_isNotedAsInformation() {
    Partnership base = Partnerships.townstalLike();
    Partnership p = Partnership.builder().from(base).addResidents(Resident.builder().id("R98").build())
        .addMemberships(Membership.builder().personId("R98").joined(JUNE.plusMonths(2)).joinedBy(JoinMethod.CO_OPTED)
            .build()).build();
    List<Finding> found = GovernanceRules.evaluate(p, DEC).forRule(GovernanceRules.CO_OPTED_MEMBER);
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(Path.parse("/board/members/R98/joinedBy"), found.get(0).path());
    assertEquals(JUNE.plusMonths(2).toString(), found.get(0).args().get("joined"));
    assertTrue(GovernanceRules.evaluate(p, JUNE).forRule(GovernanceRules.CO_OPTED_MEMBER).isEmpty());
  }

  @Test
  void with_runsACouncilsOwnQuorumRuleAfterTheBuiltInOnes() {
    RuleId quorumId = RuleId.of("Council:Quorum");
    Rule<Board> quorum = Rule.of(quorumId, "At least 15 members.", (board, thresholds) ->
        board.members().size() >= 15 ? List.of()
            : List.of(Finding.of(quorumId, Severity.WARNING, Path.of("board", "members"), board.date(),
                "members " + board.members().size() + ", quorum 15")));
    RuleSet<Board> rules = GovernanceRules.standard().with(quorum);
    RuleReport report = rules.evaluate(Partnerships.townstalLike().boardOn(DEC), DEC);
    assertEquals(List.of(quorumId), report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(10, rules.rules().size());
  }

  @Test
  void evaluate_aRuleThatThrowsBecomesAnErrorFindingNotACrash() {
    RuleId brokenId = RuleId.of("Council:Broken");
    Rule<Board> broken = Rule.of(brokenId, "Always throws.", (board, thresholds) -> {
      throw new IllegalStateException("bug");
    });
    RuleReport report = GovernanceRules.standard().with(broken).evaluate(Partnerships.townstalLike().boardOn(DEC), DEC);
    assertEquals(Severity.ERROR, report.forRule(brokenId).get(0).severity());
  }

  @Test
  void ruleId_rejectsMalformedIdNamingTheValue() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(org.c2model.core.InvalidValueException.class,
        () -> RuleId.of("governance-majority"));
    assertTrue(e.getMessage().contains("ruleId") && e.getMessage().contains("'governance-majority'"));
  }

  @Test
  void evaluate_rejectsNullNamingTheArgument() {
    NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> GovernanceRules.evaluate(null, DEC));
    assertEquals("partnership", e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> GovernanceRules.evaluate(Partnerships.townstalLike(), null));
    assertEquals("date", e.getMessage());
  }
}
