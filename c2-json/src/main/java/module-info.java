/** Versioned JSON documents for the c2 types, as a Jackson module. */
module org.c2model.json {
  requires transitive org.c2model.core;
  requires transitive org.c2model.metrics;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.c2model.json.csv;
}
