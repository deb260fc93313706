package org.c2model.examples.townstal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job, run as the README's first command runs it (bundled data, no arguments). */
class TownstalEvaluationTest {

  @TempDir
  Path out;

  @Test
  void run_printsTheReportAndWritesSchemaValidJsonAndHtml() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluationReport report;
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      report = TownstalEvaluation.run(Optional.empty(), Optional.empty(), Optional.of("E01020150,E01020151"), out, print);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String expected : new String[] {"[1/6] reading the journey", "frontier: step 7",
        "Listening event: top 5 priorities", "1. local access to an NHS dentist and doctor",
        "belonging (pilot-survey, 2010-09-30): 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)",
        "participation (pilot-survey, 2010-09-30): 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25) APPROXIMATE",
        "asb-incidents: ", "per 1,000 population per year (baseline: mean population", "down by", "vs comparator",
        "Invest-to-save", "police", "Community network", "Governance over the whole period to 2010-12-31",
        "ae-visits: ", "too early to judge", "no data after 2010-12-31 read", "one-way sensitivity",
        "seeded Monte Carlo of 2000 draws", "payback: ", "staff time: 24 h x GBP 35.00",
        "counterfactual of asb-incidents, criminal-damage, burglary, vehicle-crime: comparator N-COMPARATOR's trend", "Data:OutsideWindows",
        "2010-05-11 step 6 attained", "Network growth", "connecting workshop"}) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in\n" + text);
    }
    String[] lines = text.strip().split("\n");
    assertEquals("Report written to " + out.toAbsolutePath().normalize(), lines[lines.length - 1]);
    assertTrue(report.savings().isPresent());

    JsonNode json = new ObjectMapper().readTree(out.resolve("evaluation.json").toFile());
    assertEquals("evaluation_report", json.get("kind").asText());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(
            m -> m.mapPrefix("https://c2model.org/schema/json/1.0/", "classpath:org/c2model/json/schema/")))
        .getSchema(SchemaLocation.of("classpath:org/c2model/json/schema/evaluation_report.schema.json"));
    Set<ValidationMessage> errors = schema.validate(json);
    assertTrue(errors.isEmpty(), errors::toString);

    String html = Files.readString(out.resolve("evaluation.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.split("<svg ", -1).length - 1 >= 4, "trend, funnel, network and savings charts");
    assertTrue(html.contains("S3 step 3 attained") && html.contains("S4 step 4 attained (Formalise the partnership)"
        + " 2009-06-02"), "key dates marked");
    for (String expected : new String[] {"Governance over the whole period", "too early to judge", "Payback:",
        "NPV at low", "NPV at high", "per 1,000 population per year", "ILLUSTRATIVE SYNTHETIC NUMBERS"}) {
      assertTrue(html.contains(expected), () -> "missing '" + expected + "' in the HTML");
    }
    assertTrue(text.contains("      10 peer areas in the funnel plots"), text);
    // The funnel places Townstal among the ten ILLUSTRATIVE peer areas, which the evaluation never reads.
    int funnel = html.indexOf("id=\"indicator-asb-incidents-funnel\"");
    String svg = html.substring(funnel, html.indexOf("</svg>", funnel));
    for (int i = 160; i <= 169; i++) {
      String code = "E01020" + i;
      assertTrue(svg.contains("<title>" + code + ": "), code + " missing from the funnel");
      assertFalse(json.toString().contains(code), code + " reached the evaluation");
    }
    assertTrue(svg.contains("12 areas") && svg.contains("10 peer areas"), "the funnel counts its areas");
    assertTrue(html.contains("Peer areas in the funnel plots: ILLUSTRATIVE SYNTHETIC NUMBERS"), "peers are marked synthetic");
    assertTrue(Files.readString(out.resolve("csv").resolve("indicator-asb-incidents-funnel-points.csv"))
        .contains("E01020169,peer,"), "the funnel's points as CSV");
    assertTrue(Files.exists(out.resolve("csv").resolve("sensitivity.csv")), "CSV of every table");
    assertTrue(Files.readString(out.resolve("network.graphml")).contains("<graphml"), "GraphML");
    assertTrue(Files.readString(out.resolve("network.gexf")).contains("<gexf"), "GEXF");
    // A payback year is printed only when the whole NPV interval is above zero.
    var savings = report.savings().orElseThrow();
    boolean claimed = savings.paybackStatement().startsWith("paid back");
    assertEquals(savings.npvLower().orElseThrow().amount().signum() >= 0 && savings.paybackYear().isPresent(), claimed,
        savings::paybackStatement);
    assertTrue(!html.contains("<script") && !html.matches("(?s).*(src|href)=\"[a-z]+:.*"),
        "self-contained: no scripts, no external files");
  }

  @Test
  void main_reportsAMissingFileAsOneLineNotAStackTrace() throws Exception {
    Path missing = out.resolve("no-such-journey.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
          () -> TownstalEvaluation.run(Optional.of(missing), Optional.of(out.resolve("x.csv")), Optional.empty(), out, print));
      assertTrue(e.getMessage().contains("no-such-journey.json"), e.getMessage());
    }
  }
}
