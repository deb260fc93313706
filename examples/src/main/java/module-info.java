/** Runnable examples of the c2 library. */
module org.c2model.examples {
  requires org.c2model.core;
  requires org.c2model.metrics;
}
