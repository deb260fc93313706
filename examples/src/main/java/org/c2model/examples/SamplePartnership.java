package org.c2model.examples;

import java.time.LocalDate;
import org.c2model.core.governance.GovernanceHistory;
import org.c2model.core.governance.GovernanceRules;
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
import org.c2model.core.rule.RuleReport;

/**
 * Builds a sample partnership, loosely modelled on Townstal ({@code docs/c2-model.md} section 6),
 * and
 * prints its governance findings on two dates and over its whole history.
 * <p>
 * In March 2010 a resident leaves and the health trust sends an appointed second representative,
 * so the board loses its resident majority for two months.
 */
public final class SamplePartnership {

  private SamplePartnership() {}

  /**
   * Builds the sample partnership.
   *
   * @return the partnership, not null
   */
  public static Partnership build() {
    LocalDate june = LocalDate.of(2009, 6, 1);
    Agency police = Agency.of("AG-POLICE", "Devon and Cornwall Police", Sector.POLICE);
    Agency school = Agency.of("AG-SCHOOL", "Dartmouth Academy", Sector.EDUCATION);
    Agency nhs = Agency.of("AG-NHS", "NHS health trainers", Sector.HEALTH);
    Agency council = Agency.of("AG-DC", "South Hams District Council", Sector.LOCAL_AUTHORITY);
    Agency housing = Agency.of("AG-HA", "Housing association", Sector.HOUSING);
    Partnership.Builder p = Partnership.builder()
        .id("P-TOWNSTAL")
        .name("Townstal Community Partnership (sample)")
        .neighbourhood(Neighbourhood.of("N-TOWNSTAL", "Townstal, Dartmouth", "E01020136", "E01020137"))
        .constitutionAdopted(june);
    for (int i = 1; i <= 7; i++) {
      p.addResidents(Resident.builder().id("R" + i).keyResident(i <= 5).electedMember(i == 2).build());
    }
    p.addAgencyRepresentatives(
        AgencyRepresentative.of("A1", police), AgencyRepresentative.of("A2", school),
        AgencyRepresentative.of("A3", nhs), AgencyRepresentative.of("A4", council),
        AgencyRepresentative.of("A5", housing), AgencyRepresentative.of("A6", nhs));
    for (int i = 1; i <= 7; i++) {
      p.addMemberships(i == 7 ? Membership.of("R7", june, LocalDate.of(2010, 3, 1)) : Membership.of("R" + i, june));
    }
    for (int i = 1; i <= 5; i++) {
      p.addMemberships(Membership.of("A" + i, june));
    }
    p.addMemberships(Membership.builder().personId("A6").joined(LocalDate.of(2010, 3, 1))
        .left(LocalDate.of(2010, 5, 1)).joinedBy(JoinMethod.APPOINTED).build());
    p.addOfficerTerms(
        OfficerTerm.of(OfficerRole.CHAIR, "R1", june),
        OfficerTerm.of(OfficerRole.DEPUTY_CHAIR, "R2", june),
        OfficerTerm.of(OfficerRole.TREASURER, "R3", june),
        OfficerTerm.of(OfficerRole.SECRETARY, "R4", june));
    return p.build();
  }

  /**
   * Prints the sample partnership's governance findings.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    Partnership partnership = build();
    System.out.println("Sample partnership: " + partnership.name());
    for (LocalDate date : new LocalDate[] {LocalDate.of(2009, 12, 31), LocalDate.of(2010, 3, 15)}) {
      RuleReport report = GovernanceRules.evaluate(partnership, date);
      System.out.println();
      System.out.println("Governance findings on " + date + (report.isSuccessful() ? " (no errors)" : " (errors)") + ":");
      System.out.println(report);
    }
    System.out.println();
    System.out.println("Governance history:");
    System.out.println(GovernanceHistory.of(partnership));
  }
}
