package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * An amount of money in an explicit currency, such as {@code GBP 109.00}.
 * <p>
 * The amount keeps its full precision (discounting gives long decimals); {@link #toString()} rounds
 * to the currency's minor unit for display only. Arithmetic across currencies is refused. Two
 * amounts are equal when they are numerically equal in the same currency ({@code 1.0} equals
 * {@code 1.00}).
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class Money implements Comparable<Money> {

  /** The pound sterling, the currency of every UK appraisal. */
  public static final Currency GBP = Currency.getInstance("GBP");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount in a currency.
   *
   * @param amount  the amount, not null
   * @param currency  the currency, not null
   * @return the money, not null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Obtains an amount in pounds sterling from its decimal text.
   *
   * @param amount  the amount, such as {@code 109.00}, not null
   * @return the money, not null
   * @throws InvalidValueException if the text is not a decimal number
   */
  public static Money gbp(String amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return of(new BigDecimal(amount), GBP);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("amount", "must be a decimal number", "'" + amount + "'");
    }
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
   * Gets the amount, at full precision.
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
   * Returns the sum of this and another amount in the same currency.
   *
   * @param other  the other amount, not null
   * @return the sum, not null
   * @throws InvalidValueException if the currencies differ
   */
  public Money plus(Money other) {
    return of(amount.add(same(other).amount), currency);
  }

  /**
   * Returns this amount minus another in the same currency.
   *
   * @param other  the other amount, not null
   * @return the difference, not null
   * @throws InvalidValueException if the currencies differ
   */
  public Money minus(Money other) {
    return of(amount.subtract(same(other).amount), currency);
  }

  /**
   * Returns this amount multiplied exactly by a factor.
   *
   * @param factor  the factor, not null
   * @return the product, not null
   */
  public Money times(BigDecimal factor) {
    return of(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  /**
   * Checks if the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private Money same(Money other) {
    Objects.requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw InvalidValueException.of("currency", "must be " + currency.getCurrencyCode(), other.currency);
    }
    return other;
  }

  /**
   * Compares amounts in the same currency.
   *
   * @param other  the other amount, not null
   * @return negative, zero or positive as this is less than, equal to or more than the other
   * @throws InvalidValueException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money && ((Money) obj).currency.equals(currency)
        && ((Money) obj).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /**
   * Returns the amount rounded to the currency's minor unit, such as {@code GBP 1234.57}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " "
        + amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN).toPlainString();
  }
}
