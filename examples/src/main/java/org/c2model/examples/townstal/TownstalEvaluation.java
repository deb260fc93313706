package org.c2model.examples.townstal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.Money;
import org.c2model.core.governance.GovernanceHistory;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.csv.DeflatorCsv;
import org.c2model.csv.ObservationCsv;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCostTable;

/**
 * The main job: evaluates the Townstal case study ({@code C2-DOMAIN.md} section 6) from bundled data
 * files, prints the report a council officer reads, and writes it as JSON and as a self-contained
 * HTML page with charts into a directory named on the last line of output.
 * <p>
 * Usage: {@code TownstalEvaluation [journey.json observations.csv [comparator-area-codes]] [--out DIR]}.
 * With no arguments it evaluates the bundled Townstal data; given a journey document and an
 * observations CSV (columns {@code areaCode, indicator, period, numerator, denominator, vintage}) it
 * evaluates that neighbourhood instead, against the comparator areas given as comma-separated GSS
 * codes, if any.
 */
public final class TownstalEvaluation {

  private static final String DATA = "/org/c2model/examples/townstal/";
  private static final PriceYear PRICES = PriceYear.parse("2013/14");
  private static final String INDICATOR_CHARTED = "asb-incidents";

  private TownstalEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param args  see the class description
   */
  public static void main(String[] args) {
    List<String> positional = new ArrayList<>();
    Path out = Path.of("c2-report", "townstal");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    boolean bundled = positional.isEmpty();
    if (!bundled && positional.size() < 2) {
      System.err.println("usage: TownstalEvaluation [journey.json observations.csv [comparator-codes]] [--out DIR]");
      System.exit(2);
    }
    try {
      run(bundled ? Optional.empty() : Optional.of(Path.of(positional.get(0))),
          bundled ? Optional.empty() : Optional.of(Path.of(positional.get(1))),
          bundled ? Optional.of("E01020150,E01020151") : positional.stream().skip(2).findFirst(), out, System.out);
    } catch (RuntimeException e) {
      // Library exceptions name the file, path or field and value; show that and stop.
      System.err.println("c2: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Runs the evaluation, printing to a stream.
   *
   * @param journeyFile  a journey document, or empty for the bundled Townstal journey
   * @param observationsFile  an observations CSV, or empty for the bundled illustrative data
   * @param comparatorCodes  the comparator's GSS codes, comma-separated, or empty for none
   * @param out  the directory to write the JSON and HTML into
   * @param print  where the report and progress go
   * @return the report, not null
   */
  static EvaluationReport run(Optional<Path> journeyFile, Optional<Path> observationsFile,
      Optional<String> comparatorCodes, Path out, PrintStream print) {
    progress(print, 1, "reading the journey " + journeyFile.map(Path::toString).orElse("(bundled Townstal)"));
    Journey journey = journeyFile.map(C2Json::readJourney)
        .orElseGet(() -> withResource("townstal-journey.json", in -> C2Json.read(DocumentKind.JOURNEY, in)));
    if (journeyFile.isEmpty()) {
      // The bundled partnership document is the same partnership the journey embeds; say so if not.
      Partnership partnership = withResource("townstal-partnership.json", C2Json::readPartnership);
      if (!partnership.equals(journey.partnership())) {
        throw new IllegalStateException("townstal-partnership.json differs from the partnership in townstal-journey.json");
      }
    }

    progress(print, 2, "reading indicator observations " + observationsFile.map(Path::toString)
        .orElse("(bundled, ILLUSTRATIVE SYNTHETIC NUMBERS)"));
    List<Observation> observations = observationsFile
        .map(f -> ObservationCsv.read(f, BoundaryVintage.LSOA_2011))
        .orElseGet(() -> withReader("observations-illustrative.csv",
            r -> ObservationCsv.read(r, "observations-illustrative.csv", BoundaryVintage.LSOA_2011)));
    print.println("      " + observations.size() + " observations");
    ObservationSource source = ObservationSource.of(observations);

    progress(print, 3, "uprating the sample unit costs to " + PRICES + " prices (illustrative deflators)");
    DeflatorTable deflators = withResource("deflators-illustrative.csv",
        in -> DeflatorCsv.read(in, "deflators-illustrative.csv"));
    UnitCostTable costs = UnitCostTable.sample().uprate(PRICES, deflators);

    progress(print, 4, "evaluating steps, governance, outcomes, indicators and savings");
    Optional<Neighbourhood> comparator = comparatorCodes.map(codes ->
        Neighbourhood.of("N-COMPARATOR", "Comparator estate", codes.split(",")));
    Evaluation.Builder evaluation = Evaluation.builder().journey(journey).observations(source)
        .unitCosts(costs).priceYear(PRICES)
        // Stated, illustrative adjustments: half the change attributed to the partnership, a 20%
        // optimism bias; deadweight is netted out by the comparator's trend where there is one.
        .adjustments(Adjustments.of("0", "0.5", "0.2"))
        // Townstal: £1,500 start-up money pledged at the connecting workshop, matched by a councillor.
        .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("3000"), PRICES));
    comparator.ifPresent(evaluation::comparator);
    EvaluationReport report = evaluation.build().run();

    progress(print, 5, "printing the report");
    print.println();
    print.println(report);
    print.println("Governance history of the board (C2-DOMAIN.md section 4)");
    print.println(GovernanceHistory.of(journey.partnership()));
    print.println();

    progress(print, 6, "writing JSON and HTML to " + out);
    writeFiles(report, journey, source, comparator, out, print,
        observationsFile.isPresent() ? "Indicator data: " + observationsFile.get()
            : "Indicator data: ILLUSTRATIVE SYNTHETIC NUMBERS, not real Townstal data.");
    return report;
  }

  private static void writeFiles(EvaluationReport report, Journey journey, ObservationSource source,
      Optional<Neighbourhood> comparator, Path out, PrintStream print, String note) {
    try {
      Files.createDirectories(out);
      Path json = out.resolve("evaluation.json");
      C2Json.write(report, json);
      Optional<IndicatorSeries> trend = series(source, journey.neighbourhood());
      Optional<IndicatorSeries> comparatorTrend = comparator.flatMap(c -> series(source, c));
      Path html = out.resolve("evaluation.html");
      Files.writeString(html, HtmlReport.render(report, trend, comparatorTrend, keyDates(journey), note),
          StandardCharsets.UTF_8);
      print.println("      wrote " + json.getFileName() + " and " + html.getFileName());
      print.println("Report written to " + out.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
    }
  }

  private static Optional<IndicatorSeries> series(ObservationSource source, Neighbourhood neighbourhood) {
    return IndicatorAggregation.aggregate(source, neighbourhood, BoundaryVintage.LSOA_2011, List.of(INDICATOR_CHARTED))
        .find(INDICATOR_CHARTED);
  }

  /** The partnership's key dates: listening events, the constitution and the first public meeting. */
  static List<HtmlReport.KeyDate> keyDates(Journey journey) {
    List<HtmlReport.KeyDate> dates = new ArrayList<>();
    journey.activities(ListeningEvent.class).forEach(e -> dates.add(new HtmlReport.KeyDate(e.date(), "listening event")));
    journey.partnership().constitutionAdopted().ifPresent(d -> dates.add(new HtmlReport.KeyDate(d, "constituted")));
    journey.activities(PartnershipMeeting.class).stream().filter(m -> m.kind() == MeetingKind.PUBLIC)
        .map(PartnershipMeeting::date).min(LocalDate::compareTo)
        .ifPresent(d -> dates.add(new HtmlReport.KeyDate(d, "first public meeting")));
    return dates;
  }

  private static void progress(PrintStream print, int step, String what) {
    print.println("[" + step + "/6] " + what);
  }

  private interface Read<T> {
    T apply(InputStream in) throws IOException;
  }

  private static <T> T withResource(String name, Read<T> read) {
    try (InputStream in = Objects.requireNonNull(TownstalEvaluation.class.getResourceAsStream(DATA + name),
        "bundled resource " + name)) {
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T withReader(String name, java.util.function.Function<Reader, T> read) {
    return withResource(name, in -> read.apply(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }
}
