package org.c2model.metrics.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.step.JourneyRules;
import org.c2model.metrics.indicator.BoundaryLookup;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.NeighbourhoodIndicators;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.NetworkAnalysis;
import org.c2model.metrics.network.NetworkChange;
import org.c2model.metrics.network.NetworkSummary;
import org.c2model.metrics.network.WeakConnectorThresholds;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.savings.DiscountSchedule;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.c2model.metrics.savings.SavingsEstimate;
import org.c2model.metrics.savings.StaffTime;
import org.c2model.metrics.savings.Uncertainty;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.synth.SyntheticControl;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation of one C2 neighbourhood, the entry point a researcher calls: a journey, its
 * indicator observations, windows and options in; one immutable {@link EvaluationReport} out
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, and the steps of section 2).
 *
 * <pre>{@code
 * EvaluationReport report = Evaluation.builder()
 *     .journey(journey)
 *     .observations(ObservationSource.of(observations))
 *     .comparator(Neighbourhood.of("N-CMP", "Comparator estate", "E01020200"))
 *     .unitCosts(costs).priceYear(PriceYear.parse("2013/14"))
 *     .build().run();
 * System.out.println(report);
 * }</pre>
 * <p>
 * The report also holds the network of the journey's people (tied by the activities they shared),
 * its change from the constitution to the as-of date, and its weak connectors.
 * <p>
 * Defaults: the journey is assessed as of its end (or its last activity); the windows are
 * {@link Windows#defaults}: the 12 calendar months before the month the constitution was adopted
 * against the latest 12 complete months up to the as-of date. Every window is cut at the as-of date,
 * so no observation dated after it is read. Every catalogue indicator with observations in both
 * windows is compared; rates are per 1,000 population per year at 95% confidence; annual figures
 * are divided by the months the data actually cover. Service changes and resident activities are
 * counted by calendar year. Savings are appraised only when unit costs and a price year are given:
 * benefits by year from the partnership's first year over {@link #appraisalYears()} years with
 * each indicator's persistence, without the deadweight adjustment where a comparator's trend
 * already nets it out of the events avoided (the counterfactual used is named in the appraisal).
 *
 * @implSpec This class is immutable and thread-safe if its observation source is.
 */
@Value.Immutable
public abstract class Evaluation {

  /** Logs start and end of a run at DEBUG, with ids and counts only (never personal data). */
  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  Evaluation() {}

  /**
   * Gets the journey to evaluate.
   *
   * @return the journey, not null
   */
  public abstract Journey journey();

  /**
   * Gets the date to evaluate as of.
   *
   * @return the date, by default the journey's end or else its last activity
   */
  @Value.Default
  public LocalDate asOf() {
    return journey().end().orElseGet(() -> journey().timeline().stream().map(Activity::date)
        .max(LocalDate::compareTo).orElse(journey().start()));
  }

  /**
   * Gets the indicator observations of the neighbourhood and any comparator.
   *
   * @return the observations, empty to evaluate steps and intermediate outcomes only
   */
  public abstract Optional<ObservationSource> observations();

  /**
   * Gets the boundary vintage the neighbourhoods' area codes are in.
   *
   * @return the vintage, LSOA 2011 by default
   */
  @Value.Default
  public BoundaryVintage vintage() {
    return BoundaryVintage.LSOA_2011;
  }

  /**
   * Gets the lookups from other boundary vintages to {@link #vintage()}.
   *
   * @return the lookups, not null
   */
  public abstract List<BoundaryLookup> lookups();

  /**
   * Gets a comparator neighbourhood for difference-in-differences.
   *
   * @return the comparator, empty for none
   */
  public abstract Optional<Neighbourhood> comparator();

  /**
   * Gets the area codes of the donor pool of the synthetic controls: untreated areas (leave out other
   * C2 sites) whose observations are in {@link #donorObservations()}, else in {@link #observations()}.
   *
   * @return the codes, empty for no synthetic control, not null
   */
  public abstract List<String> donorAreas();

  /**
   * Gets the observations of the donor areas, when they are not in {@link #observations()}.
   *
   * @return the source, empty to read the donors from {@link #observations()}
   */
  public abstract Optional<ObservationSource> donorObservations();

  /**
   * Gets whether the invest-to-save appraisal takes each indicator's synthetic control as its
   * counterfactual, its deadweight: the events avoided are then the cumulative gap (synthetic minus
   * actual) a year, with no deadweight on top, instead of the comparator's trend or the stated
   * deadweight. The counterfactual is named as such in the appraisal.
   *
   * @return true to use the synthetic control as deadweight, false (the default) for the comparator method
   */
  @Value.Default
  public boolean syntheticControlDeadweight() {
    return false;
  }

  /**
   * Gets the ids of the indicators to compare.
   *
   * @return the ids, empty for every catalogue indicator with data, not null
   */
  public abstract List<String> indicatorIds();

  /**
   * Gets the baseline window; prefer {@link #windows()}.
   *
   * @return the window, by default that of {@link Windows#defaults}
   */
  public abstract Optional<StudyWindow> baseline();

  /**
   * Gets the follow-up window; prefer {@link #windows()}.
   *
   * @return the window, by default that of {@link Windows#defaults}
   */
  public abstract Optional<StudyWindow> followUp();

  /**
   * Gets the windows chosen by the user.
   *
   * @return the windows, empty for {@link Windows#defaults} (or {@link #baseline()} and {@link #followUp()})
   */
  public abstract Optional<Windows> windows();

  /**
   * Gets the share of a window that data must cover before its figures are reported without a
   * warning; below it a finding says the figure is annualised over the months covered.
   *
   * @return the share, from 0 to 1, 0.9 by default
   */
  @Value.Default
  public double coverageThreshold() {
    return 0.9;
  }

  /**
   * Gets the number of years of benefit the invest-to-save case values, from the partnership's first
   * year (year 1 is the year after formalisation; year 0 is formalisation, when the start-up money
   * is spent).
   *
   * @return the years, from 1 to {@link DiscountSchedule#MAX_YEAR}, 5 by default
   */
  @Value.Default
  public int appraisalYears() {
    return 5;
  }

  /**
   * Gets the share of each year's benefit that persists into the next, by indicator id, for the
   * invest-to-save case (one minus the drop-off rate of HM Treasury / GMCA's model).
   *
   * @return the persistence by indicator id; indicators not named use {@link #defaultPersistence()}
   */
  public abstract java.util.Map<String, BigDecimal> persistence();

  /**
   * Gets the persistence of benefits for indicators without their own.
   *
   * @return the share, from 0 to 1, 0.5 by default (half the benefit drops off each year)
   */
  @Value.Default
  public BigDecimal defaultPersistence() {
    return new BigDecimal("0.5");
  }

  /**
   * Gets the uncertainty of the appraisal's assumptions, propagated with the indicators' intervals
   * by a seeded Monte Carlo.
   *
   * @return the uncertainty, {@link Uncertainty#standard()} by default
   */
  @Value.Default
  public Uncertainty uncertainty() {
    return Uncertainty.standard();
  }

  /**
   * Gets the agency staff time given to the partnership, valued at the hourly unit costs of
   * {@link #unitCosts()} ({@link StaffTime#HOURLY_COST_ID}) and counted as investment.
   *
   * @return the staff time, not null
   */
  public abstract List<StaffTime> staffTime();

  /**
   * Gets the indicator catalogue.
   *
   * @return the catalogue, the standard Table 2 one by default
   */
  @Value.Default
  public IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.standard();
  }

  /**
   * Gets the rule thresholds for the step and governance rules.
   *
   * @return the thresholds, the paper's by default
   */
  @Value.Default
  public RuleThresholds thresholds() {
    return RuleThresholds.defaults();
  }

  /**
   * Gets the rates' multiplier.
   *
   * @return the multiplier, 1,000 by default
   */
  @Value.Default
  public double multiplier() {
    return 1000;
  }

  /**
   * Gets the granularity of the intermediate outcomes' counts by reporting period: service changes
   * and resident-organised activities counted by calendar year, quarter or month
   * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, intermediate outcomes 1
   * and 3).
   *
   * @return the granularity, calendar years by default
   */
  @Value.Default
  public ReportingPeriod.Granularity periodGranularity() {
    return ReportingPeriod.Granularity.YEAR;
  }

  /**
   * Gets the confidence level of every interval.
   *
   * @return the level, 95% by default
   */
  @Value.Default
  public ConfidenceLevel confidence() {
    return ConfidenceLevel.P95;
  }

  /**
   * Gets the unit costs for the invest-to-save appraisal, at {@link #priceYear()}.
   *
   * @return the unit costs, empty for no appraisal
   */
  public abstract Optional<UnitCostTable> unitCosts();

  /**
   * Gets the price year of the appraisal.
   *
   * @return the price year, required with unit costs
   */
  public abstract Optional<PriceYear> priceYear();

  /**
   * Gets the investments in the partnership, by agency and year.
   *
   * @return the investments, not null
   */
  public abstract List<Investment> investments();

  /**
   * Gets the adjustments from gross to net savings: deadweight, attribution and optimism bias.
   *
   * @return the adjustments, none by default (state them: they change the answer)
   */
  @Value.Default
  public Adjustments adjustments() {
    return Adjustments.none();
  }

  /**
   * Gets the discount schedule.
   *
   * @return the schedule, the Green Book's by default
   */
  @Value.Default
  public DiscountSchedule discountSchedule() {
    return DiscountSchedule.greenBook();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Evaluation}; {@code build()} checks the options fit together. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (multiplier() <= 0 || Double.isNaN(multiplier()) || Double.isInfinite(multiplier())) {
      throw InvalidValueException.of("multiplier", "must be above zero", multiplier());
    }
    if (asOf().isBefore(journey().start())) {
      throw InvalidValueException.of("asOf", "must not be before the journey's start " + journey().start(), asOf());
    }
    if (syntheticControlDeadweight() && donorAreas().isEmpty()) {
      throw InvalidValueException.of("syntheticControlDeadweight", "needs donorAreas for the synthetic control",
          true);
    }
    Checks.unique(donorAreas(), a -> a, "donorAreas", "code");
    for (int i = 0; i < donorAreas().size(); i++) {
      String code = donorAreas().get(i);
      if (journey().neighbourhood().areaCodes().stream().anyMatch(a -> a.toString().equals(code))) {
        throw InvalidValueException.of("donorAreas[" + i + "]", "must not be one of the neighbourhood's own areas",
            donorAreas().get(i));
      }
    }
    if (unitCosts().isPresent() && priceYear().isEmpty()) {
      throw InvalidValueException.of("priceYear", "must be given with unit costs", "empty");
    }
    if (windows().isPresent() && (baseline().isPresent() || followUp().isPresent())) {
      throw InvalidValueException.of("windows", "must not be given with baseline or followUp", windows().get());
    }
    if (baseline().isPresent() != followUp().isPresent()) {
      throw InvalidValueException.of(baseline().isPresent() ? "followUp" : "baseline",
          "must be given with the other window", "empty");
    }
    if (!(coverageThreshold() >= 0 && coverageThreshold() <= 1)) {
      throw InvalidValueException.of("coverageThreshold", "must be from 0 to 1", coverageThreshold());
    }
    if (appraisalYears() < 1) {
      throw InvalidValueException.of("appraisalYears", "must be from 1 to " + DiscountSchedule.MAX_YEAR,
          appraisalYears());
    }
    DiscountSchedule.checkYear("appraisalYears", appraisalYears());
    share("defaultPersistence", defaultPersistence());
    persistence().forEach((id, p) -> share("persistence[" + id + "]", p));
    if ((observations().isPresent() || windows().isPresent()) && windows().isEmpty() && baseline().isEmpty()
        && journey().partnership().constitutionAdopted().isEmpty()) {
      throw InvalidValueException.of("windows",
          "must be given when the partnership has no constitution date to default from", "empty");
    }
    for (int i = 0; i < indicatorIds().size(); i++) {
      if (!catalogue().contains(indicatorIds().get(i))) {
        throw InvalidValueException.of("indicatorIds[" + i + "]", "must be an indicator of the catalogue",
            "'" + indicatorIds().get(i) + "'");
      }
    }
  }

  private static void share(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of(field, "must be from 0 to 1", value);
    }
  }

  /**
   * Gets the windows asked for, before they are cut at the as-of date: the given ones or the defaults.
   *
   * @return the windows, empty when none are given and the defaults have no follow-up yet
   */
  public Optional<Windows> requestedWindows() {
    if (windows().isPresent()) {
      return windows();
    }
    if (baseline().isPresent()) {
      return Optional.of(Windows.of(baseline().get(), followUp().orElseThrow()));
    }
    return journey().partnership().constitutionAdopted().flatMap(c -> Windows.defaults(c, asOf()));
  }

  /**
   * Gets the windows in force: those asked for, cut at the day after the as-of date.
   *
   * @return the windows, empty when there is no follow-up on or before the as-of date
   */
  @Value.Lazy
  public Optional<Windows> windowsInForce() {
    return requestedWindows().flatMap(w -> w.boundedBy(asOf()));
  }

  /**
   * Gets the baseline window in force.
   *
   * @return the window, empty when there is none (see {@link #windowsInForce()})
   */
  public Optional<StudyWindow> baselineWindow() {
    return windowsInForce().map(Windows::baseline);
  }

  /**
   * Gets the follow-up window in force, never ending after the as-of date.
   *
   * @return the window, empty when there is none (see {@link #windowsInForce()})
   */
  public Optional<StudyWindow> followUpWindow() {
    return windowsInForce().map(Windows::followUp);
  }

  /** The day the partnership started for horizons and appraisal years: formalisation, else the baseline's end. */
  private Optional<LocalDate> started() {
    return journey().partnership().constitutionAdopted().or(() -> baselineWindow().map(StudyWindow::end));
  }

  /**
   * Gets the synthetic control of each indicator the evaluation compares, against the
   * {@link #donorAreas()}: the baseline window is the pre-period and the follow-up window the
   * post-period, with rates per {@link #multiplier()} population a year; an indicator with fewer
   * than two donors with data in every period, or fewer than two baseline periods, has none.
   *
   * @return the synthetic controls by indicator id, in catalogue order, empty without donors or windows
   */
  @Value.Lazy
  public java.util.Map<String, SyntheticControl> syntheticControls() {
    if (donorAreas().isEmpty() || observations().isEmpty() || windowsInForce().isEmpty()) {
      return java.util.Map.of();
    }
    Collection<String> ids = indicatorIds().isEmpty()
        ? catalogue().indicators().stream().map(LongTermIndicator::id).toList() : indicatorIds();
    return SyntheticControls.fit(observations().get(), journey().neighbourhood(),
        donorObservations().orElse(observations().get()), donorAreas(), vintage(), ids,
        lookups().toArray(BoundaryLookup[]::new), baselineWindow().orElseThrow(), followUpWindow().orElseThrow(),
        multiplier(), asOf());
  }

  /**
   * Runs the evaluation.
   *
   * @return the report, not null
   */
  public EvaluationReport run() {
    long started = System.nanoTime();
    LOG.debug("evaluation of neighbourhood {} as of {} started: {} activities", journey().neighbourhood().id(),
        asOf(), journey().activities().size());
    Journey asOf = journey().asOf(asOf());
    EvaluationReport.Builder report = EvaluationReport.builder()
        .neighbourhoodId(journey().neighbourhood().id())
        .neighbourhoodName(journey().neighbourhood().name())
        .asOf(asOf())
        .steps(JourneyRules.assess(journey(), asOf(), thresholds()))
        .governance(GovernanceRules.standard(thresholds()).evaluate(journey().partnership().boardOn(asOf()), asOf()))
        .intermediateOutcomes(IntermediateOutcomeMeasures.of(asOf, confidence(), periodGranularity()))
        .topPriorities(asOf.activities(ListeningEvent.class).stream()
            .filter(e -> e.prioritisation().isPresent())
            .max(Comparator.comparing(ListeningEvent::date))
            .map(e -> e.top(thresholds().topPriorities()))
            .orElse(List.of()))
        .baseline(baselineWindow())
        .followUp(followUpWindow())
        .comparatorId(comparator().map(Neighbourhood::id));
    // The "before" network is the one at the connecting workshop (issue 12), not at the constitution.
    // Projected and measured as of the date once, for both the change and the weak connectors: the
    // same figures as NetworkChange.fromJourney(journey, asOf) and WeakConnectors.of(network, asOf).
    CommunityNetwork now = CommunityNetwork.fromJourney(journey(), asOf());
    NetworkAnalysis analysis = NetworkAnalysis.of(now, asOf());
    report.networkChange(NetworkChange.of(NetworkSummary.of(now, NetworkChange.baseline(journey(), asOf())),
            analysis.summary()))
        .weakConnectors(WeakConnectors.of(analysis, WeakConnectorThresholds.defaults()));
    report.addAllGovernanceHistory(EvaluationFindings.governanceHistory(journey().partnership(), asOf(),
        thresholds()));
    if (observations().isPresent()) {
      EvaluationFindings.windows(requestedWindows(), windowsInForce(), asOf()).forEach(report::addDataFindings);
      if (windowsInForce().isPresent()) {
        List<IndicatorChange> changes = indicatorChanges(report);
        report.indicatorChanges(changes);
        savings(changes).ifPresent(report::savings);
      }
    }
    EvaluationReport done = report.build();
    LOG.debug("evaluation of neighbourhood {} finished in {} ms: {} indicator changes, {} findings",
        done.neighbourhoodId(), (System.nanoTime() - started) / 1_000_000, done.indicatorChanges().size(),
        done.findings().size());
    return done;
  }

  private List<IndicatorChange> indicatorChanges(EvaluationReport.Builder report) {
    StudyWindow base = baselineWindow().orElseThrow();
    StudyWindow follow = followUpWindow().orElseThrow();
    Collection<String> ids = indicatorIds().isEmpty()
        ? catalogue().indicators().stream().map(LongTermIndicator::id).toList() : indicatorIds();
    BoundaryLookup[] lookups = lookups().toArray(BoundaryLookup[]::new);
    NeighbourhoodIndicators target = IndicatorAggregation.aggregate(observations().orElseThrow(),
        journey().neighbourhood(), vintage(), ids, lookups);
    report.addAllDataFindings(target.findings());
    Optional<NeighbourhoodIndicators> comparatorData = comparator().map(c ->
        IndicatorAggregation.aggregate(observations().orElseThrow(), c, vintage(), ids, lookups));
    comparatorData.ifPresent(c -> report.addAllDataFindings(c.findings()));
    report.addAllDataFindings(EvaluationFindings.dataFit(observations().orElseThrow(), journey().neighbourhood(),
        comparator(), catalogue(), vintage(), lookups(), base, follow, asOf()));
    double yearsAfterStart = started().map(s -> java.time.temporal.ChronoUnit.DAYS.between(s, follow.end()) / 365.25)
        .orElse(Double.POSITIVE_INFINITY);
    List<IndicatorChange> changes = new ArrayList<>();
    for (String id : ids) {
      Optional<WindowComparison> t = usable(target.find(id), base, follow);
      if (t.isEmpty()) {
        continue;
      }
      Optional<WindowComparison> c = comparatorData.flatMap(d -> usable(d.find(id), base, follow));
      IndicatorChange change = IndicatorChange.of(catalogue().get(id), t.get(), c, multiplier(), confidence(),
          yearsAfterStart);
      changes.add(change);
      EvaluationFindings.coverage(change, coverageThreshold(), requestedWindows().orElseThrow())
          .forEach(report::addDataFindings);
    }
    return changes;
  }

  /** A series with events or person-time in both windows, compared; empty when there is nothing to compare. */
  private static Optional<WindowComparison> usable(Optional<IndicatorSeries> series, StudyWindow base,
      StudyWindow follow) {
    return series.map(s -> s.compare(base, follow))
        .filter(w -> !w.baseline().periods().isEmpty() && !w.followUp().periods().isEmpty())
        .filter(w -> w.baseline().numerator() > 0 && w.baseline().denominator().orElse(1) > 0
            && w.followUp().denominator().orElse(1) > 0);
  }

  private Optional<SavingsEstimate> savings(List<IndicatorChange> changes) {
    if (unitCosts().isEmpty()) {
      return Optional.empty();
    }
    UnitCostTable costs = unitCosts().get();
    PriceYear prices = priceYear().orElseThrow();
    SavingsAppraisal.Builder appraisal = SavingsAppraisal.builder().priceYear(prices)
        .unitCosts(costs).investments(investments()).defaultAdjustments(adjustments())
        .discountSchedule(discountSchedule()).uncertainty(uncertainty());
    for (StaffTime t : staffTime()) {
      appraisal.addInvestments(t.value(costs, prices));
    }
    // Year 1 is the partnership's first year after formalisation; the years measured keep the full
    // annual change, later years keep each indicator's persistence of the year before.
    int measuredYears = (int) Math.ceil(started().map(s -> java.time.temporal.ChronoUnit.DAYS.between(s,
        followUpWindow().orElseThrow().end()) / 365.25).orElse(1.0) - 1e-9);
    int dropOffFrom = Math.max(1, Math.min(appraisalYears(), measuredYears));
    for (IndicatorChange change : changes) {
      String id = change.indicator().id();
      if (costs.forIndicator(id).isEmpty() || change.tooEarlyToJudge()) {
        // Too early to judge is too early to value: the change is shown as a trend only.
        continue;
      }
      // Annualised over the time the data actually cover, never the window's nominal length.
      double years = IndicatorChange.coveredYears(change.target().followUp());
      AvoidedEvents.Builder avoided = AvoidedEvents.builder().indicatorId(id).firstYear(1).lastYear(appraisalYears())
          .dropOffFrom(dropOffFrom).persistence(persistence().getOrDefault(id, defaultPersistence()))
          .perYear(perYear(change.eventsAvoided().value().getAsDouble(), years));
      // An infinite bound (confidence level 1) has no money value: the appraisal then has no interval.
      var events = change.eventsAvoided();
      if (events.hasInterval() && Double.isFinite(events.lower().getAsDouble())
          && Double.isFinite(events.upper().getAsDouble())) {
        avoided.lower(perYear(events.lower().getAsDouble(), years)).upper(perYear(events.upper().getAsDouble(), years));
      }
      Optional<SyntheticControl> synthetic = syntheticControlDeadweight()
          ? Optional.ofNullable(syntheticControls().get(id)) : Optional.empty();
      if (synthetic.isPresent()) {
        // The synthetic control is the counterfactual: the events avoided are its cumulative gap a year.
        SyntheticControl sc = synthetic.get();
        avoided.perYear(perYear(-sc.cumulativeGapEvents(), years)).lower(Optional.empty()).upper(Optional.empty());
        appraisal.addAvoidedEvents(avoided.build());
        appraisal.putAdjustments(id,
            Adjustments.of(BigDecimal.ZERO, adjustments().attribution(), adjustments().optimismBias()));
        appraisal.putCounterfactuals(id, "synthetic control as deadweight (asked for): " + sc.weights().size()
            + " of " + donorAreas().size() + " donor areas weighted, pre-period RMSPE "
            + String.format(java.util.Locale.ROOT, "%.3g", sc.preRmspe())
            + sc.placeboInSpace().map(p -> String.format(java.util.Locale.ROOT, ", placebo p = %.3f", p.pValue()))
                .orElse("")
            + (sc.findings().isEmpty() ? "" : ", PRE-PERIOD FIT TOO POOR TO TRUST")
            + "; deadweight is netted out of the events avoided, so none is applied on top");
        continue;
      }
      appraisal.addAvoidedEvents(avoided.build());
      if (change.comparator().isPresent()) {
        // The comparator's trend is already netted out of the events avoided: no deadweight on top.
        appraisal.putAdjustments(id,
            Adjustments.of(BigDecimal.ZERO, adjustments().attribution(), adjustments().optimismBias()));
        appraisal.putCounterfactuals(id, "comparator " + comparator().map(Neighbourhood::id).orElse("")
            + "'s trend (expected = baseline rate x comparator's rate ratio); deadweight is netted out of the "
            + "events avoided, so none is applied on top");
      } else {
        appraisal.putCounterfactuals(id, "none measured: the baseline rate held constant; deadweight assumed "
            + adjustments().deadweight().stripTrailingZeros().toPlainString() + " (stated assumption)");
      }
    }
    return Optional.of(appraisal.build().evaluate());
  }

  private static BigDecimal perYear(double events, double years) {
    return new BigDecimal(events / years, MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_EVEN);
  }
}
