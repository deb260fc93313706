package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.junit.jupiter.api.Test;

/**
 * Every free-text field that reaches the report is escaped: a script payload in each arrives as
 * text, never as markup; and no person's display name reaches it.
 */
class EscapingTest {

  /** A payload naming its field, so the test sees that the field reached the page. */
  private static String payload(String field) {
    return "<script>alert(" + field + ")</script><img src=x onerror=alert(" + field + ")>";
  }

  private static String escaped(String field) {
    return "&lt;script&gt;alert(" + field + ")&lt;/script&gt;&lt;img src=x onerror=alert(" + field + ")&gt;";
  }

  @Test
  void scriptPayloadsInEveryFreeTextField_areEscaped() {
    Journey journey = ReportFixtures.journey();
    ServiceChange existing = journey.activities(ServiceChange.class).get(0);
    Journey withPayload = journey.withActivity(ServiceChange.builder().from(existing).id("sc-payload")
        .description(payload("serviceChange") + " parking").build());
    EvaluationReport report = ReportFixtures.report(withPayload);
    List<String> priorities = new ArrayList<>(report.topPriorities());
    priorities.set(0, payload("priority") + " parking");
    List<IndicatorChange> changes = new ArrayList<>();
    for (IndicatorChange c : report.indicatorChanges()) {
      changes.add(IndicatorChange.builder().from(c).indicator(LongTermIndicator.builder().from(c.indicator())
          .name(payload("indicatorName")).build()).build());
    }
    IntermediateOutcomeMeasures io = report.intermediateOutcomes();
    List<IntermediateOutcomeMeasures.SurveyResult> surveys = new ArrayList<>();
    io.surveyResults().forEach(s -> surveys.add(IntermediateOutcomeMeasures.SurveyResult.builder().from(s)
        .surveyId(payload("surveyId")).build()));
    SavingsAppraisal appraisal = SavingsAppraisal.builder().from(report.savings().orElseThrow().appraisal())
        .putCounterfactuals("burglary", payload("counterfactual")).build();
    EvaluationReport edited = EvaluationReport.builder().from(report)
        .neighbourhoodName(payload("neighbourhoodName"))
        .topPriorities(priorities)
        .indicatorChanges(changes)
        .intermediateOutcomes(IntermediateOutcomeMeasures.builder().from(io).surveyResults(surveys).build())
        .addGovernanceHistory(Finding.of(RuleId.of("Governance:FailedDuringPeriod"), Severity.ERROR,
            Path.of("board"), report.asOf(), payload("governanceMessage")))
        .addDataFindings(Finding.of(RuleId.of("Indicators:Gap"), Severity.WARNING,
            Path.of("indicators", "asb-incidents"), report.asOf(), payload("dataFinding")))
        .savings(appraisal.evaluate())
        .build();
    ReportOptions options = ReportOptions.builder().from(ReportFixtures.options(withPayload))
        .addNotes(payload("note")).build();
    String html = Reports.htmlString(edited, options);
    for (String field : List.of("serviceChange", "priority", "indicatorName", "surveyId", "counterfactual",
        "neighbourhoodName", "governanceMessage", "dataFinding", "note")) {
      assertTrue(html.contains(escaped(field)), field + " did not reach the report escaped");
    }
    assertNoMarkupFromPayloads(html);
    assertFalse(html.contains("Quennell"), "a person's display name reached the report");
  }

  @Test
  void scriptPayloadsInIds_areEscaped() {
    Journey journey = ReportFixtures.journey();
    EvaluationReport report = ReportFixtures.report(journey);
    EvaluationReport edited = EvaluationReport.builder().from(report).neighbourhoodId(payload("neighbourhoodId"))
        .build();
    String html = Reports.htmlString(edited, ReportOptions.none());
    assertTrue(html.contains(escaped("neighbourhoodId")));
    assertNoMarkupFromPayloads(html);
  }

  @Test
  void scriptPayloadsInPeerCodes_areEscaped() {
    Journey journey = ReportFixtures.journey();
    EvaluationReport report = ReportFixtures.report(journey);
    // A peer's code is one word, so the payload has no spaces.
    String code = "<script>alert(peer)</script>";
    ReportOptions options = ReportOptions.builder().from(ReportFixtures.options(journey))
        .addPeers(FunnelPeer.of("asb-incidents", code, 300, 2000)).build();
    String html = Reports.htmlString(report, options);
    assertTrue(html.contains("&lt;script&gt;alert(peer)&lt;/script&gt;"), "the peer did not reach the report escaped");
    assertNoMarkupFromPayloads(html);
  }

  private static void assertNoMarkupFromPayloads(String html) {
    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<img"), "an img element");
    assertFalse(html.contains("onerror=alert(") && html.replace("&lt;img src=x onerror=alert(", "")
        .contains("onerror=alert("), "an event handler attribute");
  }

  /** Any text as a neighbourhood's name or a note arrives as text: no element or entity comes from it. */
  @Property(tries = 60)
  void anyText_arrivesAsText(@ForAll("texts") String text) {
    Partnership p = Partnership.builder().id("P1").name("Partnership")
        .neighbourhood(Neighbourhood.of("N1", "Neighbourhood", "E01020136")).build();
    EvaluationReport report = Evaluation.builder().journey(Journey.of(p, LocalDate.of(2010, 1, 1)))
        .asOf(LocalDate.of(2010, 6, 30)).build().run();
    EvaluationReport named = EvaluationReport.builder().from(report).neighbourhoodName(text).build();
    String html = Reports.htmlString(named, ReportOptions.builder().addNotes(text).build());
    String expected = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    assertTrue(html.contains("<title>C2 evaluation: " + expected + "</title>"), html.substring(0, 300));
    assertTrue(html.contains("<li>" + expected + "</li>"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("<>&\"'/=ab cé;").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }
}
