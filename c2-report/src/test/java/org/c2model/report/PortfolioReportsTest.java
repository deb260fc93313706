package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.programme.PortfolioReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio page of a three-site programme, and the change list of the single-site report. */
class PortfolioReportsTest {

  private static String payload(String field) {
    return "<script>alert(" + field + ")</script><img src=x onerror=alert(" + field + ")>";
  }

  private static EvaluationReport townstal2009(Journey journey) {
    return Evaluation.builder().journey(journey).observations(ReportFixtures.observations())
        .comparator(ReportFixtures.COMPARATOR).asOf(LocalDate.of(2009, 12, 31)).build().run();
  }

  /** The rows of one table, as the text between its tbody tags split on row ends. */
  private static int rows(String html, String tableId) {
    Matcher m = Pattern.compile("<table id=\"table-" + Pattern.quote(tableId) + "\">.*?<tbody>(.*?)</tbody>",
        Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "table " + tableId);
    return m.group(1).split("</tr>", -1).length - 1;
  }

  @Test
  void portfolioHtml_attentionFirst_everySiteCompared_funnelOfAllSites_andNoNames(@TempDir Path dir) throws Exception {
    PortfolioReport portfolio = ReportFixtures.portfolio();
    Path file = Reports.portfolioHtml(portfolio, PortfolioOptions.builder()
        .addNotes("Sites PEER and BROKEN are SYNTHETIC.").putLinks("T", "townstal/evaluation.html").build(),
        dir.resolve("portfolio.html"));
    String html = Files.readString(file);
    for (String section : List.of("p1", "p2", "p3", "p4", "p5", "p6")) {
      assertTrue(html.contains("<section id=\"" + section + "\""), section);
    }
    // The attention list comes first and starts with the site that could not be evaluated.
    String attention = html.substring(html.indexOf("<section id=\"p1\""), html.indexOf("<section id=\"p2\""));
    assertTrue(attention.indexOf("Site BROKEN") < attention.indexOf("Site T<"), attention);
    assertTrue(attention.contains("Programme:SiteNotEvaluated"), attention);
    assertEquals(3, rows(html, "portfolio"));
    // Two evaluated sites, each with ASB and burglary.
    assertEquals(4, rows(html, "portfolio-indicators"));
    assertTrue(html.contains("id=\"portfolio-asb-incidents-funnel\""), "the funnel plot of all sites");
    assertEquals(2, rows(html, "portfolio-asb-incidents-funnel-points"), "one point per evaluated site");
    assertTrue(html.contains("<a href=\"townstal/evaluation.html\">"));
    assertTrue(html.contains("No previous report was given"));
    assertTrue(html.contains("Sites PEER and BROKEN are SYNTHETIC."));
    assertFalse(html.contains(ReportFixtures.NAME), "a person's display name reached the portfolio");
    assertFalse(html.contains("<script"));
  }

  @Test
  void portfolioHtml_withAPreviousReport_listsWhatChangedAtThatSite() {
    PortfolioReport portfolio = ReportFixtures.portfolio();
    EvaluationReport before = townstal2009(ReportFixtures.journey());
    String html = Reports.portfolioHtmlString(portfolio, PortfolioOptions.builder().putPrevious("T", before).build());
    assertEquals(1, rows(html, "site-T-changes"), html);
    assertTrue(html.contains("<td class=\"text\">steps attained</td><td class=\"text\">6</td>"), html);
  }

  @Test
  void portfolioHtml_previousReportOfAnotherNeighbourhoodOrUnknownSite_isRejectedNamingTheField() {
    PortfolioReport portfolio = ReportFixtures.portfolio();
    EvaluationReport before = townstal2009(ReportFixtures.journey());
    InvalidValueException other = assertThrows(InvalidValueException.class, () -> Reports.portfolioHtmlString(
        portfolio, PortfolioOptions.builder().putPrevious("PEER", before).build()));
    assertEquals("options.previous[PEER].neighbourhoodId", other.field().orElseThrow());
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> Reports.portfolioHtmlString(
        portfolio, PortfolioOptions.builder().putPrevious("NOWHERE", before).build()));
    assertEquals("options.previous", unknown.field().orElseThrow());
    InvalidValueException link = assertThrows(InvalidValueException.class,
        () -> PortfolioOptions.builder().putLinks("T", "javascript:alert(1)").build());
    assertEquals("links[T]", link.field().orElseThrow());
  }

  @Test
  void portfolioHtml_scriptPayloadsInNamesIdsAndNotes_areEscaped() {
    String site = "<script>alert(site)</script>";
    PortfolioReport portfolio = ReportFixtures.programme(payload("programmeName"), site).evaluate();
    String html = Reports.portfolioHtmlString(portfolio, PortfolioOptions.builder().addNotes(payload("note")).build());
    for (String field : List.of("programmeName", "note")) {
      assertTrue(html.contains("&lt;script&gt;alert(" + field + ")&lt;/script&gt;&lt;img src=x onerror=alert(" + field
          + ")&gt;"), field + " did not reach the page escaped");
    }
    assertTrue(html.contains("&lt;script&gt;alert(site)&lt;/script&gt;"), "the site id did not reach the page escaped");
    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<img"), "an img element");
  }

  @Test
  void html_withAPreviousReport_showsTheChangeListAndWritesItsCsv(@TempDir Path dir) {
    Journey journey = ReportFixtures.journey();
    EvaluationReport report = ReportFixtures.report(journey);
    ReportOptions options = ReportOptions.builder().from(ReportFixtures.options(journey))
        .previous(townstal2009(journey)).build();
    String html = Reports.htmlString(report, options);
    assertTrue(html.contains("What changed since last time"));
    assertTrue(html.contains("Since the report as of 2009-12-31: steps attained: 1."), html);
    assertEquals(1, rows(html, "changes"));
    List<Path> files = Reports.csv(report, options, dir);
    assertTrue(files.contains(dir.resolve("changes.csv")), files::toString);
    assertFalse(Reports.htmlString(report, ReportFixtures.options(journey)).contains("What changed since last time"),
        "no change list without a previous report");
    EvaluationReport other = Evaluation.builder().journey(journey).build().run();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Reports.htmlString(report,
        ReportOptions.builder().previous(EvaluationReport.builder().from(other).neighbourhoodId("N-ELSEWHERE")
            .build()).build()));
    assertEquals("options.previous.neighbourhoodId", e.field().orElseThrow());
  }
}
