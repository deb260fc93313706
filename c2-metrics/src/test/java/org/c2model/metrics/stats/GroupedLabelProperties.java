package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The thousands-separated labels of counts and populations ({@code Inputs.grouped}) are written
 * without a formatter for speed; they must stay exactly what {@code String.format(Locale.ROOT, "%,d")}
 * printed, since reports and golden files hold them.
 */
class GroupedLabelProperties {

  @Property
  void wholeNumbersAreGroupedAsTheFormatterGroupsThem(@ForAll long x) {
    assertEquals(String.format(Locale.ROOT, "%,d", x), Inputs.grouped(x));
  }

  @Property
  void countsBelowTheLabelLimitAreGroupedAsWholeNumbers(@ForAll @LongRange(min = -999_999_999_999_999L,
      max = 999_999_999_999_999L) long x) {
    assertEquals(String.format(Locale.ROOT, "%,d", x), Inputs.grouped((double) x));
  }

  @Example
  void boundariesOfEachGroup() {
    assertEquals("999", Inputs.grouped(999L));
    assertEquals("1,000", Inputs.grouped(1_000L));
    assertEquals("-1,000", Inputs.grouped(-1_000L));
    assertEquals("-999", Inputs.grouped(-999L));
    assertEquals("12,345,678", Inputs.grouped(12_345_678L));
    assertEquals("-9,223,372,036,854,775,808", Inputs.grouped(Long.MIN_VALUE));
    assertEquals("0.5", Inputs.grouped(0.5));
  }
}
