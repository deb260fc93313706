package org.c2model.consumer;

import java.time.LocalDate;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;

/** Uses the c2 modules from the module path and prints what it found. */
public final class Consumer {

  private Consumer() {}

  /**
   * Runs the consumer.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    LocalDate june = LocalDate.of(2009, 6, 1);
    Partnership p = Partnership.builder().id("P1").name("Consumer partnership")
        .neighbourhood(Neighbourhood.of("N1", "Townstal", "E01020136"))
        .constitutionAdopted(june)
        .addResidents(Resident.keyResident("R1"))
        .addAgencyRepresentatives(AgencyRepresentative.of("A1", Agency.of("POL", "Police", Sector.POLICE)),
            AgencyRepresentative.of("A2", Agency.of("NHS", "NHS", Sector.HEALTH)))
        .addMemberships(Membership.of("R1", june), Membership.of("A1", june), Membership.of("A2", june))
        .build();
    RuleReport report = GovernanceRules.evaluate(p, june);
    System.out.println("c2 consumer on the module path: " + Consumer.class.getModule().getName()
        + " reads " + GovernanceRules.class.getModule().getName());
    System.out.println(report.forRule(GovernanceRules.RESIDENT_MAJORITY).get(0));
  }
}
