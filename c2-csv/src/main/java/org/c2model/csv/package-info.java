/**
 * CSV import of indicator observations, such as the files public sources publish per indicator
 * ({@code C2-DOMAIN.md} section 5: long-term indicators tracked at sub-ward level).
 * <p>
 * Guided tour: {@link org.c2model.csv.ObservationCsv} reads a header-driven CSV file once,
 * streaming, into a list for {@code ObservationSource.of} or into the columnar store of
 * {@code org.c2model.metrics.indicator.store}; every failure is an
 * {@link org.c2model.csv.CsvImportException} naming the line and column.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
package org.c2model.csv;
