package org.c2model.csv.crime;

import java.time.YearMonth;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.immutables.value.Value;

/**
 * The number of street-level crimes police.uk recorded in one LSOA, month and crime type, such as
 * {@code E01020136 2024-01 Anti-social behaviour: 7}.
 * <p>
 * The crime type is the text of the file's {@code Crime type} column, kept as data: the categories
 * change over time (police.uk API documentation, crime categories).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CrimeCount implements Comparable<CrimeCount> {

  CrimeCount() {}

  /**
   * Gets the LSOA the crimes were mapped to.
   *
   * @return the area code, not null
   */
  @Value.Parameter
  public abstract AreaCode lsoa();

  /**
   * Gets the month.
   *
   * @return the month, not null
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * Gets the crime type, such as {@code Violence and sexual offences}.
   *
   * @return the crime type, not blank
   */
  @Value.Parameter
  public abstract String crimeType();

  /**
   * Gets the number of crimes.
   *
   * @return the count, positive
   */
  @Value.Parameter
  public abstract long count();

  /**
   * Obtains a count.
   *
   * @param lsoa  the LSOA, not null
   * @param month  the month, not null
   * @param crimeType  the crime type, not blank
   * @param count  the count, positive
   * @return the count, not null
   * @throws InvalidValueException if the crime type is blank or the count not positive
   */
  public static CrimeCount of(AreaCode lsoa, YearMonth month, String crimeType, long count) {
    return ImmutableCrimeCount.of(lsoa, month, crimeType, count);
  }

  @Value.Check
  void check() {
    if (crimeType().isBlank()) {
      throw InvalidValueException.of("crimeType", "must not be blank", "'" + crimeType() + "'");
    }
    if (count() <= 0) {
      throw InvalidValueException.of("count", "must be positive", count());
    }
  }

  /**
   * Compares by LSOA, then month, then crime type.
   *
   * @param other  the other count, not null
   * @return the comparison
   */
  @Override
  public int compareTo(CrimeCount other) {
    int c = lsoa().compareTo(other.lsoa());
    if (c == 0) {
      c = month().compareTo(other.month());
    }
    return c != 0 ? c : crimeType().compareTo(other.crimeType());
  }

  /**
   * Returns a one-line summary, such as {@code E01020136 2024-01 Anti-social behaviour: 7}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return lsoa() + " " + month() + " " + crimeType() + ": " + count();
  }
}
