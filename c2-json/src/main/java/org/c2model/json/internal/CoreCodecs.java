package org.c2model.json.internal;


import java.math.BigDecimal;
import java.util.Currency;
import org.c2model.core.Money;

/** The codecs of the types of {@code org.c2model.core} itself: money. */
public final class CoreCodecs {

  private CoreCodecs() {}

  /**
   * Money as its decimal amount, a string kept with its scale, and its ISO 4217 currency:
   * {@code {"amount": "1500.00", "currency": "GBP"}}. The amount is a string so that no reader
   * rounds it through a binary floating-point number.
   */
  public static final ObjectCodec<Money, Values> MONEY =
      ObjectCodec.of(Money.class, Values::new, v -> Money.of(v.<BigDecimal>get("amount"), v.<Currency>get("currency")))
          .field("amount", Scalars.DECIMAL, Money::amount, (b, v) -> b.put("amount", v))
          .field("currency", Scalars.CURRENCY, Money::currency, (b, v) -> b.put("currency", v))
          .build();
}
