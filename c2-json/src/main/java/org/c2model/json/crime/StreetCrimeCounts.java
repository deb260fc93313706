package org.c2model.json.crime;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Street-level crimes from police.uk files counted by LSOA, month and crime type, with the rows
 * that could not be counted because they have no LSOA (crimes police.uk could not locate).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StreetCrimeCounts {

  StreetCrimeCounts() {}

  /**
   * Gets the counts, ordered by LSOA, month and crime type.
   *
   * @return the counts, not null
   */
  public abstract List<CrimeCount> counts();

  /**
   * Gets the number of data rows read.
   *
   * @return the rows, not negative
   */
  public abstract long rowsRead();

  /**
   * Gets the number of rows with an empty {@code LSOA code}, which are not in {@link #counts()}.
   *
   * @return the rows without an LSOA, not negative
   */
  public abstract long rowsWithoutLsoa();

  /**
   * Gets the sum of all counts: {@link #rowsRead()} minus {@link #rowsWithoutLsoa()}.
   *
   * @return the number of crimes counted
   */
  public long crimesCounted() {
    return counts().stream().mapToLong(CrimeCount::count).sum();
  }

  static StreetCrimeCounts of(List<CrimeCount> counts, long rowsRead, long rowsWithoutLsoa) {
    return ImmutableStreetCrimeCounts.builder().addAllCounts(counts).rowsRead(rowsRead)
        .rowsWithoutLsoa(rowsWithoutLsoa).build();
  }

  /**
   * Returns a summary, such as {@code 1520 rows: 1498 crimes in 412 LSOA-month-type cells, 22 rows without an LSOA}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d rows: %d crimes in %d LSOA-month-type cells, %d rows without an LSOA",
        rowsRead(), crimesCounted(), counts().size(), rowsWithoutLsoa());
  }
}
