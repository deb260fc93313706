package org.c2model.metrics.stats;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.c2model.core.InvalidValueException;

/**
 * Age-standardised rates and ratios: the directly standardised rate (DSR) with Dobson's interval,
 * and the indirectly standardised ratio and rate with Byar's or exact intervals.
 * <p>
 * The strata (usually age bands) are given as parallel arrays matched by position, as the
 * reference's vectors are. The methods are those of the PHE/OHID "Technical Guide: Confidence
 * Intervals" (Public Health Data Science, version 25 May 2018), Appendix 4 "Dobson's method"
 * (Dobson AJ, Kuulasmaa K, Eberle E, Scherer J (1991), "Confidence intervals for weighted sums of
 * Poisson parameters", Stat Med 10:457-462) with Appendices 1 and 2 for the counts, as
 * implemented by the R package PHEindicatormethods v2.1.0 ({@code calculate_dsr},
 * {@code calculate_ISRatio}, {@code calculate_ISRate}), whose test vectors this class reproduces
 * ({@code docs/statistics.md}).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class StandardisedRates {

  /** The smallest total count for which the reference publishes a DSR. */
  public static final int DSR_MINIMUM_COUNT = 10;

  private static final String DOBSON = "Dobson";
  private static final String DOBSON_NON_INDEPENDENT =
      "Dobson, with confidence adjusted for non-independent events";

  private StandardisedRates() {}

  /**
   * Obtains a directly standardised rate with Dobson's interval, as {@code calculate_dsr} does
   * for independent events.
   * <p>
   * With O = Σxᵢ, sᵢ the standard population and nᵢ the population of stratum i:
   * <pre>
   * DSR   = Σ(xᵢ sᵢ / nᵢ) / Σsᵢ × multiplier
   * var   = Σ(xᵢ (sᵢ / nᵢ)²) / (Σsᵢ)²
   * limit = DSR + √(var / O) (O_limit - O) × multiplier,  O_limit from Byar's method (always)
   * </pre>
   * A missing count (NaN, R's {@code NA}) counts as 0. When the total count is below
   * {@value #DSR_MINIMUM_COUNT} the value and limits are suppressed and the statistic is
   * {@code "dsr NA for total count < 10"}, as Fingertips publishes it.
   *
   * @param counts  the events per stratum, each 0 or more or NaN if missing, not null
   * @param populations  the population per stratum, each above 0, not null
   * @param standardPopulations  the standard population per stratum, each 0 or more, not null
   * @param multiplier  the scale, such as 100,000, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException if an array's length differs from the counts', a count is
   *     negative, a population is not above zero or missing, a standard population is negative or
   *     missing, every standard population is 0, or the multiplier is not above zero
   */
  public static Estimate direct(double[] counts, double[] populations, double[] standardPopulations,
      double multiplier, ConfidenceLevel confidence) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(confidence, "confidence");
    int strata = counts.length;
    Inputs.sameLength(strata, populations, "populations", "counts");
    Inputs.sameLength(strata, standardPopulations, "standardPopulations", "counts");
    Inputs.multiplier(multiplier);
    double[] x = new double[strata];
    for (int i = 0; i < strata; i++) {
      x[i] = Double.isNaN(Inputs.count(counts[i], "counts[" + i + "]")) ? 0 : counts[i];
      checkPopulations(populations[i], standardPopulations[i], i);
    }
    checkStandardTotal(standardPopulations);
    Sums sums = sums(x, populations, standardPopulations);
    return dobson(sums, sums.variance, DOBSON, multiplier, confidence, strata);
  }

  /**
   * Obtains a directly standardised rate with Dobson's interval adjusted for non-independent
   * events, as {@code calculate_dsr(independent_events = FALSE)} does (new in v2.1.0), for events
   * a person can have more than once (such as repeat admissions).
   * <p>
   * The input is in long form, one element per (event frequency f, stratum): {@code persons} is
   * the number of unique people with exactly f events in that stratum. Then, for each f,
   * {@code var_f = Σᵢ persons_{f,i} (sᵢ/nᵢ)² / (Σᵢ sᵢ)²}, with Σsᵢ over the strata present for
   * that f; the variance used for the limits is {@code Σ_f f² var_f}; and the events per stratum
   * {@code xᵢ = Σ_f f persons_{f,i}} give the DSR and total count as in
   * {@link #direct(double[], double[], double[], double, ConfidenceLevel)}. The method is
   * {@code "Dobson, with confidence adjusted for non-independent events"}.
   *
   * @param strata  the stratum (age band) of each element, not null, no null element
   * @param eventFrequencies  the event frequency f of each element, 0 or more, not null
   * @param persons  the unique people with f events in the stratum, each 0 or more or NaN if
   *     missing (counted as 0), not null
   * @param populations  the stratum's population, above 0, the same on every element of a stratum
   * @param standardPopulations  the stratum's standard population, 0 or more, the same on every
   *     element of a stratum
   * @param multiplier  the scale, such as 100,000, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException if an array's length differs from the strata's, a stratum is
   *     null, a frequency or count is negative, a population is not above zero, a standard
   *     population is negative, every standard population is 0, the elements of one stratum
   *     disagree on its populations, or the multiplier is not above zero
   */
  public static Estimate directNonIndependent(String[] strata, int[] eventFrequencies, double[] persons,
      double[] populations, double[] standardPopulations, double multiplier, ConfidenceLevel confidence) {
    Objects.requireNonNull(strata, "strata");
    Objects.requireNonNull(eventFrequencies, "eventFrequencies");
    Objects.requireNonNull(confidence, "confidence");
    int rows = strata.length;
    if (eventFrequencies.length != rows) {
      throw InvalidValueException.of("eventFrequencies.length", "must equal strata.length " + rows,
          eventFrequencies.length);
    }
    Inputs.sameLength(rows, persons, "persons", "strata");
    Inputs.sameLength(rows, populations, "populations", "strata");
    Inputs.sameLength(rows, standardPopulations, "standardPopulations", "strata");
    Inputs.multiplier(multiplier);
    // Strata and frequencies in order of first appearance, so sums run in a fixed order.
    Map<String, Integer> stratumIndex = new LinkedHashMap<>();
    Set<Integer> frequencies = new LinkedHashSet<>();
    for (int r = 0; r < rows; r++) {
      if (strata[r] == null) {
        throw InvalidValueException.of("strata[" + r + "]", "must not be missing", "null");
      }
      if (eventFrequencies[r] < 0) {
        throw InvalidValueException.of("eventFrequencies[" + r + "]", "must be greater than or equal to zero",
            eventFrequencies[r]);
      }
      Inputs.count(persons[r], "persons[" + r + "]");
      checkPopulations(populations[r], standardPopulations[r], r);
      Integer first = stratumIndex.putIfAbsent(strata[r], r);
      if (first != null && (populations[first] != populations[r]
          || standardPopulations[first] != standardPopulations[r])) {
        throw InvalidValueException.of("populations[" + r + "]",
            "must match the populations and standard populations of stratum '" + strata[r]
                + "' at index " + first + " (" + Inputs.label(populations[first]) + ", "
                + Inputs.label(standardPopulations[first]) + ")",
            Inputs.label(populations[r]) + ", " + Inputs.label(standardPopulations[r]));
      }
    }
    checkStandardTotal(standardPopulations);
    int k = stratumIndex.size();
    double[] events = new double[k];
    double[] n = new double[k];
    double[] s = new double[k];
    int j = 0;
    for (int first : stratumIndex.values()) {
      n[j] = populations[first];
      s[j] = standardPopulations[first];
      j++;
    }
    Map<String, Integer> position = new LinkedHashMap<>();
    for (String stratum : stratumIndex.keySet()) {
      position.put(stratum, position.size());
    }
    for (int r = 0; r < rows; r++) {
      double p = Double.isNaN(persons[r]) ? 0 : persons[r];
      events[position.get(strata[r])] += eventFrequencies[r] * p;
      frequencies.add(eventFrequencies[r]);
    }
    double customVariance = 0;
    for (int f : frequencies) {
      double weighted = 0;
      double standardTotal = 0;
      for (int r = 0; r < rows; r++) {
        if (eventFrequencies[r] == f) {
          double p = Double.isNaN(persons[r]) ? 0 : persons[r];
          double w = standardPopulations[r] / populations[r];
          weighted += p * w * w;
          standardTotal += standardPopulations[r];
        }
      }
      // strata of standard population 0 weigh nothing: a frequency seen only in them adds nothing
      if (standardTotal > 0) {
        customVariance += (double) f * f * weighted / (standardTotal * standardTotal);
      }
    }
    Sums sums = sums(events, n, s);
    return dobson(sums, customVariance, DOBSON_NON_INDEPENDENT, multiplier, confidence, k);
  }

  /**
   * Obtains an indirectly standardised ratio (such as a standardised admission ratio) with its
   * interval, as {@code calculate_ISRatio} does.
   * <p>
   * Expected {@code E = Σ(x_refᵢ / n_refᵢ × nᵢ)} (a missing reference count or population counts
   * as 0), observed {@code O = Σxᵢ} (missing counts ignored); value {@code O / E × refValue};
   * limits {@code O_limit / E × refValue}, exact below 10 observed events (method
   * {@code "Exact"}) and Byar's from 10 ({@code "Byars"}). The statistic is
   * {@code "indirectly standardised ratio x <refValue>"}. If the expected count is 0 the estimate
   * is suppressed.
   *
   * @param counts  the observed events per stratum, each 0 or more or NaN if missing, not null
   * @param populations  the population per stratum, each 0 or more (0 adds nothing) or NaN if
   *     missing (counted as 0), not null
   * @param referenceCounts  the reference events per stratum, each 0 or more or NaN, not null
   * @param referencePopulations  the reference population per stratum, each above 0, not null
   * @param refValue  the scale of the ratio, such as 1 or 100 (SMR-style), above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException if an array's length differs from the counts', a count or
   *     population is negative, a reference population is not above zero, or the scale is not
   *     above zero
   */
  public static Estimate indirectRatio(double[] counts, double[] populations, double[] referenceCounts,
      double[] referencePopulations, double refValue, ConfidenceLevel confidence) {
    Indirect indirect = Indirect.of(counts, populations, referenceCounts, referencePopulations, confidence);
    Inputs.scale(refValue, "refValue");
    return indirect.estimate(refValue, "indirectly standardised ratio x " + Inputs.label(refValue), "",
        "refvalue", refValue, confidence);
  }

  /**
   * Obtains an indirectly standardised rate with its interval, as {@code calculate_ISRate} does.
   * <p>
   * The reference rate is {@code Σx_ref / Σn_ref × multiplier}; the value and limits are those of
   * {@link #indirectRatio indirectRatio} with a scale of 1, times the reference rate. The
   * statistic is {@code "indirectly standardised rate per <multiplier>"}.
   *
   * @param counts  the observed events per stratum, each 0 or more or NaN if missing, not null
   * @param populations  the population per stratum, each 0 or more or NaN if missing, not null
   * @param referenceCounts  the reference events per stratum, each 0 or more or NaN, not null
   * @param referencePopulations  the reference population per stratum, each above 0, not null
   * @param multiplier  the scale, such as 1,000 or 100,000, above 0
   * @param confidence  the confidence level, not null
   * @return the estimate, not null
   * @throws InvalidValueException as for {@link #indirectRatio indirectRatio}, or if the
   *     multiplier is not above zero
   */
  public static Estimate indirectRate(double[] counts, double[] populations, double[] referenceCounts,
      double[] referencePopulations, double multiplier, ConfidenceLevel confidence) {
    Indirect indirect = Indirect.of(counts, populations, referenceCounts, referencePopulations, confidence);
    Inputs.multiplier(multiplier);
    double refEvents = 0;
    double refPopulation = 0;
    for (int i = 0; i < referenceCounts.length; i++) {
      refEvents += Double.isNaN(referenceCounts[i]) ? 0 : referenceCounts[i];
      refPopulation += referencePopulations[i];
    }
    double referenceRate = refEvents / refPopulation * multiplier;
    return indirect.estimate(referenceRate, "indirectly standardised rate per " + Inputs.label(multiplier),
        Inputs.unit(multiplier), "multiplier", multiplier, confidence);
  }

  private static void checkPopulations(double population, double standardPopulation, int i) {
    if (Double.isNaN(population)) {
      throw InvalidValueException.of("populations[" + i + "]", "must not be missing", "NA");
    }
    Inputs.positive(population, "populations[" + i + "]");
    if (Double.isNaN(standardPopulation)) {
      throw InvalidValueException.of("standardPopulations[" + i + "]", "must not be missing", "NA");
    }
    Inputs.count(standardPopulation, "standardPopulations[" + i + "]");
  }

  /**
   * Requires some standard population above 0: the strata are weighted by their share of it, so a
   * standard population of 0 in every stratum leaves the rate undefined (0/0).
   */
  private static void checkStandardTotal(double[] standardPopulations) {
    double total = 0;
    for (double s : standardPopulations) {
      total += s;
    }
    if (standardPopulations.length > 0 && total == 0) {
      throw InvalidValueException.of("standardPopulations",
          "must not all be 0: the strata are weighted by their share of the standard population", "all 0");
    }
  }

  /** The sums of a DSR over its strata. */
  private static final class Sums {
    double count;
    double population;
    double weightedRate;
    double standardTotal;
    double variance;
  }

  private static Sums sums(double[] x, double[] n, double[] s) {
    Sums sums = new Sums();
    double weightedVariance = 0;
    for (int i = 0; i < x.length; i++) {
      sums.count += x[i];
      sums.population += n[i];
      sums.standardTotal += s[i];
      double w = s[i] / n[i];
      sums.weightedRate += x[i] * w;
      weightedVariance += x[i] * w * w;
    }
    sums.variance = weightedVariance / (sums.standardTotal * sums.standardTotal);
    return sums;
  }

  private static Estimate dobson(Sums sums, double variance, String method, double multiplier,
      ConfidenceLevel confidence, int strata) {
    Estimate.Builder builder = Estimate.builder()
        .confidence(confidence)
        .method(method)
        .unit(Inputs.unit(multiplier))
        .putInputs("total_count", Inputs.label(sums.count))
        .putInputs("total_pop", Inputs.label(sums.population))
        .putInputs("strata", Integer.toString(strata))
        .putInputs("multiplier", Inputs.label(multiplier))
        .inputSummary(Inputs.grouped(sums.count) + " events in " + Inputs.grouped(sums.population));
    if (sums.count < DSR_MINIMUM_COUNT) {
      return builder
          .statistic("dsr NA for total count < " + DSR_MINIMUM_COUNT)
          .suppressionReason("total count " + Inputs.label(sums.count) + " is below " + DSR_MINIMUM_COUNT)
          .build();
    }
    double o = sums.count;
    double dsr = sums.weightedRate / sums.standardTotal;
    double spread = Math.sqrt(variance / o);
    builder.statistic("dsr per " + Inputs.label(multiplier)).value(dsr * multiplier);
    OptionalDouble lower = Rates.byarsLower(o, confidence);
    if (lower.isPresent()) {
      builder.lower((dsr + spread * (lower.getAsDouble() - o)) * multiplier);
    } else {
      builder.suppressionReason("Byar's lower limit is not defined at confidence " + confidence);
    }
    return builder.upper((dsr + spread * (Rates.byarsUpper(o, confidence) - o)) * multiplier).build();
  }

  /** The observed and expected counts of an indirect standardisation. */
  private static final class Indirect {
    private final double observed;
    private final double expected;

    private Indirect(double observed, double expected) {
      this.observed = observed;
      this.expected = expected;
    }

    static Indirect of(double[] x, double[] n, double[] xRef, double[] nRef, ConfidenceLevel confidence) {
      Objects.requireNonNull(x, "counts");
      Objects.requireNonNull(confidence, "confidence");
      int strata = x.length;
      Inputs.sameLength(strata, n, "populations", "counts");
      Inputs.sameLength(strata, xRef, "referenceCounts", "counts");
      Inputs.sameLength(strata, nRef, "referencePopulations", "counts");
      double observed = 0;
      double expected = 0;
      for (int i = 0; i < strata; i++) {
        Inputs.count(x[i], "counts[" + i + "]");
        Inputs.count(n[i], "populations[" + i + "]");
        Inputs.count(xRef[i], "referenceCounts[" + i + "]");
        Inputs.positive(Inputs.present(nRef[i], "referencePopulations[" + i + "]"), "referencePopulations[" + i + "]");
        observed += Double.isNaN(x[i]) ? 0 : x[i];
        if (!Double.isNaN(xRef[i]) && !Double.isNaN(n[i])) {
          expected += xRef[i] / nRef[i] * n[i];
        }
      }
      return new Indirect(observed, expected);
    }

    Estimate estimate(double scale, String statistic, String unit, String scaleName, double scaleInput,
        ConfidenceLevel confidence) {
      Estimate.Builder builder = Estimate.builder()
          .confidence(confidence)
          .method(Rates.countMethod(observed))
          .statistic(statistic)
          .unit(unit)
          .putInputs("observed", Inputs.label(observed))
          .putInputs("expected", Inputs.label(expected))
          .putInputs(scaleName, Inputs.label(scaleInput))
          .inputSummary(Inputs.grouped(observed) + " observed, "
              + String.format(Locale.ROOT, "%,.1f", expected) + " expected");
      if (expected == 0) {
        return builder.suppressionReason("expected count is 0").build();
      }
      double factor = scale / expected;
      builder.value(observed * factor);
      return Rates.countLimits(builder, observed, factor, confidence).build();
    }
  }
}
