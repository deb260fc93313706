package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties every interval of the package keeps, for proportions (Wilson) and rates (exact and Byar's). */
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
}
