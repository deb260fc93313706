/** A user's module that depends on c2 through the BOM. */
module org.c2model.consumer {
  requires org.c2model.core;
  requires org.c2model.metrics;
}
