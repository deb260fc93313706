/**
 * Import of police.uk street-level crime CSV files:
 * {@link org.c2model.csv.crime.PoliceUkCrimeCsv} reads them, streaming and by header, into
 * {@link org.c2model.csv.crime.StreetCrimeCounts}: {@link org.c2model.csv.crime.CrimeCount}s by
 * LSOA, month and crime type, plus the number of rows without an LSOA. Malformed files fail with a
 * {@link org.c2model.csv.CsvImportException} naming the line and column.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.csv.crime;

import org.c2model.csv.CsvImportException;
import org.c2model.core.style.C2Style;
