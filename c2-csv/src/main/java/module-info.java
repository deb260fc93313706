/**
 * Every CSV import of c2 on one strict RFC 4180 parser ({@link org.c2model.csv.CsvRecords}):
 * indicator observations, police.uk street-level crime, unit costs and deflators. Every failure is a
 * {@link org.c2model.csv.CsvImportException} naming the source, line and column.
 */
module org.c2model.csv {
  requires transitive org.c2model.core;
  requires transitive org.c2model.metrics;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;

  exports org.c2model.csv;
  exports org.c2model.csv.crime;
}
