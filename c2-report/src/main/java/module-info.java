/**
 * The evaluation report a board reads, as a library: one self-contained HTML file (inline CSS,
 * server-side SVG charts, no network access needed) rendered from precompiled jte templates that
 * escape by default, CSV files of every table, and the community network as GraphML and GEXF.
 */
module org.c2model.report {
  requires transitive org.c2model.core;
  requires transitive org.c2model.metrics;
  requires gg.jte.runtime;
  requires java.xml;
  requires static org.immutables.value.annotations;
  // The generated template classes carry @javax.annotation.processing.Generated (compile time only).
  requires static java.compiler;

  exports org.c2model.report;
  // The precompiled templates are loaded by the jte runtime by name, and read the view model.
  opens org.c2model.report.templates to gg.jte.runtime;
}
