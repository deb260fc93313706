package org.c2model.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.c2model.core.Money;
import org.c2model.core.rule.Severity;
import org.c2model.csv.CsvImportException;
import org.c2model.csv.DeflatorCsv;
import org.c2model.csv.UnitCostCsv;
import org.c2model.examples.townstal.TownstalData;
import org.c2model.core.rule.Finding;
import org.c2model.examples.townstal.ProgrammeEvaluation;
import org.c2model.examples.townstal.TownstalEvaluation;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.json.C2JsonException;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.Windows;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.StaffTime;
import org.c2model.metrics.savings.UnitCostTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The main job's command line: evaluates the bundled Townstal case study, or the user's own
 * neighbourhood from a journey document and an observations CSV, prints the report and writes it as
 * JSON and HTML. {@code --help} lists every option and the exit codes.
 * <p>
 * Nothing is assumed silently: every default used in place of a value the user did not give (for
 * the user's own data: no savings without {@code --unit-costs}, no investment, no adjustments) is
 * listed in the printed report and the HTML page.
 */
@Command(name = "c2-evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    version = "c2-evaluate (c2 examples)",
    description = {"Evaluates a C2 neighbourhood: steps, governance, outcomes, indicator change against a "
        + "comparator, community network and invest-to-save. Prints the report and writes evaluation.json and "
        + "evaluation.html into the output directory.",
        "With no options it evaluates the bundled Townstal case study (ILLUSTRATIVE indicator numbers) with "
        + "its stated assumptions. With --journey it evaluates your neighbourhood and assumes nothing from "
        + "Townstal: each default used is listed in the report.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the report was written",
        "1:the report has a finding of severity error and --fail-on-error was given",
        "2:usage: an unknown or malformed option, or an input file that is missing, unreadable or invalid",
        "3:the report could not be written"})
public final class EvaluateCommand implements Callable<Integer> {

  /** Exit code: the report was written. */
  public static final int OK = 0;
  /** Exit code: the report has error findings and {@code --fail-on-error} was given. */
  public static final int ERROR_FINDINGS = 1;
  /** Exit code: bad usage or bad input. */
  public static final int USAGE = Cli.USAGE;
  /** Exit code: the report could not be written. */
  public static final int WRITE_FAILED = 3;

  private static final PriceYear DEFAULT_PRICE_YEAR = PriceYear.parse("2013/14");

  @Spec
  private CommandSpec spec;

  @Option(names = "--journey", paramLabel = "FILE", description = "Journey document (c2 JSON, kind journey): the "
      + "partnership and its activities. Default: the bundled Townstal journey.")
  private Path journey;

  @Option(names = "--observations", paramLabel = "FILE", description = "Indicator observations CSV (columns areaCode, "
      + "indicator, period, numerator; optional denominator, vintage). Required with --journey.")
  private Path observations;

  @Option(names = "--comparator", paramLabel = "CODES", split = ",", description = "Comparator area GSS codes, "
      + "comma-separated, such as E01020150,E01020151. Default: none (Townstal: E01020150,E01020151).")
  private List<String> comparator;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-MM-dd); no data "
      + "after it is used. Default: the journey's end, or else its last activity.")
  private String asOf;

  @Option(names = "--baseline", paramLabel = "START/END", description = "The baseline window, first day and the "
      + "day after the last (yyyy-MM-dd/yyyy-MM-dd), such as 2008-06-01/2009-06-01; give it with --follow-up. "
      + "Default: the 12 calendar months before the month the partnership was formalised in.")
  private String baseline;

  @Option(names = "--follow-up", paramLabel = "START/END", description = "The follow-up window, as --baseline; "
      + "cut at the as-of date with a finding. Default: the latest 12 complete calendar months up to the as-of date.")
  private String followUp;

  @Option(names = "--unit-costs", paramLabel = "FILE", description = "Unit cost table CSV (columns indicator_id, "
      + "cost, currency, unit, price_year, agency, value_type, source; optional note). Without it no savings are "
      + "appraised for your own journey.")
  private Path unitCosts;

  @Option(names = "--deflators", paramLabel = "FILE", description = "GDP deflators CSV (columns price_year, index) "
      + "to uprate the unit costs to --price-year; needed when a cost is in another price year.")
  private Path deflators;

  @Option(names = "--price-year", paramLabel = "YEAR", description = "Price year of the appraisal, such as 2013/14. "
      + "Default: 2013/14.")
  private String priceYear;

  @Option(names = "--investment", paramLabel = "AGENCY:YEAR:GBP", description = "Money an agency puts in, in "
      + "appraisal year YEAR (0 is the first) at --price-year prices, such as local_authority:0:3000. Repeat for "
      + "more. Default: none.")
  private List<String> investments;

  @Option(names = "--adjustments", paramLabel = "DW,ATTR,OB", description = "Deadweight, attribution and optimism "
      + "bias, shares from 0 to 1, such as 0,0.5,0.2. Default: none (0,1,0).")
  private String adjustments;

  @Option(names = "--deadweight", paramLabel = "METHOD", description = "The appraisal's counterfactual: "
      + "'comparator' (the comparator's trend, else the stated deadweight) or 'synthetic-control' (each "
      + "indicator's synthetic control from the donor areas: the other areas in the observations, or the bundled "
      + "ILLUSTRATIVE peer areas for Townstal). Default: comparator.")
  private String deadweight;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write evaluation.json and "
      + "evaluation.html into. Default: reports/townstal, or reports/<journey file name>.")
  private Path out;

  @Option(names = "--programme", description = "Evaluate a programme of three sites: the neighbourhood (the bundled "
      + "Townstal, or --journey) and two SYNTHETIC sites generated with a fixed seed from the bundled data. Writes "
      + "portfolio.html (sites needing attention first, every site compared, the funnel plot of all sites) and each "
      + "site's report in its own directory. Default --out: reports/programme.")
  private boolean programme;

  @Option(names = "--previous", paramLabel = "FILE", description = "A previous evaluation.json of the same "
      + "neighbourhood (with --programme, of one of the sites): the report lists what changed since: steps attained "
      + "or lapsed, rule failures started or ended, indicators that changed verdict, weak connectors gained or lost.")
  private Path previous;

  @Option(names = "--fail-on-error", description = "Exit with code 1 when the report has a finding of severity "
      + "error (for scripts and CI).")
  private boolean failOnError;

  private PrintStream print = System.out;

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args  the options, see {@code --help}
   */
  public static void main(String[] args) {
    Cli.exit(execute(System.out, System.err, args));
  }

  /**
   * Runs the command line, printing the report to one stream and errors to another.
   *
   * @param out  where the report and help go, not null
   * @param err  where error messages go, not null
   * @param args  the options, not null
   * @return the exit code: 0 ok, 1 error findings with {@code --fail-on-error}, 2 usage, 3 write failed
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    EvaluateCommand command = new EvaluateCommand();
    command.print = out;
    CommandLine line = Cli.commandLine(command, out, err);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
      return e instanceof UncheckedIOException ? WRITE_FAILED : USAGE;
    });
    return line.execute(args);
  }

  @Override
  public Integer call() {
    EvaluationSettings settings = settings();
    Optional<EvaluationReport> before = Optional.empty();
    if (previous != null) {
      readable("--previous", previous);
      try {
        before = Optional.of(C2Json.read(DocumentKind.EVALUATION_REPORT, previous));
      } catch (C2JsonException e) {
        throw usage("--previous " + previous + ": " + e.getMessage());
      }
    }
    List<Finding> findings;
    try {
      if (programme) {
        findings = ProgrammeEvaluation.run(settings, before, print).sites().stream()
            .flatMap(s -> s.report().map(EvaluationReport::findings).orElse(s.attention()).stream()).toList();
      } else {
        findings = TownstalEvaluation.run(settings, before, print).findings();
      }
    } catch (C2JsonException e) {
      // The journey is the only JSON input; the message names the JSON Pointer, value, line and column.
      throw new ParameterException(spec.commandLine(), "--journey " + journey + ": " + e.getMessage(), e);
    } catch (CsvImportException | IllegalArgumentException e) {
      // The library's messages name the file, line and column, or the field and value.
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (failOnError && errors > 0) {
      spec.commandLine().getErr().println(spec.name() + ": " + errors + " finding(s) of severity error (--fail-on-error)");
      return ERROR_FINDINGS;
    }
    return OK;
  }

  /**
   * Checks the options and reads the invest-to-save inputs.
   *
   * @return the settings, not null
   * @throws ParameterException naming the option and value of the first problem
   */
  EvaluationSettings settings() {
    if (journey == null) {
      if (observations != null) {
        throw usage("--observations needs --journey (without both, the bundled Townstal data are evaluated)");
      }
      return ownSettings(TownstalEvaluation.townstalExample(out != null ? out
          : programme ? Path.of("reports", "programme") : Path.of("reports", "townstal")));
    }
    readable("--journey", journey);
    if (observations == null) {
      throw usage("--journey needs --observations, the indicator observations CSV");
    }
    readable("--observations", observations);
    return ownSettings(null);
  }

  /**
   * The settings from the options, each default stated; with {@code townstal} (no --journey), the
   * bundled case study's data and stated values are the defaults.
   */
  private EvaluationSettings ownSettings(EvaluationSettings townstal) {
    List<String> assumed = new ArrayList<>();
    PriceYear year = priceYear == null ? DEFAULT_PRICE_YEAR : parse("--price-year", priceYear, PriceYear::parse);
    if (priceYear == null) {
      assumed.add("price year: " + DEFAULT_PRICE_YEAR);
    }
    Optional<UnitCostTable> costs = unitCosts(year, townstal, assumed);
    List<Investment> money = new ArrayList<>();
    if (investments != null) {
      investments.forEach(i -> money.add(investment(i, year)));
    } else if (townstal != null) {
      money.addAll(townstal.investments());
      inherit(townstal, "investment:", assumed);
    } else {
      assumed.add("investment: none (give --investment): net present value and payback count benefits only");
    }
    List<StaffTime> hours = new ArrayList<>();
    if (townstal != null) {
      hours.addAll(townstal.staffTime());
      inherit(townstal, "staff time:", assumed);
    } else {
      assumed.add("staff time: none counted as cost (the agencies' hours at meetings are not priced)");
    }
    Adjustments shares;
    if (adjustments != null) {
      shares = adjustments(adjustments);
    } else if (townstal != null) {
      shares = townstal.adjustments();
      inherit(townstal, "adjustments:", assumed);
    } else {
      shares = Adjustments.none();
      assumed.add("adjustments: none (" + shares + "); give --adjustments");
    }
    Optional<Windows> windows = windows(assumed);
    Optional<LocalDate> date = asOf == null ? Optional.empty()
        : Optional.of(parse("--as-of", asOf, s -> LocalDate.parse(s)));
    if (asOf == null) {
      assumed.add("as-of date: the journey's end, or else its last activity");
    }
    List<String> codes = comparator != null ? comparator
        : townstal != null ? townstal.comparatorCodes() : List.of();
    if (comparator == null && townstal != null) {
      inherit(townstal, "comparator:", assumed);
    } else if (comparator == null) {
      assumed.add("comparator: none (give --comparator): no comparator's trend nets out deadweight");
    }
    Path dir = out != null ? out : townstal != null ? townstal.out() : programme ? Path.of("reports", "programme")
        : Path.of("reports", journey.getFileName().toString().replaceFirst("\\.json$", ""));
    boolean synthetic = deadweight != null && switch (deadweight) {
      case "comparator" -> false;
      case "synthetic-control" -> true;
      default -> throw usage("--deadweight " + deadweight + ": must be 'comparator' or 'synthetic-control'");
    };
    if (synthetic) {
      assumed.add("deadweight: each indicator's synthetic control from the donor areas (--deadweight synthetic-control)");
    }
    return new EvaluationSettings(Optional.ofNullable(journey), Optional.ofNullable(observations), codes, date, costs,
        year, money, hours, shares, windows, assumed, dir, synthetic);
  }

  private Optional<UnitCostTable> unitCosts(PriceYear year, EvaluationSettings townstal, List<String> assumed) {
    if (unitCosts == null) {
      if (deflators != null) {
        throw usage("--deflators needs --unit-costs (they uprate the unit costs)");
      }
      if (townstal != null) {
        inherit(townstal, "unit costs:", assumed);
        return Optional.of(parse("--price-year", year.toString(),
            s -> TownstalData.unitCosts(year)));
      }
      assumed.add("unit costs: none (give --unit-costs): savings are not appraised");
      return Optional.empty();
    }
    UnitCostTable table = readCsv("--unit-costs", unitCosts, UnitCostCsv::read);
    if (deflators != null) {
      DeflatorTable index = readCsv("--deflators", deflators, DeflatorCsv::read);
      return Optional.of(parse("--deflators", deflators.toString(), s -> table.uprate(year, index)));
    }
    if (!table.priceYears().stream().allMatch(year::equals)) {
      throw usage("--unit-costs " + unitCosts + " has costs in price years " + table.priceYears()
          + ", not all " + year + ": give --deflators to uprate them, or --price-year");
    }
    return Optional.of(table);
  }

  /** Adds the bundled case study's statement of the assumption that starts with {@code key}. */
  private static void inherit(EvaluationSettings townstal, String key, List<String> assumed) {
    townstal.assumptions().stream().filter(a -> a.startsWith(key)).forEach(assumed::add);
  }

  private Investment investment(String text, PriceYear year) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw usage("--investment must be AGENCY:YEAR:GBP, such as local_authority:0:3000: '" + text + "'");
    }
    return parse("--investment", text, s -> Investment.of(AgencyCode.of(parts[0]), Integer.parseInt(parts[1]),
        Money.gbp(parts[2]), year));
  }

  private Adjustments adjustments(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      throw usage("--adjustments must be three shares DEADWEIGHT,ATTRIBUTION,OPTIMISM_BIAS, such as 0,0.5,0.2: '"
          + text + "'");
    }
    return parse("--adjustments", text, s -> Adjustments.of(new BigDecimal(parts[0].strip()),
        new BigDecimal(parts[1].strip()), new BigDecimal(parts[2].strip())));
  }

  /** Parses an option's value; a bad value is a usage error naming the option and the value. */
  private <T> T parse(String option, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (DateTimeParseException e) {
      throw usage(option + " must be a date yyyy-MM-dd that exists, such as 2010-03-15: '" + value + "'");
    } catch (IllegalArgumentException e) {
      throw usage(option + " '" + value + "': " + e.getMessage());
    }
  }

  /** Reads a CSV option's file; a bad file is a usage error naming the option and the file. */
  private <T> T read(String option, Path file, Function<Reader, T> reader) {
    readable(option, file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.apply(in);
    } catch (IOException | UncheckedIOException e) {
      throw usage(option + " " + file + " cannot be read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw usage(option + " " + file + ": " + e.getMessage());
    }
  }

  private Optional<Windows> windows(List<String> assumed) {
    if (baseline == null && followUp == null) {
      assumed.add("windows: the 12 months before the partnership was formalised against the latest 12 complete "
          + "months up to the as-of date");
      return Optional.empty();
    }
    if (baseline == null || followUp == null) {
      throw usage((baseline == null ? "--follow-up needs --baseline" : "--baseline needs --follow-up")
          + ": give both windows or neither");
    }
    StudyWindow before = window("--baseline", baseline);
    StudyWindow after = window("--follow-up", followUp);
    return Optional.of(parse("--follow-up", followUp, s -> Windows.of(before, after)));
  }

  private StudyWindow window(String option, String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw usage(option + " must be START/END (yyyy-MM-dd/yyyy-MM-dd, the end the day after the last): '"
          + text + "'");
    }
    return parse(option, text, s -> StudyWindow.of(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip())));
  }

  private <T> T readCsv(String option, Path file, Function<Path, T> reader) {
    readable(option, file);
    try {
      return reader.apply(file);
    } catch (CsvImportException | IllegalArgumentException e) {
      throw usage(option + " " + file + ": " + e.getMessage());
    }
  }

  private void readable(String option, Path file) {
    Cli.requireReadable(spec, option, file);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
