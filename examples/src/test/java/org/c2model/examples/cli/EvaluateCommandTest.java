package org.c2model.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.c2model.examples.townstal.TownstalData;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.programme.ChangeCategory;
import org.c2model.metrics.programme.ReportChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The main job's command line, driven as a user would: help, bad arguments, own data, exit codes. */
class EvaluateCommandTest {

  private static final Path TOWNSTAL = Path.of("src/main/resources/org/c2model/examples/townstal");
  private static final String JOURNEY = TOWNSTAL.resolve("townstal-journey.json").toString();
  private static final String OBSERVATIONS = TOWNSTAL.resolve("observations-illustrative.csv").toString();

  @TempDir
  static Path dir;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = EvaluateCommand.execute(o, e, args);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void help_documentsEveryOptionAndTheExitCodes() {
    Run run = run("--help");
    assertEquals(0, run.code(), run.err());
    for (OptionSpec option : new CommandLine(new EvaluateCommand()).getCommandSpec().options()) {
      assertTrue(run.out().contains(option.longestName()), () -> "help lacks " + option.longestName() + ":\n" + run.out());
      assertTrue(option.description().length > 0 && !option.description()[0].isBlank(), option.longestName());
    }
    for (String expected : new String[] {"Exit codes:", "0   the report was written", "1   the report has a finding",
        "2   usage", "3   the report could not be written"}) {
      assertTrue(run.out().contains(expected), () -> "help lacks '" + expected + "':\n" + run.out());
    }
  }

  static Stream<Arguments> badArguments() throws Exception {
    Path notJson = Files.writeString(dir.resolve("not-a-journey.json"), "{\"c2\": \"1.0\", \"kind\": \"journey\"}");
    Path mixedCosts = Files.writeString(dir.resolve("costs.csv"),
        "indicator_id,cost,currency,unit,price_year,agency,value_type,source\n"
            + "asb-incidents,100,GBP,incident,2010/11,police,fiscal,test\n");
    Path missing = dir.resolve("no-such-file.json");
    // A stored evaluation of another neighbourhood: Townstal's, its neighbourhood id changed.
    Path elsewhere = dir.resolve("elsewhere-evaluation.json");
    C2Json.write(EvaluationReport.builder().from(TownstalData.bundled().run()).neighbourhoodId("N-ELSEWHERE").build(),
        elsewhere);
    return Stream.of(
        Arguments.of(List.of("--previous", missing.toString()), "--previous " + missing + ": no such file"),
        Arguments.of(List.of("--previous", notJson.toString()), "--previous " + notJson + ": "),
        Arguments.of(List.of("--previous", elsewhere.toString()),
            "the previous report is of neighbourhood N-ELSEWHERE, not N-TOWNSTAL"),
        Arguments.of(List.of("--frobnicate"), "Unknown option: '--frobnicate'"),
        Arguments.of(List.of("my-journey.json"), "Unmatched argument at index 0: 'my-journey.json'"),
        Arguments.of(List.of("--journey"), "Expected parameter for option '--journey' but found '--out'"),
        Arguments.of(List.of("--journey", missing.toString(), "--observations", OBSERVATIONS),
            "--journey " + missing + ": no such file"),
        Arguments.of(List.of("--journey", dir.toString(), "--observations", OBSERVATIONS),
            "--journey " + dir + ": not a readable file"),
        Arguments.of(List.of("--journey", JOURNEY), "--journey needs --observations"),
        Arguments.of(List.of("--observations", OBSERVATIONS), "--observations needs --journey"),
        Arguments.of(List.of("--journey", JOURNEY, "--observations", missing.toString()),
            "--observations " + missing + ": no such file"),
        Arguments.of(List.of("--journey", notJson.toString(), "--observations", OBSERVATIONS),
            "--journey " + notJson + ": Invalid c2 JSON at /partnership"),
        Arguments.of(List.of("--journey", JOURNEY, "--observations", notJson.toString()),
            "Invalid observation CSV not-a-journey.json at line 1"),
        Arguments.of(List.of("--as-of", "2010-02-30"),
            "--as-of must be a date yyyy-MM-dd that exists, such as 2010-03-15: '2010-02-30'"),
        Arguments.of(List.of("--price-year", "2013"), "--price-year '2013'"),
        Arguments.of(List.of("--baseline", "2008-06-01/2009-06-01"), "--baseline needs --follow-up"),
        Arguments.of(List.of("--baseline", "2008-06-01", "--follow-up", "2010-01-01/2011-01-01"),
            "--baseline must be START/END"),
        Arguments.of(List.of("--baseline", "2008-06-01/2009-06-31", "--follow-up", "2010-01-01/2011-01-01"),
            "--baseline must be a date yyyy-MM-dd that exists"),
        Arguments.of(List.of("--baseline", "2009-06-01/2008-06-01", "--follow-up", "2010-01-01/2011-01-01"),
            "--baseline '2009-06-01/2008-06-01'"),
        Arguments.of(List.of("--investment", "local_authority:3000"),
            "--investment must be AGENCY:YEAR:GBP, such as local_authority:0:3000: 'local_authority:3000'"),
        Arguments.of(List.of("--investment", "Council:0:3000"), "--investment 'Council:0:3000'"),
        Arguments.of(List.of("--adjustments", "0,0.5"), "--adjustments must be three shares"),
        Arguments.of(List.of("--adjustments", "0,1.5,0"), "--adjustments '0,1.5,0'"),
        Arguments.of(List.of("--deflators", OBSERVATIONS), "--deflators needs --unit-costs"),
        Arguments.of(List.of("--unit-costs", missing.toString()), "--unit-costs " + missing + ": no such file"),
        Arguments.of(List.of("--journey", JOURNEY, "--observations", OBSERVATIONS, "--unit-costs", mixedCosts.toString()),
            "has costs in price years [2010/11], not all 2013/14: give --deflators"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void badArguments_exitWith2AndOneClearMessage(List<String> args, String expected) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--out", dir.resolve("never").toString()));
    Run run = run(all.toArray(String[]::new));
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().startsWith("c2-evaluate: "), run.err());
    assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in:\n" + run.err());
    assertTrue(run.err().contains("Try 'c2-evaluate --help'"), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
    assertTrue(Files.notExists(dir.resolve("never")), "nothing written");
  }

  @Test
  void programme_evaluatesThreeSitesAndWritesThePortfolioAndEachSitesReport() throws Exception {
    Path out = dir.resolve("programme");
    Run run = run("--programme", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("site SYN-2 evaluated (3 of 3)"), run.out());
    assertTrue(run.out().contains("C2 programme PR-EXAMPLE: 3 sites"), run.out());
    assertTrue(run.out().strip().endsWith("Portfolio written to " + out.toAbsolutePath().normalize()), run.out());
    String page = Files.readString(out.resolve("portfolio.html"));
    for (String site : List.of("TOWNSTAL", "SYN-1", "SYN-2")) {
      assertTrue(page.contains("id=\"site-" + site + "\""), site);
    }
    assertTrue(page.contains("SYNTHETIC"), "the generated sites are said to be synthetic");
    for (String file : List.of("townstal/evaluation.html", "townstal/evaluation.json", "syn-1/evaluation.html",
        "syn-1/evaluation.json", "syn-2/evaluation.html", "syn-2/evaluation.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
      assertTrue(page.contains("href=\"" + file.replace(".json", ".html") + "\""), "a link to " + file);
    }
    // The same seed generates the same sites: a second run writes the same portfolio.
    Path again = dir.resolve("programme-again");
    assertEquals(0, run("--programme", "--out", again.toString()).code());
    assertEquals(page, Files.readString(again.resolve("portfolio.html")));
  }

  @Test
  void previous_listsWhatChangedSinceTheEarlierReport_inTheTextAndTheHtml() throws Exception {
    Path before = dir.resolve("before");
    assertEquals(0, run("--as-of", "2009-12-31", "--out", before.toString()).code());
    Path after = dir.resolve("after");
    Run run = run("--previous", before.resolve("evaluation.json").toString(), "--out", after.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Changes in N-TOWNSTAL from 2009-12-31 to 2010-12-31"), run.out());
    assertTrue(run.out().contains("step 6 attained (not attained -> attained)"), run.out());
    String html = Files.readString(after.resolve("evaluation.html"));
    assertTrue(html.contains("What changed since last time"), "the change list in the board's report");
    assertTrue(Files.isRegularFile(after.resolve("csv").resolve("changes.csv")));
    ReportChanges stored = C2Json.read(DocumentKind.REPORT_CHANGES, after.resolve("changes.json"));
    assertEquals(List.of("6"), stored.inCategory(ChangeCategory.STEP_ATTAINED).stream().map(c -> c.subject()).toList());
  }

  @Test
  void deadweight_syntheticControl_isTheAppraisalsCounterfactualOnlyWhenAsked() {
    Run asked = run("--deadweight", "synthetic-control", "--out", dir.resolve("synthetic").toString());
    assertEquals(0, asked.code(), asked.err());
    assertTrue(asked.out().contains("synthetic control as deadweight (asked for)"), asked.out());
    assertTrue(asked.out().contains("10 ILLUSTRATIVE peer areas") && asked.out().contains("placebo"), asked.out());
    Run wrong = run("--deadweight", "guess", "--out", dir.resolve("wrong").toString());
    assertEquals(2, wrong.code(), wrong.out());
    assertTrue(wrong.err().contains("--deadweight guess: must be 'comparator' or 'synthetic-control'"), wrong.err());
  }

  @Test
  void windows_givenOnTheCommandLine_areTheOnesCompared() {
    Path out = dir.resolve("windows");
    Run run = run("--baseline", "2008-01-01/2009-01-01", "--follow-up", "2010-01-01/2011-01-01", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Long-term indicators: baseline 2008-01-01"), run.out());
    assertTrue(!run.out().contains("assumed windows:"), run.out());
  }

  @Test
  void ownData_withoutAppraisalInputs_saysWhichDefaultsItUsedAndAppraisesNoSavings() throws Exception {
    Path out = dir.resolve("own");
    Run run = run("--journey", JOURNEY, "--observations", OBSERVATIONS, "--as-of", "2010-06-30", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    for (String expected : new String[] {"assumed unit costs: none (give --unit-costs): savings are not appraised",
        "assumed investment: none", "assumed adjustments: none", "assumed comparator: none", "as of 2010-06-30"}) {
      assertTrue(run.out().contains(expected), () -> "missing '" + expected + "' in\n" + run.out());
    }
    assertTrue(!run.out().contains("Townstal's") && !run.out().contains("GBP 3000"), run.out());
    String html = Files.readString(out.resolve("evaluation.html"));
    assertTrue(html.contains("savings are not appraised"), "the HTML states the defaults too");
    assertTrue(run.out().strip().endsWith("Report written to " + out.toAbsolutePath().normalize()), run.out());
  }

  @Test
  void ownData_withAppraisalInputs_usesThemAndAssumesOnlyWhatIsLeft() {
    Path out = dir.resolve("own-appraised");
    Run run = run("--journey", JOURNEY, "--observations", OBSERVATIONS, "--comparator", "E01020150,E01020151",
        "--unit-costs", Path.of("../c2-csv/src/test/resources/org/c2model/csv/sample-unit-costs.csv").toString(),
        "--deflators", TOWNSTAL.resolve("deflators-illustrative.csv").toString(), "--price-year", "2013/14",
        "--investment", "local_authority:0:1500", "--investment", "police:1:250", "--adjustments", "0,0.5,0.2",
        "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("assumed as-of date") && !run.out().contains("assumed unit costs")
        && !run.out().contains("assumed investment") && !run.out().contains("assumed comparator"), run.out());
    assertTrue(run.out().contains("Invest-to-save"), run.out());
  }

  @Test
  void failOnError_exitsWith1WhenTheReportHasAnErrorFinding() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode journey = (ObjectNode) mapper.readTree(Path.of(JOURNEY).toFile());
    ObjectNode partnership = (ObjectNode) journey.get("partnership");
    String agencyId = partnership.get("agencyRepresentatives").get(0).get("id").asText();
    ((ObjectNode) partnership.get("officerTerms").get(0)).put("personId", agencyId);   // an agency chair
    Path file = dir.resolve("agency-chair.json");
    mapper.writeValue(file.toFile(), journey);
    String[] args = {"--journey", file.toString(), "--observations", OBSERVATIONS, "--out", dir.resolve("chair").toString()};

    Run lenient = run(args);
    assertEquals(0, lenient.code(), lenient.err());
    assertTrue(lenient.out().contains("ERROR   Governance:ResidentOfficers"), lenient.out());

    List<String> strict = new ArrayList<>(List.of(args));
    strict.add("--fail-on-error");
    Run run = run(strict.toArray(String[]::new));
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("finding(s) of severity error (--fail-on-error)"), run.err());
  }

  @Test
  void unwritableOutput_exitsWith3() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run run = run("--out", file.resolve("sub").toString());
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("cannot write the report to " + file.resolve("sub")), run.err());
  }
}
