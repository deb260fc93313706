package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written checks of decimal amounts and currency codes accept exactly the strings their
 * regular expressions ({@link Scalars#DECIMAL_FORM}, {@link Scalars#CURRENCY_FORM}) match.
 */
class ScalarFormProperties {

  @Provide
  Arbitrary<String> decimalLike() {
    return Arbitraries.strings().withChars("0123456789-.+eE ").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> currencyLike() {
    return Arbitraries.strings().withChars("ABCXYZabz@[0 ").ofMaxLength(4);
  }

  @Property(tries = 3000)
  void aDecimalIsPlainExactlyWhenThePatternMatchesIt(@ForAll("decimalLike") String text) {
    assertEquals(Scalars.DECIMAL_FORM.matcher(text).matches(), Scalars.isPlainDecimal(text), text);
  }

  @Property(tries = 2000)
  void aCurrencyCodeHasItsFormExactlyWhenThePatternMatchesIt(@ForAll("currencyLike") String text) {
    assertEquals(Scalars.CURRENCY_FORM.matcher(text).matches(), Scalars.isCurrencyForm(text), text);
  }

  @Example
  void edgeCasesAgreeWithThePattern() {
    for (String text : new String[] {"", "-", "0", "-0", "00", "01", "10", "1.", ".5", "1.5", "-1.50", "1.5.3", "1e3",
        "+1", "0.0", "1500.00", "GBP", "GB", "GBPX", "gbp", "G8P"}) {
      assertEquals(Scalars.DECIMAL_FORM.matcher(text).matches(), Scalars.isPlainDecimal(text), text);
      assertEquals(Scalars.CURRENCY_FORM.matcher(text).matches(), Scalars.isCurrencyForm(text), text);
    }
  }
}
