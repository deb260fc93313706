package org.c2model.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.junit.jupiter.api.Test;

/** The CRM example's command line: dates and partnership from the user, not from the Townstal sample. */
class CrmExampleTest {

  private static final Path SAMPLE = Path.of("src/main/resources/org/c2model/examples/crm");
  private static final String PARTNERSHIP = "src/main/resources/org/c2model/examples/townstal/townstal-partnership.json";

  private static String[] run(int expectedCode, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CrmExample.execute(o, e, args);
    }
    String[] printed = {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    assertEquals(expectedCode, code, printed[1]);
    return printed;
  }

  private static String[] files() {
    return new String[] {SAMPLE.resolve("contacts.csv").toString(), SAMPLE.resolve("board_roles.csv").toString(),
        SAMPLE.resolve("meetings.csv").toString()};
  }

  @Test
  void sample_withReport_writesTheBoardsReportWithTheNetworkByIdOnly() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "crm-report");
    String err = run(0, "--report", dir.toString())[1];
    assertTrue(err.contains("Report written to " + dir.toAbsolutePath().normalize()), err);
    String html = java.nio.file.Files.readString(dir.resolve("evaluation.html"));
    assertTrue(html.contains("<h2>6. Community network</h2>") && html.contains("id=\"network-after\""), "network drawn");
    assertTrue(html.contains("CRM-1001"), "people by their CRM id");
    assertTrue(java.nio.file.Files.readString(dir.resolve("network.graphml")).contains("<node id=\"CRM-1001\">"));
    assertTrue(java.nio.file.Files.readString(dir.resolve("network.gexf")).contains("id=\"CRM-1001\""));
    assertTrue(java.nio.file.Files.exists(dir.resolve("csv").resolve("steps.csv")));
  }

  @Test
  void ownFiles_areEvaluatedAsOfTheGivenDateOnTheGivenPartnership() {
    String[] args = new String[] {"--partnership", PARTNERSHIP, "--as-of", "2011-01-31", files()[0], files()[1], files()[2]};
    RuleReport findings = C2Json.read(DocumentKind.FINDINGS, run(0, args)[0]);
    assertTrue(!findings.findings().isEmpty());
    assertTrue(findings.findings().stream().map(Finding::date).allMatch(d -> !d.isAfter(java.time.LocalDate.of(2011, 1, 31))),
        findings::toString);
    assertTrue(findings.findings().stream().anyMatch(f -> f.date().equals(java.time.LocalDate.of(2011, 1, 31))),
        "findings are dated the given as-of date, not 2010-03-15: " + findings);
  }

  @Test
  void ownFiles_withoutAPartnership_areAUsageError() {
    String err = run(2, files())[1];
    assertTrue(err.contains("c2-crm-import: --partnership is required with your own files"), err);
  }

  @Test
  void badArguments_areUsageErrorsNamingTheValue() {
    assertTrue(run(2, "--as-of", "2010-02-30")[1].contains("--as-of"));
    assertTrue(run(2, "--partnership", PARTNERSHIP, files()[0], files()[1])[1].contains("give the three CSV exports"));
    assertTrue(run(2, "--partnership", PARTNERSHIP, "missing.csv", files()[1], files()[2])[1]
        .contains("contacts CSV missing.csv: no such file"));
    assertTrue(run(2, "--frobnicate")[1].contains("Unknown option: '--frobnicate'"));
  }
}
