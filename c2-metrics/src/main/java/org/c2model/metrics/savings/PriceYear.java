package org.c2model.metrics.savings;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * The UK financial year whose prices a cost is expressed in, such as {@code 2013/14} (April 2013 to
 * March 2014), the price base of HM Treasury's GDP deflators and of the GMCA Unit Cost Database.
 * <p>
 * {@link #toString()} gives {@code 2013/14} and {@link #parse(CharSequence)} reads it back.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class PriceYear implements Comparable<PriceYear> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2})");

  private final int startYear;

  private PriceYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Obtains the financial year starting in April of the given year.
   *
   * @param startYear  the calendar year the financial year starts in, from 1900 to 2999
   * @return the price year, not null
   * @throws InvalidValueException if the year is out of range
   */
  public static PriceYear of(int startYear) {
    if (startYear < 1900 || startYear > 2999) {
      throw InvalidValueException.of("priceYear", "must start from 1900 to 2999", startYear);
    }
    return new PriceYear(startYear);
  }

  /**
   * Obtains a price year from text such as {@code 2013/14}.
   *
   * @param text  the text, not null
   * @return the price year, not null
   * @throws InvalidValueException if the text is not a financial year such as {@code 2013/14}
   */
  public static PriceYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) == (start + 1) % 100) {
        return of(start);
      }
    }
    throw InvalidValueException.of("priceYear", "must be a financial year such as 2013/14", "'" + text + "'");
  }

  /**
   * Gets the calendar year the financial year starts in.
   *
   * @return the year, such as 2013 for {@code 2013/14}
   */
  public int startYear() {
    return startYear;
  }

  @Override
  public int compareTo(PriceYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PriceYear && ((PriceYear) obj).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /**
   * Returns the year, such as {@code 2013/14}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
  }
}
