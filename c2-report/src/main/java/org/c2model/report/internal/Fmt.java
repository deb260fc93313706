package org.c2model.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.c2model.core.Money;
import org.c2model.metrics.stats.Estimate;

/** How the report writes numbers, money, estimates and codes for a reader: plain words, no {@code toString()}. */
public final class Fmt {

  private Fmt() {}

  /**
   * Writes a stable code such as {@code new_service} as words, {@code new service}.
   *
   * @param code  the code, not null
   * @return the words, not null
   */
  public static String words(String code) {
    return code.replace('_', ' ').replace('-', ' ');
  }

  /**
   * Writes a count with its noun, singular or plural, such as "1 row" or "3 rows".
   *
   * @param n  the count
   * @param singular  the noun for one
   * @param plural  the noun for any other count
   * @return the words, not null
   */
  public static String count(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }

  /**
   * Writes a date as ISO, such as 2011-06-30.
   *
   * @param date  the date, not null
   * @return the text, not null
   */
  public static String date(LocalDate date) {
    return date.toString();
  }

  /**
   * Writes money rounded to the pound with its sign and currency symbol, such as "£12,300" or "-£450".
   *
   * @param money  the amount, not null
   * @return the text, not null
   */
  public static String money(Money money) {
    BigDecimal whole = money.amount().setScale(0, RoundingMode.HALF_EVEN);
    String symbol = "GBP".equals(money.currency().getCurrencyCode()) ? "£" : money.currency().getCurrencyCode() + " ";
    return (whole.signum() < 0 ? "-" : "") + symbol + String.format(Locale.ROOT, "%,d", whole.abs().toBigInteger());
  }

  /**
   * Writes a decimal with a given number of places.
   *
   * @param x  the number
   * @param places  the decimal places, 0 or more
   * @return the text, not null
   */
  public static String number(double x, int places) {
    if (Double.isNaN(x)) {
      return "not available";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    return String.format(Locale.ROOT, "%,." + places + "f", x);
  }

  /**
   * Writes a decimal to about three significant figures (one decimal at least for rates below 100).
   *
   * @param x  the number
   * @return the text, not null
   */
  public static String sig(double x) {
    double a = Math.abs(x);
    int places = a == 0 || a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return number(x, places);
  }

  /**
   * Writes an estimate's value alone, or "not available" with the reason when suppressed.
   *
   * @param e  the estimate, not null
   * @return the text, not null
   */
  public static String value(Estimate e) {
    return e.value().isPresent() ? sig(e.value().getAsDouble()) + unit(e)
        : "not available" + e.suppressionReason().map(r -> " (" + r + ")").orElse("");
  }

  /**
   * Writes an estimate's interval, such as "95% CI 12.1 to 15.3", or empty when it has none.
   *
   * @param e  the estimate, not null
   * @return the text, empty without an interval, not null
   */
  public static String interval(Estimate e) {
    if (!e.hasInterval()) {
      return "";
    }
    return e.confidence() + " CI " + sig(e.lower().getAsDouble()) + unit(e) + " to "
        + sig(e.upper().getAsDouble()) + unit(e);
  }

  /**
   * Writes an estimate as value, interval and method, such as "13.4 (95% CI 12.1 to 15.3; Byar's method)".
   *
   * @param e  the estimate, not null
   * @return the text, not null
   */
  public static String estimate(Estimate e) {
    if (e.value().isEmpty()) {
      return value(e);
    }
    String interval = interval(e);
    return value(e) + " (" + (interval.isEmpty() ? "no interval" : interval) + "; " + e.method() + ")";
  }

  private static String unit(Estimate e) {
    return e.unit().startsWith("%") ? "%" : "";
  }

  /**
   * Writes an optional text, or a dash when absent.
   *
   * @param text  the text, not null
   * @return the text or "–", not null
   */
  public static String orDash(Optional<String> text) {
    return text.orElse("–");
  }
}
