/**
 * CSV import: indicator observations, such as the files public sources publish per indicator
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: long-term indicators tracked
 * at sub-ward level), unit costs and deflators for invest-to-save, and the parser under every CSV
 * reader of c2.
 * <p>
 * Guided tour: {@link org.c2model.csv.CsvRecords} is the one strict RFC 4180 parser (UTF-8, a byte
 * order mark allowed, quoted line breaks, decimal-digit numbers, no record longer than its header);
 * {@link org.c2model.csv.ObservationCsv} reads a header-driven file once, streaming, into a list for
 * {@code ObservationSource.of} or into the columnar store of
 * {@code org.c2model.metrics.indicator.store}; {@link org.c2model.csv.UnitCostCsv} and
 * {@link org.c2model.csv.DeflatorCsv} read the tables of {@code org.c2model.metrics.savings}. Every
 * failure is an {@link org.c2model.csv.CsvImportException} naming the source, line and column.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
package org.c2model.csv;
