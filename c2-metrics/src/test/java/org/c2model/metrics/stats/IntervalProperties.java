package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.c2model.core.InvalidValueException;

/**
 * Properties every interval of the package keeps: proportions (Wilson), crude rates (exact and
 * Byar's), directly standardised rates (Dobson, independent and non-independent events),
 * indirectly standardised ratios and rates, Student's t means, and the change estimates (rate
 * ratio, percentage change, ratio of rate ratios, difference in differences).
 * <p>
 * For each: the interval contains the point estimate whenever it is not suppressed; it widens, or
 * stays, as the confidence rises (95% to 99.8%, and any two levels); rate-type limits are not
 * negative; and suppression happens exactly where the reference suppresses
 * ({@code docs/statistics.md}). The generators keep to the reference's input rules: DSR
 * populations above 0 and standard populations 0 or more (with a positive total); ISR populations
 * 0 or more and reference populations above 0; integer counts 0 or more.
 */
class IntervalProperties {

  @Provide
  Arbitrary<ConfidenceLevel> levels() {
    return Arbitraries.doubles().between(0.9, 0.9995).ofScale(6).map(ConfidenceLevel::of);
  }

  @Property(tries = 300)
  void wilsonIntervalContainsTheProportionAndStaysWithinZeroAndOne(@ForAll @IntRange(min = 1, max = 100000) int n,
      @ForAll @IntRange(min = 0, max = 100000) int xSeed, @ForAll("levels") ConfidenceLevel level) {
    int x = xSeed % (n + 1);
    Estimate e = Proportions.of(x, n, 1, level);
    double p = e.value().getAsDouble();
    double lower = e.lower().getAsDouble();
    double upper = e.upper().getAsDouble();
    assertTrue(0 <= lower && lower <= p && p <= upper && upper <= 1, e::toString);
  }

  @Property(tries = 300)
  void rateIntervalContainsTheRateAndIsNotNegative(@ForAll @IntRange(min = 0, max = 1000000) int events,
      @ForAll @IntRange(min = 1, max = 10000000) int population, @ForAll("levels") ConfidenceLevel level) {
    Estimate e = Rates.crude(events, population, 100000, level);
    assertTrue(e.hasInterval(), e::toString);
    assertTrue(0 <= e.lower().getAsDouble(), e::toString);
    assertTrue(e.contains(e.value().getAsDouble()), e::toString);
    assertTrue(Double.isFinite(e.upper().getAsDouble()), e::toString);
  }

  @Property(tries = 300)
  void intervalsWidenAsConfidenceRises(@ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 5000) int xSeed, @ForAll("levels") ConfidenceLevel a,
      @ForAll("levels") ConfidenceLevel b) {
    Assume.that(a.level() < b.level());
    int x = xSeed % (n + 1);
    Estimate narrow = Proportions.of(x, n, 1, a);
    Estimate wide = Proportions.of(x, n, 1, b);
    assertTrue(wide.lower().getAsDouble() <= narrow.lower().getAsDouble(), () -> narrow + " / " + wide);
    assertTrue(wide.upper().getAsDouble() >= narrow.upper().getAsDouble(), () -> narrow + " / " + wide);
    assertTrue(width(wide) > width(narrow), () -> narrow + " / " + wide);
    Estimate narrowRate = Rates.crude(x, n, 1000, a);
    Estimate wideRate = Rates.crude(x, n, 1000, b);
    assertTrue(wideRate.lower().getAsDouble() <= narrowRate.lower().getAsDouble(), () -> narrowRate + " / " + wideRate);
    assertTrue(wideRate.upper().getAsDouble() > narrowRate.upper().getAsDouble(), () -> narrowRate + " / " + wideRate);
  }

  @Property(tries = 300)
  void intervalsNarrowAsTheDenominatorGrowsWithTheSameProportion(@ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 5000) int xSeed, @ForAll @IntRange(min = 2, max = 20) int k,
      @ForAll("levels") ConfidenceLevel level) {
    int x = xSeed % (n + 1);
    Estimate small = Proportions.of(x, n, 1, level);
    Estimate large = Proportions.of((long) k * x, (long) k * n, 1, level);
    assertTrue(width(large) < width(small), () -> small + " / " + large);
    Estimate smallRate = Rates.crude(x, n, 1000, level);
    Estimate largeRate = Rates.crude((long) k * x, (long) k * n, 1000, level);
    assertTrue(width(largeRate) < width(smallRate), () -> smallRate + " / " + largeRate);
  }

  @Property(tries = 200)
  void zeroAndFullCountsGiveFiniteIntervals(@ForAll @IntRange(min = 1, max = 1000000) int n,
      @ForAll("levels") ConfidenceLevel level) {
    for (Estimate e : new Estimate[] {Proportions.of(0, n, 100, level), Proportions.of(n, n, 100, level),
        Rates.crude(0, n, 1000, level), Rates.crude(n, n, 1000, level)}) {
      assertTrue(e.hasInterval() && Double.isFinite(e.lower().getAsDouble())
          && Double.isFinite(e.upper().getAsDouble()) && e.contains(e.value().getAsDouble()), e::toString);
    }
  }

  @Property(tries = 200)
  void funnelLimitsContainTheCentreAndWidenWithConfidence(@ForAll @IntRange(min = 1, max = 999) int permille,
      @ForAll @IntRange(min = 1, max = 1000000) int n) {
    double average = permille / 1000.0;
    ControlLimits inner = Funnels.proportion(average, n, 100, ConfidenceLevel.P95);
    ControlLimits outer = Funnels.proportion(average, n, 100, ConfidenceLevel.P99_8);
    assertTrue(inner.lower() <= inner.centre() && inner.centre() <= inner.upper(), inner::toString);
    assertTrue(outer.lower() <= inner.lower() && inner.upper() <= outer.upper(), () -> inner + " / " + outer);
    ControlLimits rate = Funnels.rate(permille, n, 1000, ConfidenceLevel.P95);
    assertTrue(rate.lower() <= rate.centre() && rate.centre() <= rate.upper(), rate::toString);
  }

  private static double width(Estimate e) {
    return e.upper().getAsDouble() - e.lower().getAsDouble();
  }

  // ---- directly standardised rate (Dobson) ----

  /** One standardisation stratum (age band): events, population above 0, standard population. */
  record Stratum(int count, int population, int standard) {}

  @Provide
  Arbitrary<List<Stratum>> dsrStrata() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 100000),
        Arbitraries.integers().between(0, 10000)).as(Stratum::new).list().ofMinSize(1).ofMaxSize(19);
  }

  @Property(tries = 300)
  void dsrIsSuppressedExactlyWhenTheTotalCountIsBelowTen(@ForAll("dsrStrata") List<Stratum> strata,
      @ForAll("levels") ConfidenceLevel level) {
    if (strata.stream().mapToInt(Stratum::standard).sum() == 0) {
      // every weight 0/0: rejected, naming the field, whatever the counts
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> dsr(strata, level));
      assertEquals(Optional.of("standardPopulations"), e.field(), e::getMessage);
      return;
    }
    Estimate e = dsr(strata, level);
    int total = strata.stream().mapToInt(Stratum::count).sum();
    assertEquals(total < StandardisedRates.DSR_MINIMUM_COUNT, e.isSuppressed(), e::toString);
    assertEquals(total >= StandardisedRates.DSR_MINIMUM_COUNT, e.hasInterval(), e::toString);
  }

  @Property(tries = 300)
  void dsrIntervalContainsTheRateAndWidensWithConfidence(@ForAll("dsrStrata") List<Stratum> strata,
      @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    Assume.that(strata.stream().mapToInt(Stratum::standard).sum() > 0);
    Assume.that(strata.stream().mapToInt(Stratum::count).sum() >= StandardisedRates.DSR_MINIMUM_COUNT);
    Function<ConfidenceLevel, Estimate> at = level -> dsr(strata, level);
    assertContainsAndWidens(at, a, b);
    for (ConfidenceLevel level : new ConfidenceLevel[] {a, b}) {
      Estimate e = at.apply(level);
      assertTrue(e.value().getAsDouble() >= 0 && e.upper().getAsDouble() >= 0, e::toString);
    }
  }

  /**
   * Dobson's lower limit is {@code DSR - √(var/O)(O - O_lower)}; by Cauchy-Schwarz
   * {@code √(var/O) >= DSR/O}, with equality when every stratum has the same weight {@code s/n}.
   * So the lower limit is {@code w O_lower >= 0} with equal weights, but can fall below zero when
   * the weights are very uneven ({@link #dsrLowerLimitCanBeNegativeWithVeryUnevenWeights}); the
   * reference does not truncate it, and neither does c2.
   */
  @Property(tries = 300)
  void dsrLowerLimitIsNotNegativeWhenStrataShareOneWeight(
      @ForAll @Size(min = 1, max = 19) List<@IntRange(min = 0, max = 60) Integer> counts,
      @ForAll @IntRange(min = 1, max = 5000) int population, @ForAll @IntRange(min = 1, max = 20) int k,
      @ForAll("levels") ConfidenceLevel level) {
    Assume.that(counts.stream().mapToInt(Integer::intValue).sum() >= StandardisedRates.DSR_MINIMUM_COUNT);
    List<Stratum> strata = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      int n = population * (i + 1);
      strata.add(new Stratum(counts.get(i), n, k * n));
    }
    Estimate e = dsr(strata, level);
    assertTrue(e.lower().getAsDouble() >= 0 && e.contains(e.value().getAsDouble()), e::toString);
  }

  @Example
  void dsrLowerLimitCanBeNegativeWithVeryUnevenWeights() {
    // weights s/n of 1,000 and 0.0001: DSR 0.500005, lower limit -0.432 (as the reference computes)
    Estimate e = StandardisedRates.direct(new double[] {1, 100}, new double[] {1, 1e7},
        new double[] {1000, 1000}, 1, ConfidenceLevel.P95);
    assertEquals(0.500005, e.value().getAsDouble(), 1e-12);
    assertEquals(-0.43213170591, e.lower().getAsDouble(), 1e-9);
  }

  /** Non-independent events: the people with f events in one stratum (f from 1 to 4). */
  record FrequencyRow(int frequency, int stratum, int persons) {}

  @Provide
  Arbitrary<List<FrequencyRow>> frequencyRows() {
    return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 20)).as(FrequencyRow::new).list().ofMinSize(1).ofMaxSize(24)
        .uniqueElements(r -> List.of(r.frequency(), r.stratum()));
  }

  @Property(tries = 300)
  void nonIndependentDsrIsSuppressedExactlyWhenTheEventTotalIsBelowTenAndOtherwiseContainsTheRate(
      @ForAll("frequencyRows") List<FrequencyRow> rows,
      @ForAll @Size(6) List<@IntRange(min = 1, max = 50000) Integer> populations,
      @ForAll @Size(6) List<@IntRange(min = 0, max = 10000) Integer> standards,
      @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    int events = rows.stream().mapToInt(r -> r.frequency() * r.persons()).sum();
    Function<ConfidenceLevel, Estimate> at = level -> nonIndependentDsr(rows, populations, standards, level);
    if (rows.stream().mapToInt(r -> standards.get(r.stratum())).sum() == 0) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> at.apply(a));
      assertEquals(Optional.of("standardPopulations"), e.field(), e::getMessage);
      return;
    }
    // some strata may have a standard population of 0: they weigh nothing, and the rest decide
    Estimate e = at.apply(a);
    assertEquals(events < StandardisedRates.DSR_MINIMUM_COUNT, e.isSuppressed(), e::toString);
    if (!e.isSuppressed()) {
      assertContainsAndWidens(at, a, b);
      assertTrue(e.value().getAsDouble() >= 0 && e.upper().getAsDouble() >= 0, e::toString);
    }
  }

  // ---- indirectly standardised ratio and rate ----

  /** One stratum of an indirect standardisation. */
  record IndirectStratum(int count, int population, int referenceCount, int referencePopulation) {}

  @Provide
  Arbitrary<List<IndirectStratum>> indirectStrata() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 100000),
        Arbitraries.integers().between(0, 10000), Arbitraries.integers().between(1, 1000000))
        .as(IndirectStratum::new).list().ofMinSize(1).ofMaxSize(19);
  }

  @Property(tries = 300)
  void isrIsSuppressedExactlyWhenNothingIsExpectedAndOtherwiseContainsTheValue(
      @ForAll("indirectStrata") List<IndirectStratum> strata, @ForAll("levels") ConfidenceLevel a,
      @ForAll("levels") ConfidenceLevel b) {
    boolean nothingExpected = strata.stream().allMatch(s -> s.referenceCount() == 0 || s.population() == 0);
    List<Function<ConfidenceLevel, Estimate>> estimates = List.of(level -> indirect(strata, true, level),
        level -> indirect(strata, false, level));
    for (Function<ConfidenceLevel, Estimate> at : estimates) {
      Estimate e = at.apply(a);
      assertEquals(nothingExpected, e.isSuppressed(), e::toString);
      if (!nothingExpected) {
        assertTrue(e.hasInterval() && e.lower().getAsDouble() >= 0, e::toString);
        assertContainsAndWidens(at, a, b);
      }
    }
  }

  // ---- mean (Student's t) ----

  @Property(tries = 300)
  void meanIntervalContainsTheMeanAndWidensWithConfidence(
      @ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = -1000, max = 1000) Double> values,
      @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    assertContainsAndWidens(level -> Means.studentT(x, level), a, b);
  }

  @Property(tries = 200)
  void meanIsSuppressedExactlyWhereAValueIsMissingAndHasNoIntervalForOneValue(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1000, max = 1000) Double> values,
      @ForAll @IntRange(min = -1, max = 29) int missingAt, @ForAll("levels") ConfidenceLevel level) {
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    boolean missing = missingAt >= 0 && missingAt < x.length;
    if (missing) {
      x[missingAt] = Double.NaN;
    }
    Estimate e = Means.studentT(x, level);
    assertEquals(missing, e.isSuppressed(), e::toString);
    assertEquals(!missing && x.length > 1, e.hasInterval(), e::toString);
  }

  // ---- change: rate ratio, percentage change, ratio of rate ratios, difference in differences ----

  @Provide
  Arbitrary<EventCount> counts() {
    return Combinators.combine(Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(1, 1000000))
        .as(EventCount::of);
  }

  @Property(tries = 300)
  void rateRatioAndPercentageChangeAreSuppressedExactlyWhenACountIsZero(@ForAll("counts") EventCount before,
      @ForAll("counts") EventCount after, @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    boolean zero = before.events() == 0 || after.events() == 0;
    Function<ConfidenceLevel, Estimate> ratio = level -> Change.rateRatio(after, before, level);
    Function<ConfidenceLevel, Estimate> percent = level -> Change.percentageChange(before, after, level);
    assertEquals(zero, ratio.apply(a).isSuppressed(), () -> ratio.apply(a).toString());
    assertEquals(zero, percent.apply(a).isSuppressed(), () -> percent.apply(a).toString());
    if (!zero) {
      assertContainsAndWidens(ratio, a, b);
      assertContainsAndWidens(percent, a, b);
      assertTrue(ratio.apply(a).lower().getAsDouble() >= 0, () -> ratio.apply(a).toString());
      assertTrue(percent.apply(a).lower().getAsDouble() >= -100, () -> percent.apply(a).toString());
    }
  }

  @Property(tries = 300)
  void ratioOfRateRatiosIsSuppressedExactlyWhenACountIsZeroAndOtherwiseContainsTheValue(
      @ForAll("counts") EventCount targetBefore, @ForAll("counts") EventCount targetAfter,
      @ForAll("counts") EventCount comparatorBefore, @ForAll("counts") EventCount comparatorAfter,
      @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    boolean zero = targetBefore.events() == 0 || targetAfter.events() == 0 || comparatorBefore.events() == 0
        || comparatorAfter.events() == 0;
    Function<ConfidenceLevel, Estimate> at =
        level -> Change.ratioOfRateRatios(targetBefore, targetAfter, comparatorBefore, comparatorAfter, level);
    Estimate e = at.apply(a);
    assertEquals(zero, e.isSuppressed(), e::toString);
    if (!zero) {
      assertTrue(e.lower().getAsDouble() >= 0, e::toString);
      assertContainsAndWidens(at, a, b);
    }
  }

  @Property(tries = 300)
  void differenceInDifferencesIsNeverSuppressedAndItsIntervalContainsItAndWidens(
      @ForAll("counts") EventCount targetBefore, @ForAll("counts") EventCount targetAfter,
      @ForAll("counts") EventCount comparatorBefore, @ForAll("counts") EventCount comparatorAfter,
      @ForAll("levels") ConfidenceLevel a, @ForAll("levels") ConfidenceLevel b) {
    Function<ConfidenceLevel, Estimate> at = level -> Change.differenceInDifferences(targetBefore, targetAfter,
        comparatorBefore, comparatorAfter, 1000, level);
    assertFalse(at.apply(a).isSuppressed(), () -> at.apply(a).toString());
    assertContainsAndWidens(at, a, b);
  }

  // ---- helpers ----

  /**
   * Asserts that the intervals at both levels contain the value, and that the interval at 99.8%
   * holds the one at 95%, as does the one at the higher of the two levels.
   */
  private static void assertContainsAndWidens(Function<ConfidenceLevel, Estimate> at, ConfidenceLevel a,
      ConfidenceLevel b) {
    ConfidenceLevel low = a.compareTo(b) <= 0 ? a : b;
    ConfidenceLevel high = low == a ? b : a;
    assertNested(at.apply(ConfidenceLevel.P95), at.apply(ConfidenceLevel.P99_8));
    assertNested(at.apply(low), at.apply(high));
  }

  private static void assertNested(Estimate narrow, Estimate wide) {
    for (Estimate e : new Estimate[] {narrow, wide}) {
      assertTrue(e.hasInterval() && e.contains(e.value().getAsDouble()), e::toString);
    }
    assertEquals(narrow.value().getAsDouble(), wide.value().getAsDouble(), () -> narrow + " / " + wide);
    assertTrue(wide.lower().getAsDouble() <= narrow.lower().getAsDouble(), () -> narrow + " / " + wide);
    assertTrue(wide.upper().getAsDouble() >= narrow.upper().getAsDouble(), () -> narrow + " / " + wide);
  }

  private static Estimate dsr(List<Stratum> strata, ConfidenceLevel level) {
    return StandardisedRates.direct(strata.stream().mapToDouble(Stratum::count).toArray(),
        strata.stream().mapToDouble(Stratum::population).toArray(),
        strata.stream().mapToDouble(Stratum::standard).toArray(), 100000, level);
  }

  private static Estimate nonIndependentDsr(List<FrequencyRow> rows, List<Integer> populations,
      List<Integer> standards, ConfidenceLevel level) {
    return StandardisedRates.directNonIndependent(
        rows.stream().map(r -> "band" + r.stratum()).toArray(String[]::new),
        rows.stream().mapToInt(FrequencyRow::frequency).toArray(),
        rows.stream().mapToDouble(FrequencyRow::persons).toArray(),
        rows.stream().mapToDouble(r -> populations.get(r.stratum())).toArray(),
        rows.stream().mapToDouble(r -> standards.get(r.stratum())).toArray(), 100000, level);
  }

  private static Estimate indirect(List<IndirectStratum> strata, boolean ratio, ConfidenceLevel level) {
    double[] x = strata.stream().mapToDouble(IndirectStratum::count).toArray();
    double[] n = strata.stream().mapToDouble(IndirectStratum::population).toArray();
    double[] xRef = strata.stream().mapToDouble(IndirectStratum::referenceCount).toArray();
    double[] nRef = strata.stream().mapToDouble(IndirectStratum::referencePopulation).toArray();
    return ratio ? StandardisedRates.indirectRatio(x, n, xRef, nRef, 100, level)
        : StandardisedRates.indirectRate(x, n, xRef, nRef, 1000, level);
  }
}
