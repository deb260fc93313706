package org.c2model.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.StepResult;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.programme.PortfolioReport;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.programme.SiteResult;
import org.c2model.metrics.stats.Change;
import org.c2model.metrics.stats.Comparison;

/**
 * Turns a portfolio into the {@link PortfolioView} its template shows: the sites needing attention
 * first, the comparison of every site, the main indicator changes, the funnel plot of all sites
 * together for each indicator, what changed since each site's previous report, and each site.
 */
public final class PortfolioViewBuilder {

  /** Okabe-Ito colours for the sites of a funnel plot, in site order, repeating after seven. */
  private static final List<String> COLOURS = List.of(Svg.BLUE, Svg.ORANGE, Svg.GREEN, Svg.VERMILLION, Svg.PURPLE,
      Svg.SKY, Svg.INK);

  private final PortfolioReport portfolio;
  private final List<String> notes;
  private final Map<String, String> links;
  private final Map<String, EvaluationReport> previous;

  /**
   * Starts a view.
   *
   * @param portfolio  the portfolio
   * @param notes  the caller's notes
   * @param links  a link to each site's own report, by site id
   * @param previous  each site's previous report, by site id
   */
  public PortfolioViewBuilder(PortfolioReport portfolio, List<String> notes, Map<String, String> links,
      Map<String, EvaluationReport> previous) {
    this.portfolio = portfolio;
    this.notes = notes;
    this.links = links;
    this.previous = previous;
  }

  /**
   * Builds the view.
   *
   * @return the view, not null
   */
  public PortfolioView build() {
    List<SiteResult> sites = portfolio.sites();
    List<String> dates = sites.stream().flatMap(s -> s.report().stream()).map(r -> Fmt.date(r.asOf())).distinct()
        .sorted().toList();
    String lead = Fmt.count(sites.size(), "site", "sites") + ", " + portfolio.needingAttention().size()
        + " needing attention; evaluated as of " + (dates.isEmpty() ? "no date" : String.join(", ", dates))
        + ", each site using no data after its own date. People are shown by id, never by name.";
    List<PortfolioView.SiteAttention> attention = new ArrayList<>();
    for (SiteResult s : portfolio.needingAttention()) {
      List<View.FindingView> reasons = s.attention().stream().map(f -> finding(anchor(s), f)).toList();
      attention.add(new PortfolioView.SiteAttention(s.siteId(), anchor(s), where(s), reasons));
    }
    List<PortfolioView.SiteChanges> changes = new ArrayList<>();
    for (SiteResult s : sites) {
      EvaluationReport before = previous.get(s.siteId());
      if (before != null && s.report().isPresent()) {
        changes.add(new PortfolioView.SiteChanges(s.siteId(),
            ViewBuilder.changes(anchor(s) + "-changes", ReportChanges.between(before, s.report().get()))));
      }
    }
    List<PortfolioView.SiteBlock> blocks = sites.stream().map(this::block).toList();
    List<Charts.Funnel> funnels = funnels();
    String funnelNote = funnels.isEmpty()
        ? "No indicator was measured with a population at two or more sites, so no funnel plot is drawn."
        : "Each site's follow-up rate against its person-years, around the average of the sites drawn. Each site's "
            + "follow-up window is its own (the latest 12 complete months before its as-of date by default).";
    return new PortfolioView("C2 programme: " + portfolio.programmeName(), lead, notes, attention, comparison(),
        indicators(), funnels, funnelNote, changes, blocks);
  }

  private static String anchor(SiteResult s) {
    return "site-" + s.siteId().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static View.FindingView finding(String anchor, Finding f) {
    return new View.FindingView(anchor, f.severity().code(), f.ruleId().toString(), f.path().toString(),
        Fmt.date(f.date()), f.message());
  }

  /** Where a site is, in a sentence. */
  private static String where(SiteResult s) {
    if (s.report().isEmpty()) {
      return "Not evaluated: see the reason below; the other sites were evaluated.";
    }
    EvaluationReport r = s.report().get();
    String frontier = s.frontier().map(f -> "working on step " + f.number() + " (" + f.title() + ")")
        .orElse("all seven steps attained");
    int errors = s.governanceFindings(Severity.ERROR);
    return s.stepsAttained() + " of 7 steps attained, " + frontier + ", as of " + Fmt.date(r.asOf()) + "; "
        + (errors == 0 ? "no governance rule fails" : Fmt.count(errors, "governance finding", "governance findings")
        + " of severity error") + " on that day.";
  }

  private Table comparison() {
    List<List<String>> rows = new ArrayList<>();
    for (SiteResult s : portfolio.sites()) {
      if (s.report().isEmpty()) {
        rows.add(List.of(s.siteId(), s.neighbourhoodId(), "–", "not evaluated", "–", "–", "–", "–", "–", "–",
            Integer.toString(s.attention().size())));
        continue;
      }
      EvaluationReport r = s.report().get();
      IntermediateOutcomeMeasures io = r.intermediateOutcomes();
      int errors = s.governanceFindings(Severity.ERROR);
      int warnings = s.governanceFindings(Severity.WARNING);
      rows.add(List.of(s.siteId(), s.neighbourhoodId(), Fmt.date(r.asOf()), s.stepsAttained() + " of 7",
          s.frontier().map(f -> "step " + f.number()).orElse("all attained"),
          errors == 0 && warnings == 0 ? "all rules pass" : Fmt.count(errors, "error", "errors") + ", "
              + Fmt.count(warnings, "warning", "warnings"),
          Integer.toString(io.serviceChanges()), Integer.toString(io.residentActivities()),
          Integer.toString(io.publicMeetings()),
          s.indicators(Comparison.BETTER) + " / " + s.indicators(Comparison.SIMILAR) + " / "
              + s.indicators(Comparison.WORSE),
          Integer.toString(s.attention().size())));
    }
    return new Table("portfolio", "Every site compared (intermediate outcomes to each site's as-of date)",
        List.of("site", "neighbourhood", "as of", "steps", "frontier", "governance on the day", "service changes",
            "resident activities", "public meetings", "indicators better / similar / worse", "reasons for attention"),
        rows, List.of(false, false, false, false, false, false, true, true, true, false, true));
  }

  private Table indicators() {
    List<List<String>> rows = new ArrayList<>();
    for (SiteResult s : portfolio.sites()) {
      for (IndicatorChange c : s.report().map(EvaluationReport::indicatorChanges).orElse(List.of())) {
        rows.add(List.of(s.siteId(), c.indicator().name(), Fmt.value(c.baselineRate()), Fmt.value(c.followUpRate()),
            Change.describe(c.percentageChange()), c.verdictText() + c.relativeVerdictText().map(v -> "; " + v)
                .orElse("") + c.verdictNote().map(n -> " (" + n + ")").orElse("")));
      }
    }
    return new Table("portfolio-indicators", "Main indicator changes at each site: rates per population per year, "
        + "baseline against follow-up", List.of("site", "indicator", "baseline", "follow-up", "change", "verdict"), rows,
        List.of(false, false, true, true, false, false));
  }

  /** One funnel plot per indicator measured with a population at two or more sites. */
  private List<Charts.Funnel> funnels() {
    Map<String, List<Charts.Area>> byIndicator = new LinkedHashMap<>();
    Map<String, IndicatorChange> first = new LinkedHashMap<>();
    List<SiteResult> evaluated = portfolio.sites().stream().filter(SiteResult::evaluated).toList();
    for (int i = 0; i < evaluated.size(); i++) {
      SiteResult s = evaluated.get(i);
      for (IndicatorChange c : s.report().get().indicatorChanges()) {
        IndicatorChange f = first.computeIfAbsent(c.indicator().id(), k -> c);
        if (f.multiplier() != c.multiplier()) {
          continue;
        }
        byIndicator.computeIfAbsent(c.indicator().id(), k -> new ArrayList<>()).add(new Charts.Area(s.siteId(), "site",
            c.target().followUp().numerator(), Charts.exposure(c.target().followUp()),
            COLOURS.get(i % COLOURS.size()), true));
      }
    }
    List<Charts.Funnel> out = new ArrayList<>();
    byIndicator.forEach((id, areas) -> Charts.funnel("portfolio-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-funnel",
        first.get(id).indicator().name(), first.get(id).multiplier(), areas).ifPresent(out::add));
    return out;
  }

  private PortfolioView.SiteBlock block(SiteResult s) {
    String heading = "Site " + s.siteId() + " (neighbourhood " + s.neighbourhoodId() + ")"
        + s.report().map(r -> ", as of " + Fmt.date(r.asOf())).orElse("");
    Optional<Table> steps = s.report().map(r -> {
      List<List<String>> rows = new ArrayList<>();
      for (StepResult x : r.steps().steps()) {
        rows.add(List.of(Integer.toString(x.step().number()), x.step().title(),
            x.attainedOn().map(Fmt::date).orElse("not attained"), Integer.toString(x.evidence().size())));
      }
      return new Table(anchor(s) + "-steps", "Site " + s.siteId() + ": the seven steps",
          List.of("step", "title", "attained on", "evidence"), rows, List.of(true, false, false, true));
    });
    String summary = where(s) + (s.needsAttention() ? " " + Fmt.count(s.attention().size(), "reason", "reasons")
        + " for attention, listed at the top." : " Nothing needs attention.");
    return new PortfolioView.SiteBlock(s.siteId(), anchor(s), heading, summary,
        steps, Optional.ofNullable(links.get(s.siteId())));
  }
}
