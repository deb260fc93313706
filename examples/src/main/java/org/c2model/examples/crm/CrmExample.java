package org.c2model.examples.crm;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.report.ReportOptions;
import org.c2model.report.Reports;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.examples.cli.Cli;
import org.c2model.json.C2JsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Council IT's view: takes a CRM's CSV exports (the bundled sample, or three files given as
 * arguments), maps them to c2 with the CRM's own ids, and prints every finding as a versioned
 * JSON findings document, as a CRM would store it.
 * <p>
 * The sample has bad rows on purpose: an unknown sector code, a contact without an id, a board role
 * naming an unknown contact, an impossible date, a second chair on the same day and an unknown
 * meeting kind. Each is reported with its file, row and column; the good rows are imported.
 * <p>
 * For a council's own exports, {@code --partnership} names the partnership document whose id, name,
 * neighbourhood and constitution date the import builds on, and {@code --as-of} the date the
 * findings are evaluated on (today by default); nothing of the Townstal sample is used.
 */
@Command(name = "c2-crm-import", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    version = "c2-crm-import (c2 examples)",
    description = {"Maps a CRM's CSV exports (contacts, board roles, meetings) to c2 and prints every finding "
        + "as one c2 findings JSON document; the import summary goes to standard error.",
        "With no files it imports the bundled Townstal sample as of 2010-03-15.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the findings were printed", "2:usage: an unknown or malformed option, or a file that is "
        + "missing, unreadable or invalid"})
public final class CrmExample implements Callable<Integer> {

  private static final LocalDate SAMPLE_AS_OF = LocalDate.of(2010, 3, 15);
  private static final LocalDate SAMPLE_START = LocalDate.of(2009, 6, 1);

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..3", paramLabel = "CSV", description = "The contacts, board roles and meetings CSV "
      + "exports, in that order; none for the bundled sample.")
  private List<Path> files;

  @Option(names = "--partnership", paramLabel = "FILE", description = "Partnership document (c2 JSON) whose id, "
      + "name, neighbourhood and constitution date the import builds on. Required with your own files.")
  private Path partnership;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date the findings are evaluated on (yyyy-MM-dd). "
      + "Default: today (the sample: 2010-03-15).")
  private LocalDate asOf;

  @Option(names = "--journey-start", paramLabel = "DATE", description = "First day of the partnership's journey "
      + "(yyyy-MM-dd). Default: the constitution date (the sample: 2009-06-01).")
  private LocalDate journeyStart;

  @Option(names = "--report", paramLabel = "DIR", description = "Also evaluate the imported journey (steps, "
      + "governance, network; no indicator data) and write the board's report into DIR: evaluation.html, one CSV "
      + "file per table under csv/, and network.graphml and network.gexf.")
  private Path report;

  private PrintStream out = System.out;
  private PrintStream err = System.err;

  /**
   * Runs the example and exits with its exit code.
   *
   * @param args  see {@code --help}
   */
  public static void main(String[] args) {
    Cli.exit(execute(System.out, System.err, args));
  }

  /**
   * Runs the example, printing the findings to one stream and the summary and errors to another.
   *
   * @param out  where the findings document goes, not null
   * @param err  where the import summary and error messages go, not null
   * @param args  see {@code --help}, not null
   * @return the exit code: 0 ok, 2 usage
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    CrmExample command = new CrmExample();
    command.out = out;
    command.err = err;
    return Cli.commandLine(command, out, err).execute(args);
  }

  @Override
  public Integer call() throws IOException {
    boolean sample = files == null || files.isEmpty();
    if (!sample && files.size() != 3) {
      throw usage("give the three CSV exports, contacts, board roles and meetings, or none for the sample: " + files);
    }
    Partnership base;
    if (partnership != null) {
      base = readBase(partnership);
    } else if (sample) {
      base = Partnership.builder().id("P-TOWNSTAL").name("Townstal Community Partnership (CRM sample)")
          .neighbourhood(Neighbourhood.of("N-TOWNSTAL", "Townstal, Dartmouth", "E01020136", "E01020137"))
          .constitutionAdopted(LocalDate.of(2009, 6, 2)).build();
    } else {
      throw usage("--partnership is required with your own files: the partnership document the import builds on");
    }
    LocalDate today = asOf != null ? asOf : sample ? SAMPLE_AS_OF : LocalDate.now();
    LocalDate start = journeyStart != null ? journeyStart : sample ? SAMPLE_START
        : base.constitutionAdopted().orElseThrow(() -> usage("--journey-start is required: the partnership "
            + partnership + " has no constitution date"));
    CrmImport imported;
    try (Reader contacts = open(0, "contacts.csv"); Reader roles = open(1, "board_roles.csv");
        Reader meetings = open(2, "meetings.csv")) {
      imported = CrmImport.read(base, start, contacts, roles, meetings, today);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    err.println(imported);
    RuleReport findings = imported.findings(today);
    out.println(C2Json.write(findings));
    if (report != null) {
      writeReport(imported.journey(), today);
    }
    return 0;
  }

  /** Evaluates the imported journey as of a date and writes its report with c2-report. */
  private void writeReport(Journey journey, LocalDate date) {
    EvaluationReport evaluation = Evaluation.builder().journey(journey).asOf(date).build().run();
    ReportOptions options = ReportOptions.builder().journey(journey)
        .addNotes("Imported from the CRM's CSV exports; no indicator data or unit costs were given, so section 5 "
            + "has no indicators and section 7 no valuation.")
        .build();
    Reports.html(evaluation, options, report.resolve("evaluation.html"));
    Reports.csv(evaluation, options, report.resolve("csv"));
    CommunityNetwork network = CommunityNetwork.fromJourney(journey, date);
    Reports.graphml(network, report.resolve("network.graphml"));
    Reports.gexf(network, date, report.resolve("network.gexf"));
    err.println("Report written to " + report.toAbsolutePath().normalize());
  }

  /** The partnership's id, name, neighbourhood and constitution date, without its people. */
  private Partnership readBase(Path file) {
    Cli.requireReadable(spec, "--partnership", file);
    try {
      Partnership p = C2Json.read(DocumentKind.PARTNERSHIP, file);
      Partnership.Builder b = Partnership.builder().id(p.id()).name(p.name()).neighbourhood(p.neighbourhood());
      p.constitutionAdopted().ifPresent(b::constitutionAdopted);
      return b.build();
    } catch (C2JsonException | UncheckedIOException e) {
      throw usage("--partnership " + file + ": " + e.getMessage());
    }
  }

  private Reader open(int i, String sample) throws IOException {
    if (files != null && files.size() > i) {
      Cli.requireReadable(spec, List.of("contacts", "board roles", "meetings").get(i) + " CSV", files.get(i));
      return Files.newBufferedReader(files.get(i), StandardCharsets.UTF_8);
    }
    return new InputStreamReader(Objects.requireNonNull(CrmExample.class.getResourceAsStream(sample), sample),
        StandardCharsets.UTF_8);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
