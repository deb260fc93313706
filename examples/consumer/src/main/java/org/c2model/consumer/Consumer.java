package org.c2model.consumer;

import com.fasterxml.jackson.databind.Module;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.report.ReportOptions;
import org.c2model.report.Reports;

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

    // c2-json on the module path: a round trip, and the Jackson module found as a service.
    String json = C2Json.write(p);
    if (!C2Json.read(DocumentKind.PARTNERSHIP, json).equals(p)) {
      throw new IllegalStateException("partnership did not round-trip through JSON");
    }
    List<String> modules = new ArrayList<>();
    ServiceLoader.load(Module.class).forEach(m -> modules.add(m.getModuleName()));
    if (!modules.contains("C2Module")) {
      throw new IllegalStateException("C2Module not found by ServiceLoader: " + modules);
    }
    System.out.println("c2-json on the module path: partnership round-trips; ServiceLoader finds " + modules);

    // c2-report on the module path: the precompiled templates load through the jte runtime (an
    // automatic module) from c2-report's opened package.
    EvaluationReport evaluation = Evaluation.builder().journey(Journey.of(p, june)).asOf(june.plusMonths(6)).build()
        .run();
    String html = Reports.htmlString(evaluation, ReportOptions.none());
    if (!html.contains("<h2>8. Data quality</h2>")) {
      throw new IllegalStateException("the report has no section 8");
    }
    System.out.println("c2-report on the module path: " + html.length() + " characters of HTML");
  }
}
