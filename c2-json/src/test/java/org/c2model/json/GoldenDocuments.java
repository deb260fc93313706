package org.c2model.json;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.journey.Journey;
import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.IntermediateOutcome;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.outcome.MeasureType;
import org.c2model.core.outcome.OutcomeLink;
import org.c2model.core.outcome.OutcomesFramework;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.Severity;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.step.JourneyRules;
import org.c2model.core.step.StepAssessment;
import org.c2model.metrics.savings.UnitCostTable;

/**
 * The values of the golden files in {@code src/test/resources/org/c2model/json/golden/}, one per
 * document kind: a small partnership modelled on Townstal ({@code docs/c2-model.md} section 6), its
 * neighbourhood, a council's thresholds and the governance findings of the partnership; c2-core's
 * Townstal journey ({@code org.c2model.core.fixtures.Townstal}) and its step assessment at the end of
 * 2010; the standard indicator catalogue and outcomes framework as a council extends them with one
 * indicator of its own; c2-metrics' sample unit-cost table; the weak connectors of a small
 * illustrative network ({@link Evaluations#illustrativeWeakConnectors()}); and the Townstal evaluation at the end of 2010 with synthetic
 * indicator data ({@link Evaluations#townstal()}).
 * <p>
 * The journey, assessment, catalogue, framework, unit costs and reports come from c2-core and c2-metrics as
 * they are: when those change (a new standard indicator, a reworded next action), regenerate the
 * golden files as {@link GoldenFileTest} says and review the diff.
 */
final class GoldenDocuments {

  private GoldenDocuments() {}

  static final LocalDate JUNE_2009 = LocalDate.of(2009, 6, 1);

  static Object of(DocumentKind<?> kind) {
    switch (kind.code()) {
      case "neighbourhood":
        return neighbourhood();
      case "partnership":
        return partnership();
      case "rule_thresholds":
        return thresholds();
      case "findings":
        return findings();
      case "journey":
        return journey();
      case "step_assessment":
        return stepAssessment();
      case "indicator_catalogue":
        return catalogue();
      case "outcomes_framework":
        return framework();
      case "unit_cost_table":
        return UnitCostTable.sample();
      case "weak_connectors":
        return Evaluations.illustrativeWeakConnectors();
      case "evaluation_report":
        return Evaluations.townstal();
      case "report_changes":
        return org.c2model.metrics.programme.ReportChanges.between(Evaluations.townstal(LocalDate.of(2009, 7, 31)),
            Evaluations.townstal());
      default:
        throw new IllegalArgumentException("no golden document for kind " + kind);
    }
  }

  static Neighbourhood neighbourhood() {
    return Neighbourhood.builder().id("N-TOWNSTAL").name("Townstal, Dartmouth")
        .addAreaCodes(org.c2model.core.place.AreaCode.of("E01020136"), org.c2model.core.place.AreaCode.of("E01020137"))
        .population(3400).build();
  }

  static Partnership partnership() {
    Agency police = Agency.of("AG-POLICE", "Devon and Cornwall Police", Sector.POLICE);
    Agency school = Agency.of("AG-SCHOOL", "Dartmouth Academy", Sector.EDUCATION);
    Agency nhs = Agency.of("AG-NHS", "NHS health trainers", Sector.HEALTH);
    Agency council = Agency.of("AG-DC", "South Hams District Council", Sector.LOCAL_AUTHORITY);
    Partnership.Builder p = Partnership.builder()
        .id("P-TOWNSTAL")
        .name("Townstal Community Partnership (sample)")
        .neighbourhood(neighbourhood())
        .constitutionAdopted(JUNE_2009);
    p.addResidents(Resident.builder().id("R1").displayName("Resident One").keyResident(true).build());
    p.addResidents(Resident.builder().id("R2").keyResident(true).electedMember(true).build());
    p.addResidents(Resident.builder().id("R3").keyResident(true).existingActivist(true).build());
    p.addResidents(Resident.keyResident("R4"), Resident.keyResident("R5"), Resident.of("R6"));
    p.addAgencyRepresentatives(
        AgencyRepresentative.builder().id("A1").agency(police).displayName("PCSO on the estate").build(),
        AgencyRepresentative.of("A2", school), AgencyRepresentative.of("A3", nhs),
        AgencyRepresentative.of("A4", council), AgencyRepresentative.of("A5", nhs));
    for (int i = 1; i <= 5; i++) {
      p.addMemberships(Membership.of("R" + i, JUNE_2009));
    }
    p.addMemberships(Membership.of("R6", JUNE_2009, LocalDate.of(2010, 3, 1)));
    for (int i = 1; i <= 4; i++) {
      p.addMemberships(Membership.of("A" + i, JUNE_2009));
    }
    p.addMemberships(Membership.builder().personId("A5").joined(LocalDate.of(2010, 3, 1))
        .left(LocalDate.of(2010, 5, 1)).joinedBy(JoinMethod.APPOINTED).build());
    p.addOfficerTerms(
        OfficerTerm.of(OfficerRole.CHAIR, "R1", JUNE_2009),
        OfficerTerm.of(OfficerRole.DEPUTY_CHAIR, "R2", JUNE_2009),
        OfficerTerm.of(OfficerRole.TREASURER, "R3", JUNE_2009, LocalDate.of(2011, 6, 1)),
        OfficerTerm.of(OfficerRole.TREASURER, "R4", LocalDate.of(2011, 6, 1)),
        OfficerTerm.of(OfficerRole.SECRETARY, "R5", JUNE_2009));
    return p.build();
  }

  static RuleThresholds thresholds() {
    return RuleThresholds.builder().minimumKeyResidents(3)
        .requiredSectors(EnumSet.of(Sector.HEALTH, Sector.POLICE, Sector.LOCAL_AUTHORITY, Sector.HOUSING))
        .minimumListeningTurnout(40).followUpDeadlineDays(7).topPriorities(3).maximumMeetingGapDays(35)
        .consolidationMeetings(4).momentumMonths(9).minimumAgeRanges(3).minimumMaturitySigns(2)
        .minimumResidentsEmployed(3).build();
  }

  /**
   * The governance findings of {@link #partnership()} on 2010-03-15, as GovernanceRules reported
   * them when the golden file was made; written out here so the golden file does not change with
   * the wording of c2-core's messages.
   */
  static RuleReport findings() {
    LocalDate date = LocalDate.of(2010, 3, 15);
    return RuleReport.of(List.of(
        Finding.builder().ruleId(GovernanceRules.RESIDENT_MAJORITY).severity(Severity.ERROR)
            .path(Path.of("board", "members")).date(date)
            .message("residents 5, agency representatives 5: residents must outnumber agency representatives")
            .putArgs("residents", "5").putArgs("agencyRepresentatives", "5").build(),
        Finding.builder().ruleId(GovernanceRules.ACTIVIST_KEY_RESIDENT).severity(Severity.INFO)
            .path(Path.of("board", "members", "R3")).date(date)
            .message("key resident R3 is an existing community activist; the paper cautions that activists"
                + " may not represent their neighbours")
            .putArgs("personId", "R3").build(),
        Finding.builder().ruleId(GovernanceRules.APPOINTED_MEMBER).severity(Severity.WARNING)
            .path(Path.of("board", "members", "A5", "joinedBy")).date(date)
            .message("agency representative A5 (health) was appointed; C2 members self-select")
            .putArgs("personId", "A5").build()));
  }

  static Journey journey() {
    return Townstal.journey();
  }

  static StepAssessment stepAssessment() {
    return JourneyRules.assess(Townstal.journey(), LocalDate.of(2010, 12, 31));
  }

  /** A council's own indicator, as {@code IndicatorCatalogue}'s Javadoc adds it. */
  static LongTermIndicator flyTipping() {
    return LongTermIndicator.of("fly-tipping", "Fly-tipping reports", IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE,
        MeasureType.COUNT, Improvement.LOWER_IS_BETTER, Horizon.WITHIN_A_YEAR);
  }

  static IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.standard().with(flyTipping());
  }

  static OutcomesFramework framework() {
    return OutcomesFramework.standard().withIndicators(flyTipping()).withLinks(
        OutcomeLink.of(IntermediateOutcome.RESIDENT_ACTIVITIES, "fly-tipping",
            "residents organise clean-ups and report dumping sooner"));
  }
}
