package org.c2model.metrics.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.stats.Benchmarks;
import org.c2model.metrics.stats.Change;
import org.c2model.metrics.stats.Comparison;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.EventCount;
import org.c2model.metrics.stats.Polarity;
import org.c2model.metrics.stats.Rates;
import org.immutables.value.Value;

/**
 * The change in one long-term indicator between a baseline and a follow-up window, with intervals,
 * such as "anti-social behaviour down by 41% (95% CI 22% to 55% down)"; optionally against a
 * comparator area, as a difference in differences (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5: long-term
 * outcomes tracked at sub-ward level in indicators agencies already collect).
 * <p>
 * How it is computed:
 * <ul>
 *   <li>each window's rate is a crude rate per {@link #multiplier()} population per year, the way
 *       Fingertips publishes rates, with Byar's or the exact Poisson interval ({@link Rates#crude}):
 *       the person-time is the mean population of the periods summed times the years those periods
 *       cover (never the window's nominal length); where the series has no denominator, the count
 *       is taken per year covered;</li>
 *   <li>the percentage change is the rate ratio (follow-up / baseline) minus one, with a log-normal
 *       interval ({@link Change#percentageChange});</li>
 *   <li>with a comparator: the difference in differences of rates ({@link Change#differenceInDifferences})
 *       and the ratio of rate ratios ({@link Change#ratioOfRateRatios});</li>
 *   <li>the {@link #verdict()} applies the Fingertips rule to the percentage change against zero,
 *       respecting the indicator's direction of improvement ({@link Benchmarks#compare}); the
 *       {@link #relativeVerdict()} does the same for the ratio of rate ratios against one. There is
 *       no better/worse verdict, and {@link #verdictNote()} says why, when the indicator's expected
 *       horizon has not been reached by the end of the follow-up ("too early to judge") or its
 *       direction is {@link Improvement#AMBIGUOUS} (higher or lower is then reported as a change);</li>
 *   <li>events avoided in the follow-up window are the events expected at the baseline rate (scaled
 *       by the comparator's trend when there is one) minus those observed; the bounds follow from
 *       the interval of the rate ratio.</li>
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorChange {

  IndicatorChange() {}

  /**
   * Gets the indicator.
   *
   * @return the indicator, not null
   */
  public abstract LongTermIndicator indicator();

  /**
   * Gets the neighbourhood's baseline and follow-up totals.
   *
   * @return the comparison of windows, not null
   */
  public abstract WindowComparison target();

  /**
   * Gets the comparator's baseline and follow-up totals.
   *
   * @return the comparator's comparison, empty without a comparator
   */
  public abstract Optional<WindowComparison> comparator();

  /**
   * Gets the rates' multiplier, such as 1,000 for "per 1,000".
   *
   * @return the multiplier, above zero
   */
  public abstract double multiplier();

  /**
   * Gets the baseline rate.
   *
   * @return the estimate, not null
   */
  public abstract Estimate baselineRate();

  /**
   * Gets the follow-up rate.
   *
   * @return the estimate, not null
   */
  public abstract Estimate followUpRate();

  /**
   * Gets the percentage change from baseline to follow-up.
   *
   * @return the estimate, suppressed when a count is zero, not null
   */
  public abstract Estimate percentageChange();

  /**
   * Gets the difference in differences of rates against the comparator.
   *
   * @return the estimate, empty without a comparator
   */
  public abstract Optional<Estimate> differenceInDifferences();

  /**
   * Gets the ratio of rate ratios against the comparator.
   *
   * @return the estimate, empty without a comparator
   */
  public abstract Optional<Estimate> ratioOfRateRatios();

  /**
   * Gets whether the indicator improved, got worse or showed no clear change.
   *
   * @return the verdict from the percentage change's interval, not null
   */
  public abstract Comparison verdict();

  /**
   * Gets whether the indicator improved relative to the comparator.
   *
   * @return the verdict from the ratio of rate ratios, empty without a comparator
   */
  public abstract Optional<Comparison> relativeVerdict();

  /**
   * Gets the events avoided in the follow-up window: expected at the baseline rate (times the
   * comparator's trend, if any) minus observed. Negative when the indicator got worse.
   *
   * @return the point estimate and bounds, not null
   */
  public abstract Estimate eventsAvoided();

  /**
   * Gets why there is no better/worse verdict, when there is none: too early to judge for the
   * indicator's horizon, or a direction that is ambiguous.
   *
   * @return the reason, empty when the verdict is a judgement
   */
  public abstract Optional<String> verdictNote();

  /**
   * Checks whether the follow-up ends before the indicator's expected horizon: the change is then
   * shown as a trend, neither judged nor valued.
   *
   * @return true if it is too early to judge
   */
  public boolean tooEarlyToJudge() {
    return verdict() == Comparison.NOT_COMPARED && verdictNote().filter(n -> n.startsWith(TOO_EARLY)).isPresent();
  }

  /**
   * Describes the verdict in words for a report: "better", "worse", "similar", "higher", "lower",
   * "too early to judge", or "no better/worse verdict" (an ambiguous direction or no interval).
   *
   * @return the words, not null
   */
  public String verdictText() {
    if (verdict() == Comparison.NOT_COMPARED) {
      return tooEarlyToJudge() ? TOO_EARLY : "no better/worse verdict";
    }
    return verdict().code();
  }

  /**
   * Describes the verdict against the comparator in words for a report, such as "better than the
   * comparator" or "similar to the comparator".
   *
   * @return the words, empty without a comparator
   */
  public Optional<String> relativeVerdictText() {
    return relativeVerdict().map(v -> {
      switch (v) {
        case NOT_COMPARED:
          return "not judged against the comparator";
        case SIMILAR:
          return "similar to the comparator";
        default:
          return v.code() + " than the comparator";
      }
    });
  }

  /**
   * Gets the findings about the data: periods straddling a window edge, unequal windows, gaps.
   *
   * @return the findings, not null
   */
  public abstract List<Finding> findings();

  /**
   * Computes the change of one indicator.
   *
   * @param indicator  the indicator, not null
   * @param target  the neighbourhood's windows, same indicator, not null
   * @param comparator  the comparator's windows, same indicator and windows, not null
   * @param multiplier  the rates' multiplier, above zero
   * @param confidence  the confidence level, not null
   * @return the change, not null
   * @throws org.c2model.core.InvalidValueException if the windows belong to another indicator
   */
  public static IndicatorChange of(LongTermIndicator indicator, WindowComparison target,
      Optional<WindowComparison> comparator, double multiplier, ConfidenceLevel confidence) {
    return of(indicator, target, comparator, multiplier, confidence, Double.POSITIVE_INFINITY);
  }

  /**
   * Computes the change of one indicator, judging it only once its expected horizon is reached.
   *
   * @param indicator  the indicator, not null
   * @param target  the neighbourhood's windows, same indicator, not null
   * @param comparator  the comparator's windows, same indicator and windows, not null
   * @param multiplier  the rates' multiplier, above zero
   * @param confidence  the confidence level, not null
   * @param yearsAfterStart  the years from the partnership's formalisation to the end of the
   *     follow-up, compared with the indicator's {@link Horizon#minYears()}; not NaN
   * @return the change, not null
   * @throws org.c2model.core.InvalidValueException if the windows belong to another indicator or the
   *     years are NaN
   */
  public static IndicatorChange of(LongTermIndicator indicator, WindowComparison target,
      Optional<WindowComparison> comparator, double multiplier, ConfidenceLevel confidence, double yearsAfterStart) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(confidence, "confidence");
    if (Double.isNaN(yearsAfterStart)) {
      throw InvalidValueException.of("yearsAfterStart", "must not be NaN", yearsAfterStart);
    }
    requireIndicator(indicator, target.baseline(), "target");
    comparator.ifPresent(c -> requireIndicator(indicator, c.baseline(), "comparator"));
    double perUnit = target.baseline().denominator().isPresent() ? multiplier : 1;
    EventCount before = count(target.baseline());
    EventCount after = count(target.followUp());
    Polarity polarity = polarity(indicator.improvement());
    Optional<String> note = verdictNote(indicator, yearsAfterStart);
    boolean tooEarly = yearsAfterStart < indicator.horizon().minYears();
    Estimate pct = Change.percentageChange(before, after, confidence);
    Builder b = new Builder().indicator(indicator).target(target).comparator(comparator).multiplier(perUnit)
        .baselineRate(perYear(Rates.crude(before.events(), before.population(), perUnit, confidence), perUnit))
        .followUpRate(perYear(Rates.crude(after.events(), after.population(), perUnit, confidence), perUnit))
        .percentageChange(pct)
        .verdict(tooEarly ? Comparison.NOT_COMPARED : Benchmarks.compare(pct, 0, polarity))
        .verdictNote(note)
        .findings(target.findings());
    double trend = 1;
    Estimate relative = Change.rateRatio(after, before, confidence);
    if (comparator.isPresent()) {
      EventCount cBefore = count(comparator.get().baseline());
      EventCount cAfter = count(comparator.get().followUp());
      relative = Change.ratioOfRateRatios(before, after, cBefore, cAfter, confidence);
      Estimate did = Change.differenceInDifferences(before, after, cBefore, cAfter, perUnit, confidence);
      if (perUnit != 1) {
        // Person-time is in years: the difference is per population per year, like the rates.
        did = Estimate.builder().from(did).statistic("difference in differences of rates "
            + perPopulationPerYear(perUnit)).unit(" " + perPopulationPerYear(perUnit)).build();
      }
      b.differenceInDifferences(did)
          .ratioOfRateRatios(relative)
          .relativeVerdict(tooEarly ? Comparison.NOT_COMPARED : Benchmarks.compare(relative, 1, polarity))
          .addAllFindings(comparator.get().findings().stream().map(IndicatorChange::aboutComparator).toList());
      if (cBefore.events() > 0) {
        trend = cAfter.rate() / cBefore.rate();
      }
    }
    // Expected follow-up events at the baseline rate (times the comparator's trend); the relative
    // rate ratio R is observed / expected, so avoided = expected × (1 − R) and its bounds follow
    // from R's interval.
    double expected = before.rate() * after.population() * trend;
    double observed = after.events();
    Estimate.Builder avoided = Estimate.builder().statistic(EVENTS_AVOIDED)
        .method(comparator.isPresent() ? "expected at baseline rate times comparator trend, minus observed"
            : "expected at baseline rate, minus observed")
        .unit("events").confidence(confidence).value(expected - observed)
        .putInputs("expected", format(expected)).putInputs("observed", format(observed))
        .inputSummary(format(expected) + " expected, " + format(observed) + " observed");
    if (relative.hasInterval()) {
      avoided.lower(expected * (1 - relative.upper().getAsDouble()))
          .upper(expected * (1 - relative.lower().getAsDouble()));
    } else {
      avoided.suppressionReason("no interval: " + relative.suppressionReason().orElse("a count is zero"));
    }
    return b.eventsAvoided(avoided.build()).build();
  }

  /** The statistic of {@link #eventsAvoided()}. */
  static final String EVENTS_AVOIDED = "events avoided in the follow-up window";
  private static final String PERCENTAGE_CHANGE = "percentage change";
  private static final String TOO_EARLY = "too early to judge";
  private static final String RATIO_OF_RATE_RATIOS = "ratio of rate ratios";

  /** Why an indicator gets no better/worse verdict: its horizon not reached, or an ambiguous direction. */
  private static Optional<String> verdictNote(LongTermIndicator indicator, double yearsAfterStart) {
    if (yearsAfterStart < indicator.horizon().minYears()) {
      return Optional.of(String.format(Locale.ROOT, TOO_EARLY + ": expected to move in %d-%d years, the "
          + "follow-up ends %.1f years after the partnership was formalised; the trend is shown",
          indicator.horizon().minYears(), indicator.horizon().maxYears(), yearsAfterStart));
    }
    if (indicator.improvement() == Improvement.AMBIGUOUS) {
      return Optional.of("no better/worse verdict: the direction is ambiguous (more reports can mean more trust "
          + "in reporting as well as more harm)");
    }
    return Optional.empty();
  }

  /** A rate relabelled per population per year, the Fingertips way (person-time is in years). */
  private static Estimate perYear(Estimate rate, double perUnit) {
    if (perUnit == 1) {
      return Estimate.builder().from(rate).statistic("events per year").unit(" a year").build();
    }
    String per = perPopulationPerYear(perUnit);
    return Estimate.builder().from(rate).statistic("rate " + per).unit(" " + per).build();
  }

  /**
   * Marks a finding about the comparator's data as such: under {@code /comparator}, its message
   * saying so. The comparator's windows are the target's, so without this a gap in both areas'
   * data gave two identical findings.
   */
  private static Finding aboutComparator(Finding f) {
    List<String> segments = new ArrayList<>();
    segments.add("comparator");
    segments.addAll(f.path().segments());
    return Finding.builder().from(f).path(Path.of(segments.toArray(String[]::new)))
        .message("comparator: " + f.message()).build();
  }

  private static void requireIndicator(LongTermIndicator indicator, WindowTotals totals, String field) {
    if (!totals.indicatorId().equals(indicator.id())) {
      throw InvalidValueException.of(field + ".indicatorId", "must be " + indicator.id(), totals.indicatorId());
    }
  }

  /**
   * Returns a builder, for a change stored earlier (such as read back from a document); compute a
   * change with {@link #of(LongTermIndicator, WindowComparison, Optional, double, ConfidenceLevel)}.
   * {@code build()} checks that the parts fit together, not that the estimates follow from the
   * totals.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link IndicatorChange}; {@code build()} throws {@link InvalidValueException} naming
   * the field when the windows belong to another indicator, the comparator's windows differ from the
   * target's, the multiplier is not above zero, or the comparator's estimates and verdict are not all
   * present together with the comparator.
   */
  public static final class Builder extends ImmutableIndicatorChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!(multiplier() > 0) || Double.isInfinite(multiplier())) {
      throw InvalidValueException.of("multiplier", "must be finite and above zero", multiplier());
    }
    requireIndicator(indicator(), target().baseline(), "target.baseline");
    comparator().ifPresent(c -> {
      requireIndicator(indicator(), c.baseline(), "comparator.baseline");
      if (!c.baseline().window().equals(target().baseline().window())) {
        throw InvalidValueException.of("comparator.baseline.window", "must be the target's "
            + target().baseline().window(), c.baseline().window());
      }
      if (!c.followUp().window().equals(target().followUp().window())) {
        throw InvalidValueException.of("comparator.followUp.window", "must be the target's "
            + target().followUp().window(), c.followUp().window());
      }
    });
    checkEstimate("baselineRate", baselineRate());
    checkEstimate("followUpRate", followUpRate());
    checkEstimate("percentageChange", percentageChange());
    requireStatistic("percentageChange", percentageChange(), PERCENTAGE_CHANGE);
    differenceInDifferences().ifPresent(e -> checkEstimate("differenceInDifferences", e));
    ratioOfRateRatios().ifPresent(e -> {
      checkEstimate("ratioOfRateRatios", e);
      requireStatistic("ratioOfRateRatios", e, RATIO_OF_RATE_RATIOS);
    });
    checkEstimate("eventsAvoided", eventsAvoided());
    requireStatistic("eventsAvoided", eventsAvoided(), EVENTS_AVOIDED);
    if (verdictNote().isPresent() && verdictNote().get().isBlank()) {
      throw InvalidValueException.of("verdictNote", "must not be blank", "'" + verdictNote().get() + "'");
    }
    withComparator("differenceInDifferences", differenceInDifferences());
    withComparator("ratioOfRateRatios", ratioOfRateRatios());
    withComparator("relativeVerdict", relativeVerdict());
  }

  /** A stored estimate must hold its value inside its own interval. */
  private static void checkEstimate(String field, Estimate e) {
    if (e.value().isPresent() && e.hasInterval()) {
      double v = e.value().getAsDouble();
      // A relative tolerance: bounds and value are computed separately in floating point.
      double slack = 1e-9 * Math.max(1, Math.abs(v));
      if (v < e.lower().getAsDouble() - slack || v > e.upper().getAsDouble() + slack) {
        throw InvalidValueException.of(field + ".value", "must lie inside its interval " + e.lower().getAsDouble()
            + " to " + e.upper().getAsDouble(), v);
      }
    }
  }

  private static void requireStatistic(String field, Estimate e, String statistic) {
    if (!e.statistic().equals(statistic)) {
      throw InvalidValueException.of(field + ".statistic", "must be '" + statistic + "'", "'" + e.statistic() + "'");
    }
  }

  private void withComparator(String field, Optional<?> value) {
    if (value.isPresent() != comparator().isPresent()) {
      throw InvalidValueException.of(field, comparator().isPresent() ? "must be given with a comparator"
          : "must be empty without a comparator", value.map(Object::toString).orElse("empty"));
    }
  }

  /**
   * Events and person-time in years of a window: the mean population of the periods summed times
   * the years they cover, or without a denominator the years covered.
   */
  static EventCount count(WindowTotals totals) {
    double years = coveredYears(totals);
    double population = totals.denominator().isPresent()
        ? totals.denominator().getAsDouble() / totals.periods().size() * years : years;
    return EventCount.of(totals.numerator(), population);
  }

  /**
   * Gets the years a window's summed periods cover: the months of its calendar periods (a month,
   * quarter or year each) over 12, so that 12 monthly periods are exactly one year.
   *
   * @param totals  the totals, not null
   * @return the years covered, 0 when no period is summed
   */
  public static double coveredYears(WindowTotals totals) {
    int months = 0;
    for (var p : totals.periods()) {
      months += p.granularity().months();
    }
    return months / 12.0;
  }

  /**
   * Gets the label of the rates, such as {@code per 1,000 population per year (baseline: mean population
   * 2,100 over 12.0 months; follow-up: 2,150 over 6.0 months)}, or {@code events a year (...)} for an
   * indicator without a denominator.
   *
   * @return the label, not null
   */
  public String rateLabel() {
    return (multiplier() == 1 ? "events a year" : perPopulationPerYear(multiplier()))
        + " (baseline: " + basis(target().baseline()) + "; follow-up: " + basis(target().followUp()) + ")";
  }

  private static String basis(WindowTotals t) {
    String months = String.format(Locale.ROOT, "%.1f months", coveredYears(t) * 12);
    return t.denominator().isPresent() && !t.periods().isEmpty()
        ? String.format(Locale.ROOT, "mean population %,.0f over %s", t.denominator().getAsDouble() / t.periods().size(),
            months)
        : months + " covered";
  }

  /** Such as {@code per 1,000 population per year}. */
  static String perPopulationPerYear(double multiplier) {
    return String.format(Locale.ROOT, "per %,.0f population per year", multiplier);
  }

  private static String rate(Estimate e) {
    return e.value().isPresent() ? String.format(Locale.ROOT, "%.1f", e.value().getAsDouble()) : "NA";
  }

  private static String format(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  /**
   * Returns a one-line summary such as
   * {@code asb-incidents: 35.2 to 20.8 per 1,000, down by 41% (95% CI 22% to 55% down), better; better than the comparator}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(indicator().id()).append(": ")
        .append(rate(baselineRate())).append(" to ").append(rate(followUpRate())).append(' ')
        .append(rateLabel()).append(", ")
        .append(Change.describe(percentageChange())).append(", ").append(verdictText());
    differenceInDifferences().ifPresent(d -> sb.append("; vs comparator: ").append(d));
    relativeVerdictText().ifPresent(v -> sb.append(", ").append(v));
    verdictNote().ifPresent(n -> sb.append("; ").append(n));
    return sb.toString();
  }

  /** The statistics' polarity of a long-term indicator's direction of improvement. */
  private static Polarity polarity(Improvement improvement) {
    switch (improvement) {
      case HIGHER_IS_BETTER:
        return Polarity.HIGHER_IS_BETTER;
      case LOWER_IS_BETTER:
        return Polarity.LOWER_IS_BETTER;
      default:
        return Polarity.NOT_APPLICABLE;
    }
  }
}
