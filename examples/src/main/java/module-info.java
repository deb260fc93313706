/** Runnable examples of the c2 library. */
module org.c2model.examples {
  requires org.c2model.core;
  requires org.c2model.metrics;
  requires org.c2model.json;
  requires info.picocli;
  requires org.c2model.csv;
  requires org.c2model.report;

  opens org.c2model.examples.crm;
  opens org.c2model.examples.cli to info.picocli;
}
