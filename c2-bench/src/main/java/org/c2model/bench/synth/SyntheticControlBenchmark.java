package org.c2model.bench.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.c2model.metrics.synth.Predictor;
import org.c2model.metrics.synth.PredictorWeighting;
import org.c2model.metrics.synth.SyntheticControl;
import org.c2model.metrics.synth.SyntheticControlInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A synthetic control of one neighbourhood against 5,000 donor LSOAs over 36 pre-period and 12
 * post-period months (issue 20), in one run beside a plain Commons Math 3.6.1 formulation of the
 * same quadratic programme: the weights as a softmax of free parameters, minimised by Commons
 * Math's non-linear conjugate gradient (Polak-Ribi&egrave;re) with the analytic gradient, the usual
 * way to put a simplex constraint into an unconstrained optimiser (Commons Math has no QP solver).
 * <p>
 * Benchmarks: {@code c2Fit} (the weights, RMSPE and gap, no placebos), {@code c2FitWithPlacebos}
 * (plus {@code placebos} donors refitted as if treated, the placebo-in-space p-value) and
 * {@code commonsMathFit} (the weights only). The panel is seeded: rates around 10 per 1,000 a
 * month with a trend and Poisson-like noise, the treated area a mix of five donors plus noise.
 * {@link #main} runs all three and prints the ratio and the objective each reaches.
 * <p>
 * The data-driven V ({@link PredictorWeighting#DATA_DRIVEN}) is measured on the problem it is made
 * for, ADH's Proposition 99 specification (38 donor states, seven predictors, 1970-1988):
 * {@code prop99DataDrivenV} (one fit, no placebos) and {@code prop99DataDrivenVWithPlacebos} (plus
 * the 38 placebo states, each with its own V). The panel is read from
 * {@code c2-metrics/src/test/resources/org/c2model/metrics/synth/prop99-smoking.csv} (run from the
 * repository root, or set {@code -Dc2.prop99=<path>}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class SyntheticControlBenchmark {

  /** Donor areas. */
  public static final int DONORS = 5000;
  /** Pre-period months. */
  public static final int PRE = 36;
  /** Post-period months. */
  public static final int POST = 12;

  /** How many donors are refitted as placebos in {@link #c2FitWithPlacebos()}. */
  @Param({"500"})
  public int placebos;

  private SyntheticControlInput input;
  private SyntheticControlInput withPlacebos;
  private double[][] donorsPre;
  private double[] treatedPre;

  /** Builds the seeded panel once; only the fits are measured. */
  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(20_100_493L);
    List<String> periods = new ArrayList<>();
    for (int t = 0; t < PRE + POST; t++) {
      periods.add(String.format(Locale.ROOT, "%d-%02d", 2007 + t / 12, 1 + t % 12));
    }
    double[][] donors = new double[DONORS][PRE + POST];
    SyntheticControlInput.Builder b = SyntheticControlInput.builder().treatedCode("N-BENCH").periods(periods)
        .preperiods(PRE).asOf(LocalDate.of(2010, 12, 31)).placebosInSpace(0).placeboInTimeShift(0);
    for (int j = 0; j < DONORS; j++) {
      double level = 5 + 10 * r.nextDouble();
      double trend = 0.05 * r.nextGaussian();
      List<Double> series = new ArrayList<>();
      for (int t = 0; t < PRE + POST; t++) {
        donors[j][t] = level + trend * t + Math.sqrt(level) * 0.3 * r.nextGaussian();
        series.add(donors[j][t]);
      }
      b.putDonors(String.format(Locale.ROOT, "E01%06d", j), series);
    }
    double[] mix = {0.4, 0.25, 0.15, 0.12, 0.08};
    List<Double> treated = new ArrayList<>();
    for (int t = 0; t < PRE + POST; t++) {
      double y = 0;
      for (int k = 0; k < mix.length; k++) {
        y += mix[k] * donors[k * 997][t];
      }
      treated.add(y + 0.3 * r.nextGaussian() - (t >= PRE ? 1.5 : 0));
    }
    input = b.treated(treated).build();
    withPlacebos = SyntheticControlInput.builder().from(input).placebosInSpace(placebos).build();
    donorsPre = new double[DONORS][];
    for (int j = 0; j < DONORS; j++) {
      donorsPre[j] = java.util.Arrays.copyOf(donors[j], PRE);
    }
    treatedPre = treated.subList(0, PRE).stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Fits the synthetic control with c2 (Wolfe's minimum-norm-point algorithm), no placebos.
   *
   * @return the fit, for JMH to consume
   */
  @Benchmark
  public SyntheticControl c2Fit() {
    return SyntheticControl.fit(input);
  }

  /**
   * Fits the synthetic control and refits {@link #placebos} donors as if treated.
   *
   * @return the fit, for JMH to consume
   */
  @Benchmark
  public SyntheticControl c2FitWithPlacebos() {
    return SyntheticControl.fit(withPlacebos);
  }

  /**
   * Fits the same weights with Commons Math: softmax parameters, non-linear conjugate gradient.
   *
   * @return the weights, for JMH to consume
   */
  @Benchmark
  public double[] commonsMathFit() {
    return commonsMath(donorsPre, treatedPre).getPoint();
  }

  /**
   * Fits ADH's Proposition 99 specification with the data-driven V, no placebos.
   *
   * @param prop99  the panel, not null
   * @return the fit, for JMH to consume
   */
  @Benchmark
  public SyntheticControl prop99DataDrivenV(Prop99 prop99) {
    return SyntheticControl.fit(prop99.input);
  }

  /**
   * Fits ADH's Proposition 99 specification with the data-driven V and refits the 38 placebo
   * states, each with its own V.
   *
   * @param prop99  the panel, not null
   * @return the fit, for JMH to consume
   */
  @Benchmark
  public SyntheticControl prop99DataDrivenVWithPlacebos(Prop99 prop99) {
    return SyntheticControl.fit(prop99.withPlacebos);
  }

  /**
   * ADH's Proposition 99 specification: California against 38 states, cigarette sales 1970-2000,
   * 19 pre-period years; ln income, the share aged 15-24 and the retail price averaged 1980-1988,
   * beer 1984-1988 and sales in 1988, 1980 and 1975 (ADH 2010, Table 1); V from the data.
   */
  @State(Scope.Benchmark)
  public static class Prop99 {

    SyntheticControlInput input;
    SyntheticControlInput withPlacebos;

    /** Reads the panel once. */
    @Setup(Level.Trial)
    public void setUp() {
      Path csv = Path.of(System.getProperty("c2.prop99",
          "c2-metrics/src/test/resources/org/c2model/metrics/synth/prop99-smoking.csv"));
      // state -> column -> year -> value; empty cells are missing
      Map<String, Map<String, TreeMap<Integer, Double>>> panel = new TreeMap<>();
      try {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split(",", -1);
          for (int c = 2; c < f.length; c++) {
            if (!f[c].isEmpty()) {
              panel.computeIfAbsent(f[0], k -> new TreeMap<>()).computeIfAbsent(header[c], k -> new TreeMap<>())
                  .put(Integer.valueOf(f[1]), Double.valueOf(f[c]));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Proposition 99 panel " + csv.toAbsolutePath(), e);
      }
      String treated = "California";
      SyntheticControlInput.Builder b = SyntheticControlInput.builder().treatedCode(treated).preperiods(19)
          .asOf(LocalDate.of(2000, 12, 31)).placebosInSpace(0).placeboInTimeShift(0)
          .predictorWeighting(PredictorWeighting.DATA_DRIVEN);
      for (int y = 1970; y <= 2000; y++) {
        b.addPeriods(Integer.toString(y));
      }
      panel.forEach((state, columns) -> {
        List<Double> sales = new ArrayList<>(columns.get("cigsale").values());
        if (state.equals(treated)) {
          b.treated(sales);
        } else {
          b.putDonors(state, sales);
        }
      });
      Object[][] predictors = {{"lnincome", 1980, 1988}, {"age15to24", 1980, 1988}, {"retprice", 1980, 1988},
          {"beer", 1984, 1988}, {"cigsale", 1988, 1988}, {"cigsale", 1980, 1980}, {"cigsale", 1975, 1975}};
      for (Object[] p : predictors) {
        Map<String, Double> donors = new LinkedHashMap<>();
        double treatedValue = 0;
        for (String state : panel.keySet()) {
          double mean = panel.get(state).get((String) p[0]).subMap((Integer) p[1], true, (Integer) p[2], true)
              .values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
          if (state.equals(treated)) {
            treatedValue = mean;
          } else {
            donors.put(state, mean);
          }
        }
        b.addPredictors(Predictor.of(p[0] + " " + p[1] + "-" + p[2], treatedValue, donors));
      }
      input = b.build();
      withPlacebos = SyntheticControlInput.builder().from(input).placebosInSpace(Integer.MAX_VALUE).build();
    }
  }

  /** Minimises ||b - A softmax(theta)||^2 with Commons Math; returns the weights and the objective. */
  static PointValuePair commonsMath(double[][] a, double[] b) {
    int n = a.length;
    MultivariateFunction f = theta -> objective(a, b, softmax(theta));
    MultivariateVectorFunction g = theta -> {
      double[] w = softmax(theta);
      double[] residual = residual(a, b, w);
      double[] gw = new double[n];
      double mean = 0;
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int t = 0; t < b.length; t++) {
          s += a[j][t] * residual[t];
        }
        gw[j] = 2 * s;
        mean += w[j] * gw[j];
      }
      double[] grad = new double[n];
      for (int j = 0; j < n; j++) {
        grad[j] = w[j] * (gw[j] - mean);
      }
      return grad;
    };
    NonLinearConjugateGradientOptimizer opt = new NonLinearConjugateGradientOptimizer(
        NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-12));
    PointValuePair p = opt.optimize(new MaxEval(20_000), new MaxIter(20_000), new ObjectiveFunction(f),
        new ObjectiveFunctionGradient(g), GoalType.MINIMIZE, new InitialGuess(new double[n]));
    return new PointValuePair(softmax(p.getPoint()), p.getValue());
  }

  static double[] softmax(double[] theta) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : theta) {
      max = Math.max(max, x);
    }
    double[] w = new double[theta.length];
    double sum = 0;
    for (int j = 0; j < theta.length; j++) {
      w[j] = Math.exp(theta[j] - max);
      sum += w[j];
    }
    for (int j = 0; j < theta.length; j++) {
      w[j] /= sum;
    }
    return w;
  }

  static double[] residual(double[][] a, double[] b, double[] w) {
    double[] r = new double[b.length];
    for (int t = 0; t < b.length; t++) {
      r[t] = -b[t];
    }
    for (int j = 0; j < a.length; j++) {
      if (w[j] != 0) {
        for (int t = 0; t < b.length; t++) {
          r[t] += w[j] * a[j][t];
        }
      }
    }
    return r;
  }

  static double objective(double[][] a, double[] b, double[] w) {
    double s = 0;
    for (double x : residual(a, b, w)) {
      s += x * x;
    }
    return s;
  }

  /**
   * Runs the three benchmarks and prints the time ratio of Commons Math over c2 for one fit, the
   * placebo run's time per fit, and the pre-period sum of squares each method reaches.
   *
   * @param args  extra JMH options are not taken; none
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    SyntheticControlBenchmark quality = new SyntheticControlBenchmark();
    quality.placebos = 500;
    quality.setUp();
    SyntheticControl c2 = quality.c2Fit();
    double c2Objective = Math.pow(c2.preRmspe(), 2) * PRE;
    double cmObjective = commonsMath(quality.donorsPre, quality.treatedPre).getValue();
    Collection<RunResult> runs = new Runner(new OptionsBuilder()
        .include("^" + SyntheticControlBenchmark.class.getName() + "\\.").build()).run();
    double fit = score(runs, "c2Fit");
    double placebo = score(runs, "c2FitWithPlacebos");
    double cm = score(runs, "commonsMathFit");
    System.out.printf(Locale.ROOT, "%n| benchmark | ms/op | note |%n| --- | --- | --- |%n");
    System.out.printf(Locale.ROOT, "| c2 fit, %d donors x %d pre-months | %.2f | pre-period SSE %.6f |%n", DONORS, PRE,
        fit, c2Objective);
    System.out.printf(Locale.ROOT, "| c2 fit + %d placebo refits | %.1f | %.2f ms a refit |%n", quality.placebos,
        placebo, (placebo - fit) / quality.placebos);
    System.out.printf(Locale.ROOT, "| Commons Math 3.6.1 softmax + NLCG | %.2f | pre-period SSE %.6f |%n", cm,
        cmObjective);
    System.out.printf(Locale.ROOT, "ratio (Commons Math time / c2 time, one fit): %.1fx%n", cm / fit);
    System.out.printf(Locale.ROOT, "estimated 5,000 placebo refits: %.1f s%n",
        (placebo - fit) / quality.placebos * DONORS / 1000);
    Prop99 prop99 = new Prop99();
    prop99.setUp();
    SyntheticControl adh = SyntheticControl.fit(prop99.input);
    System.out.printf(Locale.ROOT, "Proposition 99, data-driven V: %.1f ms a fit, %.0f ms with 38 placebos; %s; %s%n",
        score(runs, "prop99DataDrivenV"), score(runs, "prop99DataDrivenVWithPlacebos"),
        adh.predictorWeightSearch().orElseThrow(), adh);
  }

  private static double score(Collection<RunResult> runs, String method) {
    return runs.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
        .orElseThrow().getPrimaryResult().getScore();
  }
}
