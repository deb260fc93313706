package org.c2model.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, such as {@code GBP 1500.00} of start-up money pledged at
 * Townstal's connecting workshop ({@code C2-DOMAIN.md} section 6).
 * <p>
 * The amount is a {@link BigDecimal} kept as given (a negative scale becomes 0): equality includes its scale, so
 * {@code GBP 1500} and {@code GBP 1500.00} differ, as with {@code BigDecimal.equals}. The text form
 * {@code GBP 1500.00} round-trips through {@link #parse(CharSequence)}. The amount may be negative
 * (a cost saved, a refund); types that hold a sum awarded check that it is not.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class Money {

  private static final Currency GBP = Currency.getInstance("GBP");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount of money.
   *
   * @param amount  the amount, not null
   * @param currency  the currency, not null
   * @return the money, not null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    // A negative scale (1E+3) would not survive the plain text form; keep whole units instead.
    return new Money(amount.scale() < 0 ? amount.setScale(0) : amount, Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Obtains an amount in pounds sterling.
   *
   * @param amount  the amount, such as {@code 1500.00}, not null
   * @return the money, not null
   */
  public static Money gbp(BigDecimal amount) {
    return of(amount, GBP);
  }

  /**
   * Obtains an amount in pounds sterling from its decimal text.
   *
   * @param amount  the amount, such as {@code "1500.00"}, not null
   * @return the money, not null
   * @throws InvalidValueException if the text is not a decimal number
   */
  public static Money gbp(String amount) {
    return gbp(decimal(Objects.requireNonNull(amount, "amount"), amount));
  }

  /**
   * Obtains money from its text form, an ISO 4217 code and a decimal amount.
   *
   * @param text  the text, such as {@code GBP 1500.00}, not null
   * @return the money, not null
   * @throws InvalidValueException if the text is not of that form or the currency is unknown
   */
  public static Money parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = s.indexOf(' ');
    if (space < 0) {
      throw InvalidValueException.of("money", "must be a currency code and an amount, such as GBP 1500.00",
          "'" + s + "'");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(s.substring(0, space));
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of("money.currency", "must be an ISO 4217 code such as GBP", "'" + s + "'");
    }
    return of(decimal(s.substring(space + 1), s), currency);
  }

  private static BigDecimal decimal(String amount, String whole) {
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("money.amount", "must be a decimal number", "'" + whole + "'");
    }
  }

  /**
   * Gets the amount.
   *
   * @return the amount, not null
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Gets the currency.
   *
   * @return the currency, not null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Checks if the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money && ((Money) obj).amount.equals(amount) && ((Money) obj).currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /**
   * Returns the text form, such as {@code GBP 1500.00}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
