package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Journey;
import org.c2model.core.rule.Finding;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Townstal report (<i>Positively Local</i> sec. 6): its sections, labels, findings and files. */
class ReportsTest {

  static Journey journey;
  static EvaluationReport report;
  static String html;

  @BeforeAll
  static void render() throws IOException {
    journey = ReportFixtures.journey();
    report = ReportFixtures.report(journey);
    Path file = Reports.html(report, ReportFixtures.options(journey, report),
        Path.of("target", "report", "townstal.html"));
    html = Files.readString(file);
  }

  @Test
  void html_hasEverySectionInTheOrderABoardReads() {
    List<String> headings = List.of("1. Executive summary", "2. Steps and governance", "3. You said, we did",
        "4. Intermediate outcomes", "5. Long-term indicators", "6. Community network", "7. Invest to save",
        "8. Data quality");
    int at = -1;
    for (String h : headings) {
      int next = html.indexOf("<h2>" + h + "</h2>");
      assertTrue(next > at, h + " missing or out of order");
      at = next;
    }
  }

  @Test
  void html_isSelfContained() {
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "no links out but the SVG namespace");
    assertFalse(html.contains("https://"), "no network access");
    assertFalse(html.contains("<link"), "styles inline");
  }

  @Test
  void html_hasEveryChartWithATextAlternative() {
    // Two indicators: a trend and a funnel each; the network before and after; savings by agency.
    Matcher m = Pattern.compile("<svg [^>]*role=\"img\" aria-labelledby=\"([^\" ]+)-title").matcher(html);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
      assertTrue(html.contains("<title id=\"" + m.group(1) + "-title\">"), m.group(1));
      assertTrue(html.contains("<desc id=\"" + m.group(1) + "-desc\">"), m.group(1));
    }
    assertEquals(List.of("indicator-asb-incidents-trend", "indicator-burglary-trend",
        "indicator-asb-incidents-funnel", "indicator-burglary-funnel", "network-before", "network-after",
        "savings-chart"), ids);
  }

  @Test
  void html_funnelPlacesTheNeighbourhoodAmongEveryPeer() {
    for (String id : List.of("indicator-asb-incidents-funnel", "indicator-burglary-funnel")) {
      String svg = svg(html, id);
      // One point per area with its rate and position in the tooltip, and the peers' legend mark.
      assertEquals(2 + ReportFixtures.PEER_CODES.size() + 1, count(svg, "<circle "), id);
      for (String code : ReportFixtures.PEER_CODES) {
        assertTrue(svg.contains("<title>" + code + ": "), id + " lacks " + code);
      }
      assertTrue(svg.contains("<title>" + report.neighbourhoodId() + ": "), id);
      assertTrue(svg.contains("<title>N-CMP: "), id);
      assertTrue(svg.contains("10 areas"), id + ": the description counts the areas");
    }
    String caption = html.substring(html.indexOf("id=\"indicator-asb-incidents-funnel\""));
    caption = caption.substring(caption.indexOf("<p class=\"caption\">"), caption.indexOf("</p>",
        caption.indexOf("<p class=\"caption\">")));
    assertTrue(caption.contains("10 areas"), caption);
    assertTrue(caption.contains("8 peer areas"), caption);
    // E01020147 has 24 a month per 2,000 people against about 7 for its peers: far outside the limits.
    assertTrue(caption.contains("Outside the 99.8% limits: ") && caption.contains("E01020147 (above)"), caption);
  }

  @Test
  void html_withoutPeers_drawsOnlyTheNeighbourhoodAndComparator() {
    String bare = Reports.htmlString(report, ReportFixtures.options(journey));
    for (String id : List.of("indicator-asb-incidents-funnel", "indicator-burglary-funnel")) {
      String svg = svg(bare, id);
      assertEquals(2, count(svg, "<circle "), id);
      for (String code : ReportFixtures.PEER_CODES) {
        assertFalse(svg.contains(code), id + " draws " + code);
      }
      assertTrue(svg.contains("2 areas"), id);
      assertFalse(svg.contains("peer areas"), id);
    }
  }

  @Test
  void html_peerThatIsTheNeighbourhoodsOwnArea_isNotDrawnAgain() {
    ReportOptions options = ReportOptions.builder().from(ReportFixtures.options(journey))
        .addPeers(FunnelPeer.of("asb-incidents", "E01020136", 100, 2000),
            FunnelPeer.of("asb-incidents", report.neighbourhoodId(), 100, 2000),
            FunnelPeer.of("asb-incidents", "E01020140", 100, 2000)).build();
    String svg = svg(Reports.htmlString(report, options), "indicator-asb-incidents-funnel");
    assertEquals(3 + 1, count(svg, "<circle "), "neighbourhood, comparator, one peer and the legend mark");
    assertTrue(svg.contains("<title>E01020140: "), svg);
    assertFalse(svg.contains("<title>E01020136: "), "one of Townstal's own areas drawn as its peer");
  }

  @Test
  void peers_fromObservations_totalTheFollowUpWindowOnly() {
    var followUp = report.followUp().orElseThrow();
    List<FunnelPeer> peers = ReportFixtures.peers(report);
    assertEquals(2 * ReportFixtures.PEER_CODES.size(), peers.size(), peers.toString());
    FunnelPeer last = peers.stream().filter(p -> p.indicatorId().equals("asb-incidents")
        && p.areaCode().equals("E01020147")).findFirst().orElseThrow();
    double events = 0;
    int months = 0;
    for (var o : ReportFixtures.peerObservations().select("asb-incidents",
        java.util.Set.of(org.c2model.core.place.AreaCode.of("E01020147")))) {
      if (followUp.contains(o.period()) && !o.period().end().isAfter(report.asOf().plusDays(1))) {
        events += o.numerator();
        months++;
      }
    }
    assertTrue(months > 0);
    assertEquals(events, last.events(), 1e-9);
    assertEquals(2300.0 * months / 12, last.personYears(), 1e-6);
    // A code that is not an area's is named with its index.
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FunnelPeer.fromObservations(report,
        ReportFixtures.peerObservations(), org.c2model.metrics.indicator.BoundaryVintage.LSOA_2011,
        List.of("E01020140", "Jo Bloggs")));
    assertTrue(e.getMessage().contains("areaCodes[1]") && e.getMessage().contains("Jo Bloggs"), e.getMessage());
  }

  @Test
  void peers_outOfRange_areRejectedNamingTheFieldAndValue() {
    InvalidValueException events = assertThrows(InvalidValueException.class,
        () -> FunnelPeer.of("asb-incidents", "E01020140", -1, 100));
    assertTrue(events.getMessage().contains("events") && events.getMessage().contains("-1"), events.getMessage());
    InvalidValueException years = assertThrows(InvalidValueException.class,
        () -> FunnelPeer.of("asb-incidents", "E01020140", 1, 0));
    assertTrue(years.getMessage().contains("personYears"), years.getMessage());
    InvalidValueException name = assertThrows(InvalidValueException.class,
        () -> FunnelPeer.of("asb-incidents", "Jo Bloggs", 1, 100));
    assertTrue(name.getMessage().contains("areaCode") && name.getMessage().contains("never a person"),
        name.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> ReportOptions.builder()
        .addPeers(FunnelPeer.of("burglary", "E01020140", 1, 100), FunnelPeer.of("asb-incidents", "E01020140", 1, 100),
            FunnelPeer.of("burglary", "E01020140", 2, 100)).build());
    assertTrue(twice.getMessage().contains("peers[2].areaCode") && twice.getMessage().contains("E01020140"),
        twice.getMessage());
  }

  private static String svg(String page, String id) {
    int at = page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"");
    assertTrue(at >= 0, id);
    return page.substring(at, page.indexOf("</svg>", at));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void html_readsAsWordsNotToString() {
    assertFalse(html.contains("new_service"), "codes as words");
    assertFalse(html.contains("={") || html.contains("{new"), "no map toString");
    assertFalse(html.contains("1 rows"));
    assertFalse(html.contains("0% down"));
    assertTrue(html.contains("per 1,000 population per year"));
    assertTrue(html.contains("Step history") || html.contains("lapsed or regained"));
    for (String theme : Townstal.TOP_FIVE) {
      assertTrue(html.contains(theme), theme);
    }
  }

  @Test
  void html_headlineValueComesWithItsIntervalAndAssumptions() {
    int summary = html.indexOf("<h2>1. Executive summary</h2>");
    int next = html.indexOf("<h2>2.", summary);
    String s = html.substring(summary, next);
    assertTrue(s.contains("Net present value £"), s);
    assertTrue(s.contains("(95% interval £") || s.contains("(95% interval -£"), s);
    assertTrue(s.contains("Assumed: prices 2013/14"), s);
    assertTrue(s.contains("ILLUSTRATIVE SYNTHETIC NUMBERS"), s);
  }

  @Test
  void html_showsEveryFindingOnce() {
    assertFalse(report.findings().isEmpty());
    for (Finding f : report.findings()) {
      if (report.governance().findings().contains(f)) {
        continue; // shown in the span of the governance history that is still failing
      }
      String message = escape(f.message());
      int first = html.indexOf(message);
      assertTrue(first >= 0, f.message());
      assertEquals(-1, html.indexOf(message, first + 1), "twice: " + f.message());
    }
  }

  @Test
  void html_namesNoPerson() {
    assertFalse(html.contains("Quennell"), "a display name reached the report");
    assertFalse(html.contains(ReportFixtures.NAME));
  }

  @Test
  void html_journeyOfAnotherNeighbourhood_isRejectedNamingTheField() {
    Journey other = Journey.builder().from(journey).partnership(org.c2model.core.partnership.Partnership.builder()
        .from(journey.partnership()).neighbourhood(ReportFixtures.COMPARATOR).build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Reports.htmlString(report, ReportOptions.builder().journey(other).build()));
    assertTrue(e.getMessage().contains("options.journey.partnership.neighbourhood.id"), e.getMessage());
    assertTrue(e.getMessage().contains("N-CMP"), e.getMessage());
  }

  @Test
  void html_withoutOptions_saysWhatItNeeds() {
    String bare = Reports.htmlString(report, ReportOptions.none());
    assertTrue(bare.contains("The network pictures need the journey"));
    assertFalse(bare.contains("id=\"network-after\""));
    assertTrue(bare.contains("<h2>8. Data quality</h2>"));
  }

  @Test
  void csv_writesOneFilePerTable() throws IOException {
    Path dir = Path.of("target", "report", "csv");
    List<Path> files = Reports.csv(report, ReportFixtures.options(journey, report), dir);
    List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("steps.csv", "step-history.csv", "governance-history.csv", "surveys.csv",
        "indicators.csv", "network-measures.csv", "network-growth.csv", "weak-connectors.csv", "savings-by-agency.csv", "sensitivity.csv",
        "savings-lines.csv", "findings.csv", "indicator-asb-incidents-funnel-points.csv",
        "indicator-burglary-funnel-points.csv")), names.toString());
    String points = Files.readString(dir.resolve("indicator-asb-incidents-funnel-points.csv"));
    assertTrue(points.startsWith("area,role,events,person-years,rate,95% limits,99.8% limits,position\r\n"), points);
    // The neighbourhood, the comparator and every peer, one row each.
    assertEquals(2 + ReportFixtures.PEER_CODES.size() + 1, points.split("\r\n").length, points);
    for (String code : ReportFixtures.PEER_CODES) {
      assertTrue(points.contains("\r\n" + code + ",peer,"), code);
    }
    String steps = Files.readString(dir.resolve("steps.csv"));
    assertTrue(steps.startsWith("step,title,attained on,criteria met,evidence,still to meet\r\n"), steps);
    assertEquals(report.steps().steps().size() + 1, steps.split("\r\n").length);
    for (Path f : files) {
      assertFalse(Files.readString(f).contains("Quennell"), f.toString());
    }
  }

  @Test
  void graphmlAndGexf_holdEveryPersonByIdAndEveryTie() throws Exception {
    org.c2model.metrics.network.CommunityNetwork network =
        org.c2model.metrics.network.CommunityNetwork.fromJourney(journey, report.asOf());
    Path graphml = Reports.graphml(network, Path.of("target", "report", "network.graphml"));
    Path gexf = Reports.gexf(network, report.asOf(), Path.of("target", "report", "network.gexf"));
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : List.of(graphml, gexf)) {
      org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(file.toFile());
      assertEquals(network.people().size(), doc.getElementsByTagNameNS("*", "node").getLength(), file.toString());
      assertEquals(network.ties().size(), doc.getElementsByTagNameNS("*", "edge").getLength(), file.toString());
      assertFalse(Files.readString(file).contains("Quennell"), file.toString());
    }
    assertTrue(Files.readString(graphml).contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    assertTrue(Files.readString(gexf).contains("xmlns=\"http://gexf.net/1.3\""));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
