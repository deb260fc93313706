package org.c2model.examples.townstal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.c2model.core.journey.Journey;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.examples.cli.EvaluateCommand;
import org.c2model.examples.cli.EvaluationSettings;
import org.c2model.core.step.StepHistory;
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
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.NetworkGrowth;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.synth.SyntheticControl;
import org.c2model.report.FunnelPeer;
import org.c2model.report.ReportOptions;
import org.c2model.report.Reports;
import org.c2model.metrics.savings.DeflatorTable;

/**
 * The main job: evaluates the Townstal case study ({@code docs/c2-model.md} section 6) from bundled
 * data
 * files, prints the report a council officer reads, and writes it as JSON and as a self-contained
 * HTML page with charts into a directory named on the last line of output.
 * <p>
 * With no arguments it evaluates the bundled Townstal data with its stated assumptions; the command
 * line ({@link EvaluateCommand}) evaluates the user's own neighbourhood instead.
 */
public final class TownstalEvaluation {

  private TownstalEvaluation() {}

  /**
   * Runs the evaluation from the command line; see {@link EvaluateCommand} for the options.
   *
   * @param args  the options
   */
  public static void main(String[] args) {
    EvaluateCommand.main(args);
  }

  /**
   * Gets the settings of the bundled case study, each Townstal assumption stated: the sample unit
   * costs uprated with illustrative deflators to 2013/14 prices (with illustrative hourly staff
   * costs), the partnership's start-up money, the agencies' illustrative staff time and illustrative
   * adjustments; see {@link TownstalData}.
   *
   * @param out  the directory to write the JSON and HTML into, not null
   * @return the settings, not null
   */
  public static EvaluationSettings townstalExample(Path out) {
    return new EvaluationSettings(Optional.empty(), Optional.empty(), List.of(TownstalData.COMPARATOR_CODES.split(",")),
        Optional.empty(), Optional.of(TownstalData.unitCosts()), TownstalData.PRICES,
        TownstalData.investments(), TownstalData.staffTime(), TownstalData.adjustments(), Optional.empty(),
        List.of("price year: " + TownstalData.PRICES,
            "unit costs: c2's SAMPLE table (GMCA Unit Cost Database v1.4 examples) uprated with ILLUSTRATIVE deflators,"
                + " and ILLUSTRATIVE hourly staff costs",
            "comparator: " + TownstalData.COMPARATOR_CODES + ", the neighbouring estate",
            "investment: Townstal's start-up money, local_authority GBP 3000 in year 0",
            "staff time: ILLUSTRATIVE agency hours at partnership meetings and facilitation in years 1 and 2",
            "adjustments: deadweight 0 (the comparator's trend nets it out), attribution 0.5, optimism bias 0.2"),
        out);
  }

  /**
   * Gets the bundled ILLUSTRATIVE price index (approximate UK GDP deflator ratios, 2013/14 = 100).
   *
   * @return the deflators, not null
   */
  public static DeflatorTable illustrativeDeflators() {
    return TownstalData.deflators();
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
    EvaluationSettings townstal = townstalExample(out);
    return run(new EvaluationSettings(journeyFile, observationsFile,
        comparatorCodes.map(c -> List.of(c.split(","))).orElse(List.of()), townstal.asOf(), townstal.unitCosts(),
        townstal.priceYear(), townstal.investments(), townstal.staffTime(), townstal.adjustments(),
        townstal.windows(), townstal.assumptions(), out), print);
  }

  /**
   * Runs the evaluation with the given settings, printing to a stream.
   *
   * @param settings  what to evaluate and how, not null
   * @param print  where the report and progress go, not null
   * @return the report, not null
   */
  public static EvaluationReport run(EvaluationSettings settings, PrintStream print) {
    return run(settings, Optional.empty(), print);
  }

  /**
   * Runs the evaluation with the given settings, printing to a stream, with the list of what changed
   * since a previous report of the same neighbourhood when one is given.
   *
   * @param settings  what to evaluate and how, not null
   * @param previous  the previous report, such as read from last time's {@code evaluation.json}, or empty
   * @param print  where the report and progress go, not null
   * @return the report, not null
   */
  public static EvaluationReport run(EvaluationSettings settings, Optional<EvaluationReport> previous,
      PrintStream print) {
    Prepared prepared = prepare(settings, print);
    String id = prepared.journey().neighbourhood().id();
    previous.filter(p -> !p.neighbourhoodId().equals(id)).ifPresent(p -> {
      throw new IllegalArgumentException("the previous report is of neighbourhood " + p.neighbourhoodId() + ", not "
          + id);
    });
    EvaluationReport report = prepared.evaluation().run();
    finish(prepared, report, previous, print);
    return report;
  }

  /**
   * The journey, data and evaluation of one neighbourhood, read and checked but not yet run.
   *
   * @param settings  the settings
   * @param journey  the journey
   * @param observations  the observations the evaluation reads
   * @param comparator  the comparator, if any
   * @param evaluation  the evaluation to run
   * @param donors  the donor areas of the synthetic controls, empty for none
   */
  record Prepared(EvaluationSettings settings, Journey journey, List<Observation> observations,
      Optional<Neighbourhood> comparator, Evaluation evaluation, List<String> donors) {}

  /** Steps 1 to 4: reads the journey and observations, states the assumptions and sets up the evaluation. */
  static Prepared prepare(EvaluationSettings settings, PrintStream print) {
    Optional<Path> journeyFile = settings.journey();
    Optional<Path> observationsFile = settings.observations();
    progress(print, 1, "reading the journey " + journeyFile.map(Path::toString).orElse("(bundled Townstal)"));
    Journey journey = journeyFile.map(f -> C2Json.read(DocumentKind.JOURNEY, f)).orElseGet(TownstalData::journey);
    if (journeyFile.isEmpty()) {
      // The bundled partnership document is the same partnership the journey embeds; say so if not.
      Partnership partnership = TownstalData.withResource("townstal-partnership.json",
          in -> C2Json.read(DocumentKind.PARTNERSHIP, in));
      if (!partnership.equals(journey.partnership())) {
        throw new IllegalStateException("townstal-partnership.json differs from the partnership in townstal-journey.json");
      }
    }

    progress(print, 2, "reading indicator observations " + observationsFile.map(Path::toString)
        .orElse("(bundled, ILLUSTRATIVE SYNTHETIC NUMBERS)"));
    List<Observation> observations = observationsFile
        .map(f -> ObservationCsv.read(f, BoundaryVintage.LSOA_2011))
        .orElseGet(TownstalData::observations);
    print.println("      " + observations.size() + " observations");
    ObservationSource source = ObservationSource.of(observations);

    progress(print, 3, "assumptions (defaults used where no value was given)");
    settings.assumptions().forEach(a -> print.println("      assumed " + a));

    progress(print, 4, "evaluating steps, governance, outcomes, indicators and savings");
    Optional<Neighbourhood> comparator = settings.comparatorCodes().isEmpty() ? Optional.empty()
        : Optional.of(TownstalData.comparator(String.join(",", settings.comparatorCodes())));
    Evaluation.Builder evaluation = Evaluation.builder().journey(journey).observations(source)
        .priceYear(settings.priceYear()).adjustments(settings.adjustments()).addAllInvestments(settings.investments())
        .staffTime(settings.staffTime());
    settings.unitCosts().ifPresent(evaluation::unitCosts);
    settings.asOf().ifPresent(evaluation::asOf);
    settings.windows().ifPresent(evaluation::windows);
    comparator.ifPresent(evaluation::comparator);
    // The synthetic controls' donor pool: every other area the data hold (not the neighbourhood's
    // own, not the comparator's); with the bundled data, the ten ILLUSTRATIVE peer areas.
    List<Observation> donorData = observationsFile.isPresent() ? observations : TownstalData.peerAreas();
    List<String> donors = otherAreas(journey, comparator, donorData);
    evaluation.donorAreas(donors).donorObservations(ObservationSource.of(donorData))
        .syntheticControlDeadweight(settings.syntheticControlDeadweight() && !donors.isEmpty());
    return new Prepared(settings, journey, observations, comparator, evaluation.build(), donors);
  }

  /** Steps 5 and 6: prints the report (and what changed since the previous one) and writes its files. */
  static void finish(Prepared prepared, EvaluationReport report, Optional<EvaluationReport> previous,
      PrintStream print) {
    EvaluationSettings settings = prepared.settings();
    Journey journey = prepared.journey();
    List<Observation> observations = prepared.observations();
    Optional<Neighbourhood> comparator = prepared.comparator();
    Optional<Path> observationsFile = settings.observations();
    Path out = settings.out();
    List<String> donors = prepared.donors();
    Map<String, SyntheticControl> synthetic = prepared.evaluation().syntheticControls();
    progress(print, 5, "printing the report");
    print.println();
    print.println(report);
    print.println("Step history (attained, lapsed, regained)");
    print.println(StepHistory.of(journey, report.asOf()));
    print.println(NetworkGrowth.of(journey, report.asOf()));
    previous.ifPresent(p -> print.println(ReportChanges.between(p, report)));
    print.println();
    if (!synthetic.isEmpty()) {
      print.println("Synthetic controls (donor pool: " + donors.size() + (observationsFile.isPresent() ? " other areas"
          : " ILLUSTRATIVE peer areas") + "; gaps in rates per 1,000 a year"
          + (settings.syntheticControlDeadweight() ? "; used as the appraisal's deadweight" : "") + ")");
      synthetic.forEach((id, sc) -> print.println("  " + id + ": " + sc));
      print.println();
    }

    progress(print, 6, "writing JSON, HTML, CSV, GraphML and GEXF to " + out);
    List<String> notes = new ArrayList<>();
    notes.add(observationsFile.isPresent() ? "Indicator data: " + observationsFile.get() + "."
        : "Indicator data: ILLUSTRATIVE SYNTHETIC NUMBERS, not real Townstal data.");
    settings.assumptions().forEach(a -> notes.add("Assumed " + a + "."));
    // The funnel plots place the neighbourhood among every other area the data hold; with the bundled
    // data, among ten ILLUSTRATIVE peer areas the evaluation itself never reads.
    List<Observation> forFunnels = new ArrayList<>(observations);
    if (observationsFile.isEmpty()) {
      forFunnels.addAll(TownstalData.peerAreas());
      notes.add("Peer areas in the funnel plots: ILLUSTRATIVE SYNTHETIC NUMBERS for ten placeholder areas.");
    }
    if (!synthetic.isEmpty()) {
      notes.add("Synthetic controls: each indicator's neighbourhood against " + donors.size()
          + (observationsFile.isPresent() ? " other areas in the data" : " ILLUSTRATIVE SYNTHETIC peer areas (the "
              + "donor pool is illustrative, not real areas)") + ", baseline window as the pre-period"
          + (settings.syntheticControlDeadweight() ? "; used as the appraisal's deadweight (asked for)."
              : "; the appraisal uses the comparator method (ask with --deadweight synthetic-control)."));
    }
    List<FunnelPeer> peers = peers(report, journey, comparator, forFunnels);
    print.println("      " + peers.stream().map(FunnelPeer::areaCode).distinct().count()
        + " peer areas in the funnel plots");
    writeFiles(report, journey, ObservationSource.of(observations), comparator, peers, previous, synthetic, out, print,
        notes);
  }

  /**
   * Gets the peer areas of the funnel plots: every area of the observations' vintage that is
   * neither the neighbourhood's nor the comparator's, over the report's follow-up window.
   */
  private static List<FunnelPeer> peers(EvaluationReport report, Journey journey, Optional<Neighbourhood> comparator,
      List<Observation> observations) {
    return FunnelPeer.fromObservations(report, ObservationSource.of(observations), BoundaryVintage.LSOA_2011,
        otherAreas(journey, comparator, observations));
  }

  /** The LSOA codes in the observations that are neither the neighbourhood's nor the comparator's, sorted. */
  private static List<String> otherAreas(Journey journey, Optional<Neighbourhood> comparator,
      List<Observation> observations) {
    Set<String> own = new HashSet<>();
    journey.neighbourhood().areaCodes().forEach(a -> own.add(a.toString()));
    comparator.ifPresent(c -> c.areaCodes().forEach(a -> own.add(a.toString())));
    return observations.stream().filter(o -> o.vintage().equals(BoundaryVintage.LSOA_2011))
        .map(o -> o.areaCode().toString()).filter(c -> !own.contains(c)).distinct().sorted().toList();
  }

  private static void writeFiles(EvaluationReport report, Journey journey, ObservationSource source,
      Optional<Neighbourhood> comparator, List<FunnelPeer> peers, Optional<EvaluationReport> previous,
      Map<String, SyntheticControl> synthetic, Path out,
      PrintStream print, List<String> notes) {
    try {
      Files.createDirectories(out);
      Path json = out.resolve("evaluation.json");
      C2Json.write(report, json);
      // What changed since the previous report, as a report_changes document beside it.
      previous.ifPresent(p -> C2Json.write(ReportChanges.between(p, report), out.resolve("changes.json")));
      List<String> ids = report.indicatorChanges().stream().map(c -> c.indicator().id()).toList();
      ReportOptions.Builder options = ReportOptions.builder().journey(journey).addAllNotes(notes).addAllPeers(peers)
          .previous(previous).syntheticControls(synthetic);
      if (!ids.isEmpty()) {
        series(source, journey.neighbourhood(), ids).forEach(s -> options.putTrends(s.indicatorId(), s));
        comparator.ifPresent(c -> series(source, c, ids).forEach(s -> options.putComparatorTrends(s.indicatorId(), s)));
      }
      ReportOptions built = options.build();
      Path html = Reports.html(report, built, out.resolve("evaluation.html"));
      Reports.csv(report, built, out.resolve("csv"));
      CommunityNetwork network = CommunityNetwork.fromJourney(journey, report.asOf());
      Reports.graphml(network, out.resolve("network.graphml"));
      Reports.gexf(network, report.asOf(), out.resolve("network.gexf"));
      print.println("      wrote " + json.getFileName() + (previous.isPresent() ? ", changes.json" : "") + ", "
          + html.getFileName()
          + ", csv/ (one file per table), network.graphml and network.gexf");
      print.println("Report written to " + out.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
    }
  }

  private static List<IndicatorSeries> series(ObservationSource source, Neighbourhood neighbourhood, List<String> ids) {
    return IndicatorAggregation.aggregate(source, neighbourhood, BoundaryVintage.LSOA_2011, ids).series();
  }

  static void progress(PrintStream print, int step, String what) {
    print.println("[" + step + "/6] " + what);
  }
}
