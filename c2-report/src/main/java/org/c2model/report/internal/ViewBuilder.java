package org.c2model.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.rule.Finding;
import org.c2model.core.step.StepChange;
import org.c2model.core.step.StepHistory;
import org.c2model.core.step.StepResult;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.NetworkChange;
import org.c2model.metrics.network.NetworkGrowth;
import org.c2model.metrics.network.NetworkSummary;
import org.c2model.metrics.network.WeakConnectorCandidate;
import org.c2model.metrics.programme.ChangeCategory;
import org.c2model.metrics.programme.ReportChange;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.c2model.metrics.savings.SavingsEstimate;
import org.c2model.metrics.savings.SavingsLine;
import org.c2model.metrics.savings.Sensitivity;
import org.c2model.metrics.stats.Change;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.synth.SyntheticControl;

/**
 * Turns an evaluation report into the {@link View} the template shows: sections 1 to 8 in the
 * order a board reads, each finding placed once beside the figure it qualifies.
 */
public final class ViewBuilder {

  private final EvaluationReport report;
  private final Optional<Journey> journey;
  private final Map<String, IndicatorSeries> trends;
  private final Map<String, IndicatorSeries> comparatorTrends;
  private final List<String> notes;
  private final List<Peer> peers;
  private final Optional<ReportChanges> changes;
  private final Map<String, SyntheticControl> synthetic;
  /** Each finding shown so far, with the anchor of the place it is shown. */
  private final Map<Finding, String> placed = new LinkedHashMap<>();

  /**
   * A comparable area of a funnel plot, as {@code ReportOptions} holds it.
   *
   * @param indicatorId  the indicator
   * @param areaCode  the area's code
   * @param events  its events in the follow-up window
   * @param personYears  its person-years in the follow-up window
   */
  public record Peer(String indicatorId, String areaCode, double events, double personYears) {}

  /**
   * Starts a view.
   *
   * @param report  the report
   * @param journey  the journey, if given
   * @param trends  the neighbourhood's series by indicator id
   * @param comparatorTrends  the comparator's series by indicator id
   * @param notes  the caller's notes
   * @param peers  the comparable areas drawn in the funnel plots
   * @param changes  what changed since a previous report, if one was given
   * @param synthetic  the synthetic control of each indicator, by indicator id
   */
  public ViewBuilder(EvaluationReport report, Optional<Journey> journey, Map<String, IndicatorSeries> trends,
      Map<String, IndicatorSeries> comparatorTrends, List<String> notes, List<Peer> peers,
      Optional<ReportChanges> changes, Map<String, SyntheticControl> synthetic) {
    this.changes = changes;
    this.report = report;
    this.journey = journey;
    this.trends = trends;
    this.comparatorTrends = comparatorTrends;
    this.notes = notes;
    this.peers = peers;
    this.synthetic = synthetic;
  }

  /**
   * Builds the view.
   *
   * @return the view, not null
   */
  public View build() {
    View.JourneySection journeySection = journeySection();
    View.Listening listening = listening();
    View.Outcomes outcomes = outcomes();
    View.Indicators indicators = indicators();
    View.Network network = network();
    Optional<View.Savings> savings = report.savings().map(this::savings);
    View.Summary summary = summary();
    View.Quality quality = quality();
    return new View("C2 evaluation: " + report.neighbourhoodName(), report.neighbourhoodId(), Fmt.date(report.asOf()),
        notes, summary, journeySection, listening, outcomes, indicators, network, savings, quality,
        changes.map(c -> changes("changes", c)));
  }

  /**
   * Shows what changed between two reports: a sentence of counts by category and one row per change.
   *
   * @param id  the table's id
   * @param changes  the changes, not null
   * @return the view, not null
   */
  static View.Changes changes(String id, ReportChanges changes) {
    List<String> counts = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ChangeCategory c : ChangeCategory.values()) {
      List<ReportChange> in = changes.inCategory(c);
      if (!in.isEmpty()) {
        counts.add(c.heading() + ": " + in.size());
      }
      for (ReportChange x : in) {
        rows.add(List.of(c.heading(), x.subject(), x.before(), x.after()));
      }
    }
    String lead = changes.isEmpty()
        ? "Nothing changed since the report as of " + Fmt.date(changes.before()) + ": the same steps, rule failures, "
            + "indicator verdicts and weak connectors."
        : "Since the report as of " + Fmt.date(changes.before()) + ": " + String.join(", ", counts) + ".";
    Table table = new Table(id, "What changed from " + Fmt.date(changes.before()) + " to "
        + Fmt.date(changes.after()) + " (people by id)", List.of("change", "subject", "before", "after"), rows,
        List.of(false, false, false, false));
    return new View.Changes(lead, table);
  }

  // ---------------------------------------------------------------- findings

  private List<View.FindingView> place(String anchor, List<Finding> findings) {
    List<View.FindingView> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!placed.containsKey(f)) {
        placed.put(f, anchor);
        out.add(findingView(anchor, f));
      }
    }
    return out;
  }

  private static View.FindingView findingView(String anchor, Finding f) {
    return new View.FindingView(anchor, f.severity().code(), f.ruleId().toString(), f.path().toString(),
        Fmt.date(f.date()), f.message());
  }

  // ---------------------------------------------------------------- section 1

  private View.Summary summary() {
    List<View.Headline> headlines = new ArrayList<>();
    headlines.add(new View.Headline("Where the partnership is", frontier() + " " + governanceSentence()));
    List<String> changed = new ArrayList<>();
    for (IndicatorChange c : report.indicatorChanges()) {
      changed.add(c.indicator().name() + ": " + Change.describe(c.percentageChange()) + ", " + c.verdictText()
          + c.relativeVerdictText().map(v -> "; " + v).orElse(""));
    }
    IntermediateOutcomeMeasures io = report.intermediateOutcomes();
    changed.add(Fmt.count(io.serviceChanges(), "service change", "service changes") + ", "
        + Fmt.count(io.residentActivities(), "resident activity", "resident activities") + " and "
        + Fmt.count(io.publicMeetings(), "public meeting", "public meetings") + " to " + report.asOf());
    NetworkChange n = report.networkChange();
    changed.add("The community network grew from " + Fmt.count(n.before().ties(), "tie", "ties") + " on "
        + n.before().date() + " to " + Fmt.count(n.after().ties(), "tie", "ties") + "; "
        + Fmt.count(n.after().components(), "component", "components") + " now (was " + n.before().components() + ")");
    headlines.add(new View.Headline("What has changed", String.join(". ", changed) + "."));
    headlines.add(new View.Headline("What it is worth", report.savings().map(ViewBuilder::worth)
        .orElse("Not valued: the evaluation had no unit costs.")));
    long clear = report.indicatorChanges().stream().filter(c -> c.percentageChange().hasInterval()
        && !c.percentageChange().contains(0)).count();
    headlines.add(new View.Headline("How sure we are", "Every estimate carries its 95% confidence interval and "
        + "method (rates: exact Poisson or Byar's; survey percentages: Wilson; the invest-to-save case: Monte Carlo). "
        + clear + " of " + Fmt.count(report.indicatorChanges().size(), "indicator change", "indicator changes")
        + " " + (clear == 1 ? "is" : "are") + " clear of no change at that level."));
    List<String> assumptions = new ArrayList<>(notes);
    for (IntermediateOutcomeMeasures.SurveyResult s : io.surveyResults()) {
      if (s.approximate()) {
        assumptions.add("Survey " + s.surveyId() + " (" + Fmt.words(s.measure().code()) + "): APPROXIMATE, the count "
            + "of answers is assumed from the source's words, not counted.");
      }
    }
    for (IndicatorChange c : report.indicatorChanges()) {
      c.verdictNote().ifPresent(note -> assumptions.add(c.indicator().name() + ": " + note));
    }
    report.savings().ifPresent(s -> assumptions.addAll(savingsAssumptions(s)));
    return new View.Summary(headlines, assumptions);
  }

  private String frontier() {
    List<StepResult> steps = report.steps().steps();
    List<String> attained = steps.stream().filter(StepResult::isAttained)
        .map(s -> Integer.toString(s.step().number())).toList();
    String done = attained.isEmpty() ? "No step attained yet." : "Steps attained: " + String.join(", ", attained)
        + " of " + steps.size() + ".";
    return report.steps().frontier().map(f -> done + " Working on step " + f.number() + ", " + f.title() + ".")
        .orElse(done + " Every step attained.");
  }

  private String governanceSentence() {
    int today = report.governance().findings().size();
    int spans = report.governanceHistory().size();
    return "Governance: " + (spans == 0 ? "no rule failed at any time to " + report.asOf() + "."
        : Fmt.count(spans, "span", "spans") + " in which a rule failed over the period, "
            + Fmt.count(today, "finding", "findings") + " on " + report.asOf() + ".");
  }

  private static String worth(SavingsEstimate s) {
    StringBuilder sb = new StringBuilder("Net present value ").append(Fmt.money(s.npv()));
    if (s.npvLower().isPresent() && s.npvUpper().isPresent()) {
      sb.append(" (95% interval ").append(Fmt.money(s.npvLower().get())).append(" to ")
          .append(Fmt.money(s.npvUpper().get())).append(')');
    } else {
      sb.append(" (no interval)");
    }
    s.benefitCostRatio().ifPresent(b -> {
      sb.append("; benefit-cost ratio ").append(ratio(b));
      if (s.bcrLower().isPresent() && s.bcrUpper().isPresent()) {
        sb.append(" (95% interval ").append(ratio(s.bcrLower().get())).append(" to ").append(ratio(s.bcrUpper().get()))
            .append(')');
      }
    });
    sb.append(". ");
    if (s.npvLower().isPresent() && s.npvUpper().isPresent()
        && s.npvLower().get().amount().signum() < 0 && s.npvUpper().get().amount().signum() > 0) {
      sb.append("The interval of the net present value crosses zero: the case is not proven either way. ");
    }
    SavingsAppraisal a = s.appraisal();
    sb.append("Assumed: prices ").append(a.priceYear()).append(", ").append(a.defaultAdjustments())
        .append(", discounting ").append(a.discountSchedule()).append("; uncertainty from ")
        .append(a.uncertainty()).append(". Every assumption is listed in section 7 (invest to save).");
    return sb.toString();
  }

  private static String ratio(BigDecimal x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  private List<String> savingsAssumptions(SavingsEstimate s) {
    SavingsAppraisal a = s.appraisal();
    List<String> out = new ArrayList<>();
    out.add("Prices: " + a.priceYear() + " (" + a.currency().getCurrencyCode() + ").");
    // Each assumption once: indicators that share an adjustment or a counterfactual are named together.
    out.add("Adjustments, unless an indicator has its own: " + a.defaultAdjustments() + ".");
    Map<String, List<String>> adjustments = new LinkedHashMap<>();
    a.adjustments().forEach((id, adj) -> {
      if (!adj.equals(a.defaultAdjustments())) {
        adjustments.computeIfAbsent(adj.toString(), k -> new ArrayList<>()).add(id);
      }
    });
    adjustments.forEach((adj, ids) -> out.add("Adjustments for " + String.join(", ", ids) + ": " + adj + "."));
    out.add("Discounting: " + a.discountSchedule() + ".");
    out.add("Uncertainty: " + a.uncertainty() + ".");
    Map<String, List<String>> counterfactuals = new LinkedHashMap<>();
    a.counterfactuals().forEach((id, text) -> counterfactuals.computeIfAbsent(text, k -> new ArrayList<>()).add(id));
    counterfactuals.forEach((text, ids) -> out.add("Counterfactual for " + String.join(", ", ids) + ": " + text));
    return out;
  }

  // ---------------------------------------------------------------- section 2

  private View.JourneySection journeySection() {
    List<List<String>> rows = new ArrayList<>();
    for (StepResult s : report.steps().steps()) {
      long met = s.criteria().stream().filter(c -> c.isMet()).count();
      rows.add(List.of(Integer.toString(s.step().number()), s.step().title(),
          s.attainedOn().map(LocalDate::toString).orElse("not yet"),
          met + " of " + s.criteria().size(),
          s.evidenceIds().isEmpty() ? "–" : String.join(", ", s.evidenceIds()),
          s.unmetCriteria().isEmpty() ? "–" : String.join("; ", s.unmetCriteria().stream()
              .map(c -> c.description()).toList())));
    }
    Table steps = new Table("steps", "Each step's attainment and evidence, as of " + report.asOf(),
        List.of("step", "title", "attained on", "criteria met", "evidence", "still to meet"), rows,
        List.of(true, false, false, true, false, false));
    Optional<Table> history = journey.map(j -> {
      StepHistory h = StepHistory.of(j, report.asOf());
      List<List<String>> hr = new ArrayList<>();
      for (StepChange c : h.changes()) {
        hr.add(List.of(Fmt.date(c.date()), Integer.toString(c.step().number()), c.step().title(),
            Fmt.words(c.kind().name().toLowerCase(Locale.ROOT)), c.reason()));
      }
      return new Table("step-history", "When each step was attained, lapsed or regained",
          List.of("date", "step", "title", "change", "reason"), hr, List.of(false, true, false, false, false));
    });
    String historyNote = history.isPresent() ? "" : "The step history (lapses) needs the journey: render with "
        + "ReportOptions.journey.";
    List<View.FindingView> stepFindings = place("steps", report.steps().findings());
    // A finding of the as-of day that a span of the history still failing covers is shown once, in the span.
    List<Finding> uncovered = new ArrayList<>();
    for (Finding f : report.governance().findings()) {
      boolean covered = report.governanceHistory().stream().anyMatch(span -> span.path().equals(f.path())
          && f.ruleId().toString().equals(span.args().get("rule")) && !span.args().containsKey("until"));
      if (covered) {
        placed.putIfAbsent(f, "governance");
      } else {
        uncovered.add(f);
      }
    }
    List<View.FindingView> today = place("governance", uncovered);
    List<List<String>> gov = new ArrayList<>();
    for (Finding f : report.governanceHistory()) {
      placed.putIfAbsent(f, "governance");
      gov.add(List.of(Fmt.date(f.date()), f.ruleId().toString(), f.severity().code(), f.message()));
    }
    Table governance = new Table("governance-history", "Every span in which a governance rule failed, to "
        + report.asOf(), List.of("from", "rule", "severity", "what failed and why"), gov,
        List.of(false, false, false, false));
    return new View.JourneySection(frontier(), steps, history, historyNote, stepFindings, today, governance);
  }

  // ---------------------------------------------------------------- section 3

  private View.Listening listening() {
    List<ServiceChange> changes = journey.map(j -> j.activities(ServiceChange.class).stream()
        .filter(c -> !c.date().isAfter(report.asOf())).toList()).orElse(List.of());
    List<View.Priority> priorities = new ArrayList<>();
    for (int i = 0; i < report.topPriorities().size(); i++) {
      String theme = report.topPriorities().get(i);
      Set<String> words = significantWords(theme);
      List<String> matched = changes.stream().filter(c -> !java.util.Collections.disjoint(words,
          significantWords(c.description())))
          .map(c -> c.date() + ": " + c.description() + " (" + Fmt.words(c.kind().code()) + ", " + c.agencyId() + ")")
          .toList();
      priorities.add(new View.Priority(i + 1, theme, matched));
    }
    String note;
    if (report.topPriorities().isEmpty()) {
      note = "No listening event had a prioritisation by " + report.asOf() + ".";
    } else if (journey.isEmpty()) {
      note = "What changed for each priority needs the journey's service changes: render with ReportOptions.journey.";
    } else {
      note = "A service change is listed under a priority when its description shares a word of five letters or "
          + "more with the priority (" + Fmt.count(changes.size(), "service change", "service changes") + " to "
          + report.asOf() + ").";
    }
    return new View.Listening(priorities, note);
  }

  private static final Set<String> STOP = Set.of("about", "after", "their", "there", "these", "those", "which",
      "where", "would", "could", "should", "local", "other", "people", "being");

  private static Set<String> significantWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 5 && !STOP.contains(w)) {
        out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- section 4

  private View.Outcomes outcomes() {
    IntermediateOutcomeMeasures io = report.intermediateOutcomes();
    List<Table> tables = new ArrayList<>();
    tables.add(countTable("service-changes-by-kind", "Outcome 1, services that changed: by kind", "kind",
        io.serviceChangesByKind(), k -> Fmt.words(k.code())));
    tables.add(countTable("service-changes-by-period", "Outcome 1, services that changed: by "
        + Fmt.words(io.periodGranularity().code()), "period", io.serviceChangesByPeriod(), Object::toString));
    tables.add(countTable("resident-activities-by-age", "Outcome 3, resident-led activities: by age range",
        "age range", io.residentActivitiesByAgeRange(), a -> Fmt.words(a.code())));
    tables.add(countTable("resident-activities-by-period", "Outcome 3, resident-led activities: by "
        + Fmt.words(io.periodGranularity().code()), "period", io.residentActivitiesByPeriod(), Object::toString));
    List<List<String>> surveys = new ArrayList<>();
    for (IntermediateOutcomeMeasures.SurveyResult s : io.surveyResults()) {
      surveys.add(List.of(s.surveyId(), Fmt.date(s.date()), Fmt.words(s.measure().code()), Fmt.value(s.percentage()),
          Fmt.interval(s.percentage()), s.percentage().method(),
          s.approximate() ? "APPROXIMATE: rests on an assumption" : "counted"));
    }
    tables.add(new Table("surveys", "Survey estimates with their intervals", List.of("survey", "closed", "measure",
        "positive", "interval", "method", "basis"), surveys, List.of(false, false, false, true, false, false, false)));
    journey.ifPresent(j -> {
      Journey upTo = j.asOf(report.asOf());
      tables.add(JourneyTables.meetingsByChannel(upTo));
      tables.add(JourneyTables.assetMap(upTo));
    });
    String lead = Fmt.count(io.serviceChanges(), "service change", "service changes") + ", "
        + Fmt.count(io.publicMeetings(), "public partnership meeting", "public partnership meetings") + " and "
        + Fmt.count(io.residentActivities(), "resident-led activity", "resident-led activities") + " to "
        + report.asOf() + ".";
    return new View.Outcomes(lead, tables);
  }

  private static <K> Table countTable(String id, String caption, String key, Map<K, Integer> counts,
      Function<K, String> label) {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(List.of(label.apply(k), Integer.toString(v))));
    return new Table(id, caption, List.of(key, "count"), rows, List.of(false, true));
  }

  // ---------------------------------------------------------------- section 5

  private View.Indicators indicators() {
    List<Charts.Marker> markers = new ArrayList<>();
    for (StepResult s : report.steps().steps()) {
      s.attainedOn().ifPresent(d -> markers.add(new Charts.Marker(d, "S" + s.step().number(),
          "step " + s.step().number() + " attained (" + s.step().title() + ")")));
    }
    List<View.Indicator> out = new ArrayList<>();
    List<List<String>> summary = new ArrayList<>();
    for (IndicatorChange c : report.indicatorChanges()) {
      String anchor = "indicator-" + safe(c.indicator().id());
      List<Finding> own = new ArrayList<>(c.findings());
      Optional.ofNullable(synthetic.get(c.indicator().id())).ifPresent(sc -> own.addAll(sc.findings()));
      String prefix = "/indicators/" + c.indicator().id();
      report.dataFindings().stream().filter(f -> f.path().toString().equals(prefix)
          || f.path().toString().startsWith(prefix + "/")).forEach(own::add);
      List<View.FindingView> findings = place(anchor, own);
      String verdict = c.verdictText() + c.relativeVerdictText().map(v -> "; " + v).orElse("")
          + c.verdictNote().map(n -> " (" + n + ")").orElse("");
      Svg trend = Charts.trend(anchor + "-trend", c, report.asOf(), Optional.ofNullable(trends.get(c.indicator().id())),
          Optional.ofNullable(comparatorTrends.get(c.indicator().id())), report.comparatorId(), markers);
      List<Charts.Area> areas = new ArrayList<>();
      areas.add(new Charts.Area(report.neighbourhoodId(), "neighbourhood", c.target().followUp().numerator(),
          Charts.exposure(c.target().followUp()), Svg.BLUE, true));
      c.comparator().ifPresent(k -> areas.add(new Charts.Area(report.comparatorId().orElse("comparator"), "comparator",
          k.followUp().numerator(), Charts.exposure(k.followUp()), Svg.ORANGE, true)));
      // A peer that is the neighbourhood, the comparator or one of the neighbourhood's own areas is not drawn again.
      Set<String> drawn = new HashSet<>();
      areas.forEach(a -> drawn.add(a.label()));
      journey.ifPresent(j -> j.partnership().neighbourhood().areaCodes().forEach(a -> drawn.add(a.toString())));
      for (Peer p : peers) {
        if (p.indicatorId().equals(c.indicator().id()) && drawn.add(p.areaCode())) {
          areas.add(new Charts.Area(p.areaCode(), "peer", p.events(), p.personYears(), Svg.SKY, false));
        }
      }
      Optional<Charts.Funnel> funnel = Charts.funnel(anchor + "-funnel", c, areas);
      out.add(new View.Indicator(anchor, c.indicator().id(), c.indicator().name(), c.rateLabel(), figures(c, anchor),
          verdict, findings, trend, funnel));
      summary.add(List.of(c.indicator().name(), Fmt.value(c.baselineRate()), Fmt.value(c.followUpRate()),
          Change.describe(c.percentageChange()), verdict));
    }
    Table table = new Table("indicators", "Long-term indicators: rates per population per year (events a year "
        + "where there is no population)", List.of("indicator", "baseline", "follow-up", "change", "verdict"), summary,
        List.of(false, true, true, false, false));
    String windows = report.baseline().map(b -> "Baseline " + b + ", follow-up " + report.followUp().orElseThrow()
        + " (end dates exclusive)").orElse("No windows could be set") + "; no data after " + report.asOf() + " read"
        + report.comparatorId().map(c -> "; comparator " + c).orElse("") + ".";
    List<View.FindingView> other = place("indicators", report.dataFindings());
    return new View.Indicators(windows, table, out, other);
  }

  private Table figures(IndicatorChange c, String anchor) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("neighbourhood, baseline", c.baselineRate()));
    rows.add(row("neighbourhood, follow-up", c.followUpRate()));
    c.comparator().ifPresent(k -> {
      rows.add(row("comparator, baseline", Charts.rate(c, k.baseline())));
      rows.add(row("comparator, follow-up", Charts.rate(c, k.followUp())));
    });
    rows.add(List.of("change", Change.describe(c.percentageChange()), Fmt.interval(c.percentageChange()),
        c.percentageChange().method()));
    c.differenceInDifferences().ifPresent(d -> rows.add(row("difference in differences", d)));
    c.ratioOfRateRatios().ifPresent(r -> rows.add(row("ratio of rate ratios", r)));
    rows.add(row("events avoided in the follow-up", c.eventsAvoided()));
    Optional.ofNullable(synthetic.get(c.indicator().id())).ifPresent(sc -> rows.addAll(syntheticRows(sc)));
    return new Table(anchor + "-figures", c.indicator().name() + ": " + c.rateLabel(),
        List.of("figure", "value", "interval", "method"), rows, List.of(false, true, false, false));
  }

  /**
   * The synthetic control's rows: its mean gap a period with the placebo p-value where it stands
   * for an interval, its total in events, and its pre-period fit with the donors it weights.
   */
  private static List<List<String>> syntheticRows(SyntheticControl sc) {
    String placebo = sc.placeboInSpace().map(p -> String.format(Locale.ROOT, "placebo p = %.3f (rank %d of %d)",
        p.pValue(), p.rank(), p.placebos() + 1)).orElse("no placebo");
    String donors = sc.weights().entrySet().stream().limit(5)
        .map(e -> e.getKey() + " " + Fmt.number(e.getValue(), 2)).collect(java.util.stream.Collectors.joining(", "))
        + (sc.weights().size() > 5 ? ", ..." : "");
    return List.of(
        List.of("synthetic control gap, follow-up mean", Fmt.number(sc.meanPostGap(), 3), placebo,
            "neighbourhood minus weighted donor areas, in the rate's unit (Abadie, Diamond & Hainmueller 2010)"),
        List.of("synthetic control gap in events, follow-up", Fmt.number(sc.cumulativeGapEvents(), 1), placebo,
            "each period's gap times its person-time; negative is fewer events than the synthetic control"),
        List.of("synthetic control pre-period fit (RMSPE)", Fmt.number(sc.preRmspe(), 2),
            sc.placeboInTime().map(t -> "placebo in time from " + t.pretendStart() + ": mean gap "
                + Fmt.number(t.meanGap(), 2)).orElse("–"),
            "weights: " + donors));
  }

  private static List<String> row(String what, Estimate e) {
    return List.of(what, Fmt.value(e), Fmt.interval(e), e.method());
  }

  // ---------------------------------------------------------------- section 6

  private View.Network network() {
    NetworkChange n = report.networkChange();
    NetworkSummary b = n.before();
    NetworkSummary a = n.after();
    List<List<String>> rows = new ArrayList<>();
    rows.add(measure("people", b.people(), a.people(), 0));
    rows.add(measure("ties", b.ties(), a.ties(), 0));
    rows.add(measure("components", b.components(), a.components(), 0));
    rows.add(measure("largest component", b.largestComponent(), a.largestComponent(), 0));
    rows.add(measure("isolated people", b.isolated(), a.isolated(), 0));
    rows.add(measure("fragmentation", b.fragmentation(), a.fragmentation(), 3));
    rows.add(measure("density", b.density(), a.density(), 3));
    rows.add(List.of("mean distance", optional(b.meanDistance()), optional(a.meanDistance()),
        n.meanDistanceChange().isPresent() ? Fmt.number(n.meanDistanceChange().getAsDouble(), 2) : "–"));
    Table measures = new Table("network-measures", "The network's measures on " + b.date() + " and " + a.date(),
        List.of("measure", "on " + b.date(), "on " + a.date(), "change"), rows, List.of(false, true, true, true));
    Set<String> weak = new TreeSet<>();
    List<List<String>> wc = new ArrayList<>();
    List<WeakConnectorCandidate> candidates = new ArrayList<>(report.weakConnectors().residents());
    candidates.addAll(report.weakConnectors().agencyStaff());
    for (WeakConnectorCandidate c : candidates) {
      weak.add(c.personId());
      wc.add(List.of(Integer.toString(c.rank()), c.personId(), Fmt.words(c.measures().affiliation().code()),
          String.join(", ", c.reasons().stream().map(r -> Fmt.words(r.name().toLowerCase(Locale.ROOT))).toList()),
          Integer.toString(c.measures().degree()), Fmt.number(c.measures().normalisedBetweenness(), 3),
          c.explanation()));
    }
    Table weakTable = new Table("weak-connectors", "Weak connector candidates on " + a.date() + " (by id)",
        List.of("rank", "person", "affiliation", "why", "ties", "betweenness", "explanation"), wc,
        List.of(true, false, false, false, true, true, false));
    List<View.FindingView> findings = place("network", report.weakConnectors().findings());
    Optional<Svg> before = Optional.empty();
    Optional<Svg> after = Optional.empty();
    Optional<Table> growth = Optional.empty();
    Optional<Table> introductions = Optional.empty();
    String note;
    if (journey.isPresent()) {
      List<List<String>> points = new ArrayList<>();
      for (NetworkGrowth.Point p : NetworkGrowth.of(journey.get(), report.asOf()).points()) {
        NetworkSummary x = p.summary();
        points.add(List.of(Fmt.date(p.date()), p.label(), Integer.toString(x.people()), Integer.toString(x.ties()),
            Integer.toString(x.components()), Integer.toString(x.largestComponent()), Integer.toString(x.isolated()),
            Fmt.number(x.density(), 3)));
      }
      growth = Optional.of(new Table("network-growth", "The network over time: at the connecting workshop, each "
          + "step's attainment and " + report.asOf(), List.of("date", "what happened", "people", "ties", "components",
          "largest component", "isolated", "density"), points, List.of(false, false, true, true, true, true, true, true)));
      CommunityNetwork network = CommunityNetwork.fromJourney(journey.get(), report.asOf());
      Map<String, double[]> places = Charts.layout(network, 460);
      before = Optional.of(Charts.network("network-before", network.asOf(b.date()), b.date(), null, places, Set.of(),
          460));
      after = Optional.of(Charts.network("network-after", network, a.date(), b.date(), places, weak, 460));
      introductions = Optional.of(JourneyTables.introductions(network, a.date()));
      note = "People by id, never by name, each in the same place in both pictures; ties are first meetings at the "
          + "journey's activities. The network is also written as GraphML and GEXF for Gephi or Kumu.";
    } else {
      note = "The network pictures need the journey: render with ReportOptions.journey.";
    }
    return new View.Network(measures, growth, before, after, note, weakTable, findings, introductions);
  }

  private static List<String> measure(String what, double before, double after, int places) {
    return List.of(what, Fmt.number(before, places), Fmt.number(after, places),
        (after - before > 0 ? "+" : "") + Fmt.number(after - before, places));
  }

  private static String optional(OptionalDouble x) {
    return x.isPresent() ? Fmt.number(x.getAsDouble(), 2) : "–";
  }

  // ---------------------------------------------------------------- section 7

  private View.Savings savings(SavingsEstimate s) {
    List<List<String>> agencies = new ArrayList<>();
    Set<org.c2model.metrics.savings.AgencyCode> codes = new TreeSet<>(s.benefitsByAgency().keySet());
    codes.addAll(s.investmentByAgency().keySet());
    for (var code : codes) {
      var benefit = s.benefitsByAgency().get(code);
      var invested = s.investmentByAgency().get(code);
      BigDecimal net = (benefit == null ? BigDecimal.ZERO : benefit.amount())
          .subtract(invested == null ? BigDecimal.ZERO : invested.amount());
      agencies.add(List.of(Fmt.words(code.toString()), invested == null ? "£0" : Fmt.money(invested),
          benefit == null ? "£0" : Fmt.money(benefit), Fmt.money(org.c2model.core.Money.of(net,
              s.appraisal().currency()))));
    }
    Table byAgency = new Table("savings-by-agency", "Who invests and who benefits (present values, "
        + s.appraisal().priceYear() + " prices)", List.of("agency", "invested", "benefits", "net"), agencies,
        List.of(false, true, true, true));
    List<List<String>> sens = new ArrayList<>();
    for (Sensitivity x : s.sensitivity()) {
      sens.add(List.of(x.assumption(), x.low(), x.high(), Fmt.money(x.npvAtLow()), Fmt.money(x.npvAtHigh())));
    }
    Table sensitivity = new Table("sensitivity", "How the net present value moves with each assumption",
        List.of("assumption", "low", "high", "NPV at low", "NPV at high"), sens, List.of(false, false, false, true, true));
    List<List<String>> lines = new ArrayList<>();
    for (SavingsLine l : s.lines()) {
      lines.add(List.of(l.indicatorId(), Fmt.words(l.agency().toString()), Fmt.words(l.valueType().code()),
          Integer.toString(l.year()), Fmt.number(l.events().doubleValue(), 1), Fmt.money(l.unitCost()),
          Fmt.money(l.gross()), Fmt.money(l.net()), String.format(Locale.ROOT, "%.3f", l.discountFactor()),
          Fmt.money(l.presentValue())));
    }
    Table lineTable = new Table("savings-lines", "The appraisal, line by line", List.of("indicator", "agency",
        "value type", "year", "events", "unit cost", "gross", "net", "discount factor", "present value"), lines,
        List.of(false, false, false, true, true, true, true, true, true, true));
    Svg chart = Charts.bars("savings-chart", s.benefitsByAgency(), s.investmentByAgency());
    return new View.Savings(worth(s), s.paybackStatement(), byAgency, chart, sensitivity, lineTable,
        savingsAssumptions(s), s.warnings());
  }

  // ---------------------------------------------------------------- section 8

  private View.Quality quality() {
    List<View.FindingView> unplaced = place("quality", report.findings());
    List<List<String>> rows = new ArrayList<>();
    placed.forEach((f, anchor) -> rows.add(List.of(f.severity().code(), f.ruleId().toString(), f.path().toString(),
        Fmt.date(f.date()), anchor)));
    Table index = new Table("findings", "Where each finding is shown", List.of("severity", "rule", "path", "date",
        "shown under"), rows, List.of(false, false, false, false, false));
    String lead = Fmt.count(placed.size(), "finding", "findings") + " in all, each shown once beside the figure it "
        + "qualifies; this index says where.";
    return new View.Quality(lead, index, unplaced);
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
