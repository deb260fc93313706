/**
 * The C2 ("Connected Communities") model: immutable domain types and the rules of the model.
 * <p>
 * The module depends on the JDK only. The Immutables annotations are read at compile time and
 * are not needed at run time ({@code requires static}).
 */
module org.c2model.core {
  requires static org.immutables.value.annotations;

  exports org.c2model.core;
  exports org.c2model.core.place;
  exports org.c2model.core.partnership;
  exports org.c2model.core.rule;
  exports org.c2model.core.governance;
  exports org.c2model.core.outcome;
  exports org.c2model.core.listening;
  exports org.c2model.core.journey;
  exports org.c2model.core.step;
  // The shared Immutables style (SOURCE retention), for c2-metrics and c2-json.
  exports org.c2model.core.style;
  // The argument checks and wire codes shared by the c2 modules, and only by them: a qualified
  // export, so they are not API. (Add org.c2model.csv here when that module exists.)
  exports org.c2model.core.internal to org.c2model.metrics, org.c2model.json, org.c2model.examples;
}
