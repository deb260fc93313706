package org.c2model.json.internal;


import com.fasterxml.jackson.databind.node.ObjectNode;
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
          .describedAs("Money: a decimal amount as a string in plain notation (kept with its scale, never a JSON "
              + "number) and an ISO 4217 currency, such as {\"amount\": \"1500.00\", \"currency\": \"GBP\"}.")
          .field("amount", Scalars.DECIMAL, Money::amount, (b, v) -> b.put("amount", v))
          .field("currency", Scalars.CURRENCY, Money::currency, (b, v) -> b.put("currency", v))
          .build();

  /**
   * The schema constraint, beside a reference to money, of money that is not negative: an amount
   * without a minus sign, as the builders of costs and funding check.
   */
  static final ObjectNode NOT_NEGATIVE = SchemaGenerator.node("amount",
      SchemaGenerator.node("pattern", Scalars.anchored(Scalars.DECIMAL_FORM).replace("^-?", "^")));
}
