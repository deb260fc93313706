package org.c2model.metrics.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportingPeriodProperties {

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1, 9999);
    return Arbitraries.oneOf(
        years.map(ReportingPeriod::ofYear),
        Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(ReportingPeriod::ofQuarter),
        Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .as((y, m) -> ReportingPeriod.ofMonth(java.time.YearMonth.of(y, m))));
  }

  @Property
  void parseRoundTripsToString(@ForAll("periods") ReportingPeriod p) {
    assertEquals(p, ReportingPeriod.parse(p.toString()));
  }

  @Property
  void aPeriodIsAsLongAsItsGranularity(@ForAll("periods") ReportingPeriod p) {
    assertEquals(p.start().plusMonths(p.granularity().months()), p.end());
  }
}
