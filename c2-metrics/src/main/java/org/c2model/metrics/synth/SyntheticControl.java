package org.c2model.metrics.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;
import org.immutables.value.Value;

/**
 * A synthetic control fitted to a treated area: donor weights (non-negative, summing to 1) that
 * make the weighted donors track the treated area before the intervention, the gap after it, and
 * placebo inference (Abadie, Diamond &amp; Hainmueller 2010, <i>JASA</i> 105:493-505; Abadie 2021,
 * <i>JEL</i> 59:391-425; {@code docs/statistics.md} section "Synthetic control").
 * <p>
 * The weights minimise {@code (X1 - X0 w)' V (X1 - X0 w)} on the simplex, where the columns of X
 * are the pre-period outcomes (V the identity) or, with {@link SyntheticControlInput#predictors()},
 * the predictors divided by their standard deviation across all areas (V diagonal: by default the
 * predictors' weights scaled to sum to 1; with {@link PredictorWeighting#DATA_DRIVEN} the V whose
 * weights best predict the pre-period outcomes, the nested optimisation of the {@code Synth}
 * packages, see {@link PredictorWeightSearch}). The quadratic programme is solved exactly by
 * Wolfe's minimum-norm-point algorithm.
 * <p>
 * The pre-period fit is judged against {@link SyntheticControlInput#poorFitShare()} of the treated
 * area's mean pre-period outcome: above it, finding {@link #POOR_PRE_FIT} warns that the gap should
 * not be read as an effect, as the method's authors advise against a synthetic control that does
 * not track the treated area (ADH 2010; Abadie 2021). The default 10% is this
 * project's threshold: California's fit in the Proposition 99 study is 1.4% of its level, while a
 * single LSOA's monthly count of a dozen incidents has Poisson noise near 30%, which a synthetic
 * control cannot and should not track; aggregate to neighbourhoods or quarters first.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SyntheticControl {

  /** The rule id of the finding that the pre-period fit is too poor to trust. */
  public static final RuleId POOR_PRE_FIT = RuleId.of("SyntheticControl:PoorPreFit");

  /** Weights below this are reported as 0 (the solver's rounding). */
  private static final double ZERO_WEIGHT = 1e-10;

  SyntheticControl() {}

  /**
   * Gets the treated area's code.
   *
   * @return the code, not blank
   */
  public abstract String treatedCode();

  /**
   * Gets what the weights matched and how, for the report.
   *
   * @return the method, not blank
   */
  public abstract String method();

  /**
   * Gets the non-zero donor weights by donor code, largest first.
   *
   * @return the weights, each above 0, summing to 1
   */
  public abstract Map<String, Double> weights();

  /**
   * Gets the predictors' shares of the diagonal V matrix by name, when predictors were matched.
   *
   * @return the shares, summing to 1, or empty when the pre-period outcomes were matched
   */
  public abstract Map<String, Double> predictorWeights();

  /**
   * Gets how the data-driven V was found, when the input asked for it.
   *
   * @return the search, empty when V was given
   */
  public abstract Optional<PredictorWeightSearch> predictorWeightSearch();

  /**
   * Gets the labels of all periods.
   *
   * @return the labels, not null
   */
  public abstract List<String> periods();

  /**
   * Gets the number of periods before the intervention.
   *
   * @return the number, at least 2
   */
  public abstract int preperiods();

  /**
   * Gets the synthetic control's outcome in every period: the weighted donors' outcome.
   *
   * @return the outcomes, one per period
   */
  public abstract List<Double> synthetic();

  /**
   * Gets the gap (treated minus synthetic) in each period after the intervention.
   *
   * @return the gaps, one per post-period
   */
  public abstract List<Double> postGaps();

  /**
   * Gets the root mean squared prediction error before the intervention: the fit.
   *
   * @return the RMSPE, not negative
   */
  public abstract double preRmspe();

  /**
   * Gets the root mean squared gap after the intervention.
   *
   * @return the RMSPE, not negative
   */
  public abstract double postRmspe();

  /**
   * Gets the mean gap after the intervention, in the outcome's unit: negative is a fall against the
   * synthetic control.
   *
   * @return the mean gap, finite
   */
  public abstract double meanPostGap();

  /**
   * Gets the total gap after the intervention in events: each period's gap times the treated
   * area's exposure, or the plain sum when the outcome is a count.
   *
   * @return the events, negative when fewer happened than the synthetic control predicts
   */
  public abstract double cumulativeGapEvents();

  /**
   * Gets the placebo-in-space inference, when at least one donor was refitted.
   *
   * @return the inference, empty when no placebo was asked for
   */
  public abstract Optional<PlaceboInSpace> placeboInSpace();

  /**
   * Gets the placebo-in-time check, when a shift was asked for.
   *
   * @return the check, empty when the shift is 0
   */
  public abstract Optional<PlaceboInTime> placeboInTime();

  /**
   * Gets the findings, such as {@link #POOR_PRE_FIT}.
   *
   * @return the findings, not null
   */
  public abstract List<Finding> findings();

  /**
   * Fits a synthetic control, with the placebo inference the input asks for.
   *
   * @param input  the treated and donor series, not null
   * @return the synthetic control, not null
   */
  public static SyntheticControl fit(SyntheticControlInput input) {
    List<String> codes = new ArrayList<>(input.donors().keySet());
    int donors = codes.size();
    int periods = input.periods().size();
    int pre = input.preperiods();
    double[] treated = toArray(input.treated());
    double[][] outcomes = new double[donors][];
    for (int j = 0; j < donors; j++) {
      outcomes[j] = toArray(input.donors().get(codes.get(j)));
    }
    double[][] matched = new double[donors + 1][];
    boolean dataDriven = input.predictorWeighting() == PredictorWeighting.DATA_DRIVEN;
    double[][] rawPredictors = dataDriven ? rawPredictors(input, codes) : null;
    Map<String, Double> vShares;
    double[] w;
    PredictorWeightSearch search = null;
    if (dataDriven) {
      NestedPredictorWeights.Result r = dataDrivenV(codes, allBut(-1, codes), donors, rawPredictors, outcomes,
          treated, pre);
      w = r.w();
      vShares = new LinkedHashMap<>();
      for (int k = 0; k < r.v().length; k++) {
        vShares.put(input.predictors().get(k).name(), r.v()[k]);
      }
      search = PredictorWeightSearch.of(r.objective(), r.equalWeightsObjective(), r.evaluations());
    } else {
      vShares = matchingRows(input, codes, treated, outcomes, matched);
      double[][] donorRows = java.util.Arrays.copyOf(matched, donors);
      w = SimplexLeastSquares.solve(donorRows, matched[donors]);
    }
    double[] synthetic = combine(w, outcomes, periods);
    double preRmspe = rmspe(treated, synthetic, 0, pre);
    double postRmspe = rmspe(treated, synthetic, pre, periods);

    ImmutableSyntheticControl.Builder b = ImmutableSyntheticControl.builder().treatedCode(input.treatedCode())
        .method(method(input, vShares)).predictorWeights(vShares).periods(input.periods()).preperiods(pre)
        .preRmspe(preRmspe).postRmspe(postRmspe).predictorWeightSearch(Optional.ofNullable(search));
    Map<String, Double> weights = new LinkedHashMap<>();
    java.util.stream.IntStream.range(0, donors).boxed().filter(j -> w[j] > ZERO_WEIGHT)
        .sorted(Comparator.<Integer>comparingDouble(j -> -w[j]).thenComparing(codes::get))
        .forEach(j -> weights.put(codes.get(j), w[j]));
    double kept = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    weights.replaceAll((k, v) -> v / kept);
    b.weights(weights);
    double sumGap = 0;
    double events = 0;
    for (int t = 0; t < periods; t++) {
      b.addSynthetic(synthetic[t]);
      if (t >= pre) {
        double gap = treated[t] - synthetic[t];
        b.addPostGaps(gap);
        sumGap += gap;
        events += gap * (input.treatedExposure().isEmpty() ? 1 : input.treatedExposure().get(t));
      }
    }
    b.meanPostGap(sumGap / (periods - pre)).cumulativeGapEvents(events);

    int placebos = Math.min(input.placebosInSpace(), donors);
    if (placebos > 0) {
      double ratio = ratio(postRmspe, preRmspe);
      int rank = 1;
      for (int d = 0; d < placebos; d++) {
        if (dataDriven) {
          if (placeboRatio(d, codes, rawPredictors, outcomes, pre, periods) >= ratio) {
            rank++;
          }
          continue;
        }
        double[][] pool = new double[donors - 1][];
        double[][] poolOutcomes = new double[donors - 1][];
        for (int j = 0, k = 0; j < donors; j++) {
          if (j != d) {
            pool[k] = matched[j];
            poolOutcomes[k++] = outcomes[j];
          }
        }
        double[] pw = SimplexLeastSquares.solve(pool, matched[d]);
        double[] ps = combine(pw, poolOutcomes, periods);
        if (ratio(rmspe(outcomes[d], ps, pre, periods), rmspe(outcomes[d], ps, 0, pre)) >= ratio) {
          rank++;
        }
      }
      b.placeboInSpace(PlaceboInSpace.of(ratio, placebos, rank));
    }

    int shift = input.placeboInTimeShift();
    if (shift > 0) {
      int start = pre - shift;
      double[][] rows = new double[donors][];
      for (int j = 0; j < donors; j++) {
        rows[j] = java.util.Arrays.copyOf(outcomes[j], start);
      }
      double[] tw = SimplexLeastSquares.solve(rows, java.util.Arrays.copyOf(treated, start));
      double[] ts = combine(tw, outcomes, pre);
      double gap = 0;
      for (int t = start; t < pre; t++) {
        gap += treated[t] - ts[t];
      }
      b.placeboInTime(PlaceboInTime.of(input.periods().get(start), rmspe(treated, ts, 0, start),
          rmspe(treated, ts, start, pre), gap / shift));
    }

    double level = 0;
    for (int t = 0; t < pre; t++) {
      level += treated[t];
    }
    level = Math.abs(level / pre);
    if (preRmspe > input.poorFitShare() * level) {
      b.addFindings(Finding.builder().ruleId(POOR_PRE_FIT).severity(Severity.WARNING)
          .path(Path.of("syntheticControl", input.treatedCode())).date(input.asOf())
          .message(String.format(Locale.ROOT, "the pre-period fit is too poor to trust: RMSPE %.4g is %.1f%% of the "
              + "mean pre-period outcome %.4g, above the %.1f%% threshold; read the gap as descriptive, not an effect",
              preRmspe, level == 0 ? Double.POSITIVE_INFINITY : 100 * preRmspe / level, level,
              100 * input.poorFitShare()))
          .putArgs("preRmspe", fmt(preRmspe)).putArgs("meanPreOutcome", fmt(level))
          .putArgs("threshold", fmt(input.poorFitShare())).build());
    }
    return b.build();
  }

  /**
   * The post/pre RMSPE ratio of donor d refitted as if treated from the other donors, with its own
   * data-driven V and its predictors scaled over the areas of that refit, as {@code Synth} does.
   */
  private static double placeboRatio(int d, List<String> codes, double[][] rawPredictors, double[][] outcomes,
      int pre, int periods) {
    int[] pool = allBut(d, codes);
    double[] pw = dataDrivenV(codes, pool, d, rawPredictors, outcomes, outcomes[d], pre).w();
    double[] ps = new double[periods];
    for (int j = 0; j < pw.length; j++) {
      for (int t = 0; t < periods; t++) {
        ps[t] += pw[j] * outcomes[j][t];
      }
    }
    return ratio(rmspe(outcomes[d], ps, pre, periods), rmspe(outcomes[d], ps, 0, pre));
  }

  /** The donors other than {@code d}, in code order. */
  private static int[] allBut(int d, List<String> codes) {
    return java.util.stream.IntStream.range(0, codes.size()).filter(j -> j != d).boxed()
        .sorted(Comparator.comparing(codes::get)).mapToInt(Integer::intValue).toArray();
  }

  /**
   * The data-driven V of the area {@code treated} (a row of the predictors; {@code codes.size()} is
   * the treated area) from the donors {@code pool}, its predictors scaled over exactly those areas
   * as {@code Synth}'s {@code dataprep()} does. The pool is searched in code order, so the result
   * does not depend on the order the donors were given in; the weights returned are indexed like
   * {@code codes}, 0 for a donor outside the pool.
   */
  private static NestedPredictorWeights.Result dataDrivenV(List<String> codes, int[] pool, int treated,
      double[][] rawPredictors, double[][] outcomes, double[] treatedOutcomes, int pre) {
    int[] units = java.util.Arrays.copyOf(pool, pool.length + 1);
    units[pool.length] = treated;
    double[][] scaled = scaled(rawPredictors, units);
    double[][] poolPre = new double[pool.length][];
    for (int i = 0; i < pool.length; i++) {
      poolPre[i] = java.util.Arrays.copyOf(outcomes[pool[i]], pre);
    }
    NestedPredictorWeights.Result r = NestedPredictorWeights.search(java.util.Arrays.copyOf(scaled, pool.length),
        scaled[pool.length], poolPre, java.util.Arrays.copyOf(treatedOutcomes, pre));
    double[] w = new double[codes.size()];
    for (int i = 0; i < pool.length; i++) {
      w[pool[i]] = r.w()[i];
    }
    return new NestedPredictorWeights.Result(r.v(), w, r.objective(), r.equalWeightsObjective(), r.evaluations());
  }

  /** Each area's predictor values, {@code [J + 1][K]}, the treated last. */
  private static double[][] rawPredictors(SyntheticControlInput input, List<String> codes) {
    List<Predictor> ps = input.predictors();
    int donors = codes.size();
    double[][] raw = new double[donors + 1][ps.size()];
    for (int k = 0; k < ps.size(); k++) {
      for (int j = 0; j < donors; j++) {
        raw[j][k] = ps.get(k).donors().get(codes.get(j));
      }
      raw[donors][k] = ps.get(k).treated();
    }
    return raw;
  }

  /**
   * The predictors of the areas {@code units} (the treated last), each divided by its sample
   * standard deviation across those areas (left as is when they all agree).
   */
  private static double[][] scaled(double[][] raw, int[] units) {
    int kk = raw[0].length;
    double[][] out = new double[units.length][kk];
    for (int k = 0; k < kk; k++) {
      double[] values = new double[units.length];
      for (int u = 0; u < units.length; u++) {
        values[u] = raw[units[u]][k];
      }
      double sd = sampleSd(values);
      for (int u = 0; u < units.length; u++) {
        out[u][k] = values[u] / (sd > 0 ? sd : 1);
      }
    }
    return out;
  }

  /**
   * The rows matched, treated last, each scaled by the square root of its V weight; returns V's
   * shares by predictor name, or an empty map when the pre-period outcomes are matched.
   */
  private static Map<String, Double> matchingRows(SyntheticControlInput input, List<String> codes, double[] treated,
      double[][] outcomes, double[][] matched) {
    int donors = codes.size();
    Map<String, Double> shares = new LinkedHashMap<>();
    if (input.predictors().isEmpty()) {
      for (int j = 0; j < donors; j++) {
        matched[j] = java.util.Arrays.copyOf(outcomes[j], input.preperiods());
      }
      matched[donors] = java.util.Arrays.copyOf(treated, input.preperiods());
      return shares;
    }
    List<Predictor> ps = input.predictors();
    double total = ps.stream().mapToDouble(Predictor::weight).sum();
    for (int j = 0; j <= donors; j++) {
      matched[j] = new double[ps.size()];
    }
    for (int k = 0; k < ps.size(); k++) {
      Predictor p = ps.get(k);
      double[] values = new double[donors + 1];
      for (int j = 0; j < donors; j++) {
        values[j] = p.donors().get(codes.get(j));
      }
      values[donors] = p.treated();
      double sd = sampleSd(values);
      double scale = Math.sqrt(p.weight() / total) / (sd > 0 ? sd : 1);
      for (int j = 0; j <= donors; j++) {
        matched[j][k] = values[j] * scale;
      }
      shares.put(p.name(), p.weight() / total);
    }
    return shares;
  }

  private static String method(SyntheticControlInput input, Map<String, Double> shares) {
    boolean dataDriven = input.predictorWeighting() == PredictorWeighting.DATA_DRIVEN;
    String matched = shares.isEmpty()
        ? "the " + input.preperiods() + " pre-period outcomes, equally weighted"
        : shares.size() + " predictors divided by their standard deviation, V " + (dataDriven ? "from the data " : "")
            + "= " + shares.entrySet().stream()
            .map(e -> e.getKey() + " " + fmt(e.getValue())).collect(Collectors.joining(", "));
    return "synthetic control (Abadie, Diamond & Hainmueller 2010) matching " + matched
        + "; weights by Wolfe's minimum-norm-point algorithm" + (dataDriven ? "; " + PredictorWeightSearch.METHOD : "");
  }

  private static double sampleSd(double[] v) {
    double mean = 0;
    for (double x : v) {
      mean += x;
    }
    mean /= v.length;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  private static double[] combine(double[] w, double[][] outcomes, int periods) {
    double[] s = new double[periods];
    for (int j = 0; j < w.length; j++) {
      if (w[j] != 0) {
        for (int t = 0; t < periods; t++) {
          s[t] += w[j] * outcomes[j][t];
        }
      }
    }
    return s;
  }

  private static double rmspe(double[] y, double[] s, int from, int to) {
    double ss = 0;
    for (int t = from; t < to; t++) {
      ss += (y[t] - s[t]) * (y[t] - s[t]);
    }
    return Math.sqrt(ss / (to - from));
  }

  private static double ratio(double post, double pre) {
    if (pre == 0) {
      return post == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return post / pre;
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /**
   * Returns a summary naming donor codes and figures only, such as
   * {@code synthetic control of California: pre RMSPE 1.66, mean post gap -19.5 (cumulative -234),
   * post/pre RMSPE ratio ... p = 0.026; weights Utah 0.394, ...}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "synthetic control of " + treatedCode() + ": pre RMSPE " + fmt(preRmspe()) + ", mean post gap "
        + fmt(meanPostGap()) + " (cumulative " + fmt(cumulativeGapEvents()) + " events)"
        + placeboInSpace().map(p -> "; " + p).orElse("")
        + placeboInTime().map(p -> "; " + p).orElse("")
        + "; weights " + weights().entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f",
            e.getValue())).collect(Collectors.joining(", "))
        + (findings().isEmpty() ? "" : "; " + findings().size() + " finding(s)");
  }
}
