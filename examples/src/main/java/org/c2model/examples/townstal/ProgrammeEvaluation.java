package org.c2model.examples.townstal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.c2model.examples.cli.EvaluationSettings;
import org.c2model.json.C2Json;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.programme.PortfolioReport;
import org.c2model.metrics.programme.Programme;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.programme.Site;
import org.c2model.metrics.programme.SiteResult;
import org.c2model.report.PortfolioOptions;
import org.c2model.report.ReportOptions;
import org.c2model.report.Reports;

/**
 * The main job's programme mode ({@code --programme}): the neighbourhood of the settings (Townstal
 * by default) and two SYNTHETIC sites from {@link SyntheticSites}, evaluated in one call as a
 * {@link Programme}; writes each site's report into its own directory and the portfolio page,
 * {@code portfolio.html}, beside them.
 */
public final class ProgrammeEvaluation {

  /** The number of generated sites. */
  static final int GENERATED = 2;

  private ProgrammeEvaluation() {}

  /**
   * Runs the programme, printing to a stream.
   *
   * @param settings  the first site's settings; its output directory is the programme's, not null
   * @param previous  a previous report of one of the sites (matched by neighbourhood), or empty
   * @param print  where the reports and progress go, not null
   * @return the portfolio, not null
   * @throws IllegalArgumentException if the previous report is of none of the sites' neighbourhoods
   */
  public static PortfolioReport run(EvaluationSettings settings, Optional<EvaluationReport> previous,
      PrintStream print) {
    Path dir = settings.out();
    String firstId = settings.journey().map(j -> j.getFileName().toString().replaceFirst("\\.json$", ""))
        .orElse("townstal");
    EvaluationSettings first = new EvaluationSettings(settings.journey(), settings.observations(),
        settings.comparatorCodes(), settings.asOf(), settings.unitCosts(), settings.priceYear(), settings.investments(),
        settings.staffTime(), settings.adjustments(), settings.windows(), settings.assumptions(),
        dir.resolve(firstId));
    TownstalEvaluation.Prepared prepared = TownstalEvaluation.prepare(first, print);
    Programme.Builder programme = Programme.builder().id("PR-EXAMPLE")
        .name("Example programme: " + prepared.journey().neighbourhood().id() + " and " + GENERATED
            + " SYNTHETIC sites")
        .addSites(Site.of(firstId.toUpperCase(Locale.ROOT), prepared.evaluation()));
    List<String> notes = new ArrayList<>();
    notes.add("Sites SYN-1 and SYN-2 are SYNTHETIC: generated with seed " + SyntheticSites.SEED + " from the "
        + "bundled Townstal journey and the ILLUSTRATIVE peer-area data. They are not real places.");
    List<SyntheticSites.Generated> generated = new ArrayList<>();
    for (int k = 1; k <= GENERATED; k++) {
      SyntheticSites.Generated g = SyntheticSites.generate(k, SyntheticSites.SEED, TownstalData.journey(),
          TownstalData.peerAreas());
      generated.add(g);
      notes.add("Generated " + g.description() + ".");
      programme.addSites(Site.of("SYN-" + k, Evaluation.builder().journey(g.journey())
          .observations(ObservationSource.of(g.observations())).asOf(prepared.evaluation().asOf()).build()));
    }
    print.println("      programme of " + (GENERATED + 1) + " sites: evaluating each");
    PortfolioReport portfolio = programme.build().evaluate((site, done, total) -> {
      print.println("      site " + site + " evaluated (" + done + " of " + total + ")");
      return true;
    });
    PortfolioOptions.Builder options = PortfolioOptions.builder().addAllNotes(notes);
    if (previous.isPresent()) {
      SiteResult matched = portfolio.sites().stream()
          .filter(s -> s.neighbourhoodId().equals(previous.get().neighbourhoodId())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the previous report is of neighbourhood "
              + previous.get().neighbourhoodId() + ", none of the programme's sites"));
      options.putPrevious(matched.siteId(), previous.get());
    }
    // The first site's full report, as the single-site job writes it.
    SiteResult firstSite = portfolio.sites().stream().filter(s -> s.siteId().equals(firstId.toUpperCase(Locale.ROOT)))
        .findFirst().orElseThrow();
    firstSite.report().ifPresent(r -> {
      TownstalEvaluation.finish(prepared, r, previous.filter(p -> p.neighbourhoodId().equals(r.neighbourhoodId())),
          print);
      options.putLinks(firstSite.siteId(), firstId + "/evaluation.html");
    });
    for (int k = 1; k <= GENERATED; k++) {
      String id = "SYN-" + k;
      SyntheticSites.Generated g = generated.get(k - 1);
      SiteResult s = portfolio.sites().stream().filter(x -> x.siteId().equals(id)).findFirst().orElseThrow();
      if (s.report().isPresent()) {
        writeSite(s.report().get(), g, previous, dir.resolve(id.toLowerCase(Locale.ROOT)));
        options.putLinks(id, id.toLowerCase(Locale.ROOT) + "/evaluation.html");
      }
    }
    print.println();
    print.println(portfolio);
    Path page = Reports.portfolioHtml(portfolio, options.build(), dir.resolve("portfolio.html"));
    print.println("      wrote " + page.getFileName() + " and each site's evaluation.json and evaluation.html");
    print.println("Portfolio written to " + dir.toAbsolutePath().normalize());
    return portfolio;
  }

  private static void writeSite(EvaluationReport report, SyntheticSites.Generated site,
      Optional<EvaluationReport> previous, Path dir) {
    try {
      Files.createDirectories(dir);
      C2Json.write(report, dir.resolve("evaluation.json"));
      previous.filter(p -> p.neighbourhoodId().equals(report.neighbourhoodId()))
          .ifPresent(p -> C2Json.write(ReportChanges.between(p, report), dir.resolve("changes.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
    }
    Reports.html(report, ReportOptions.builder().journey(site.journey())
        .addNotes("SYNTHETIC site: " + site.description() + ".")
        .previous(previous.filter(p -> p.neighbourhoodId().equals(report.neighbourhoodId()))).build(),
        dir.resolve("evaluation.html"));
  }
}
