/**
 * The c2 metrics engine: public-health statistics with confidence intervals, indicator change,
 * invest-to-save and community network analysis, evaluated over c2-core's model.
 */
module org.c2model.metrics {
  requires transitive org.c2model.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires org.apache.commons.statistics.distribution;

  exports org.c2model.metrics.stats;
  exports org.c2model.metrics.indicator;
  exports org.c2model.metrics.indicator.store;
  exports org.c2model.metrics.savings;
  exports org.c2model.metrics.evaluation;
  exports org.c2model.metrics.programme;
  exports org.c2model.metrics.network;
  exports org.c2model.metrics.graph;
  exports org.c2model.metrics.synth;
}
