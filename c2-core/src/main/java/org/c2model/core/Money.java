package org.c2model.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, such as {@code GBP 1500.00} of start-up money pledged at
 * Townstal's connecting workshop ({@code docs/c2-model.md} section 6).
 * <p>
 * The amount is a {@link BigDecimal} kept as given (a negative scale becomes 0): equality includes its scale, so
 * {@code GBP 1500} and {@code GBP 1500.00} differ, as with {@code BigDecimal.equals}. The text form
 * {@code GBP 1500.00} round-trips through {@link #parse(CharSequence)}. The amount may be negative
 * (a cost saved, a refund); types that hold a sum awarded check that it is not.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class Money implements Comparable<Money> {

  /** Pounds sterling, the currency of every UK unit cost. */
  public static final Currency GBP = Currency.getInstance("GBP");

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

  /**
   * Obtains zero in a currency.
   *
   * @param currency  the currency, not null
   * @return zero, not null
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the sum of this and another amount in the same currency.
   *
   * @param other  the amount to add, same currency, not null
   * @return the sum, not null
   * @throws InvalidValueException if the currencies differ
   */
  public Money plus(Money other) {
    return of(amount.add(same(other).amount), currency);
  }

  /**
   * Returns this amount less another in the same currency.
   *
   * @param other  the amount to subtract, same currency, not null
   * @return the difference, not null
   * @throws InvalidValueException if the currencies differ
   */
  public Money minus(Money other) {
    return of(amount.subtract(same(other).amount), currency);
  }

  /**
   * Returns this amount multiplied by a factor, exactly.
   *
   * @param factor  the factor, not null
   * @return the product, not null
   */
  public Money times(BigDecimal factor) {
    return of(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  /**
   * Returns this amount rounded half-even to the currency's minor unit (pence for GBP), for display.
   *
   * @return the rounded amount, not null
   */
  public Money rounded() {
    return of(amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN), currency);
  }

  private Money same(Money other) {
    Objects.requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw InvalidValueException.of("currency", "must be " + currency.getCurrencyCode() + " to combine with "
          + this + "; never mix currencies", other.currency.getCurrencyCode());
    }
    return other;
  }

  /**
   * Compares amounts of the same currency by value.
   *
   * @param other  the other amount, same currency, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   * @throws InvalidValueException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  @Override
  public boolean equals(Object obj) {
    // By value: GBP 1.5 equals GBP 1.50 (the text form keeps the scale it was given).
    return obj instanceof Money && ((Money) obj).currency.equals(currency)
        && ((Money) obj).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
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
