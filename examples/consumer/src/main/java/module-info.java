/** A user's module that depends on c2 through the BOM. */
module org.c2model.consumer {
  requires org.c2model.core;
  requires org.c2model.metrics;
  requires org.c2model.json;
  requires org.c2model.report;

  // Finds C2Module through c2-json's "provides" clause, as ObjectMapper.findAndRegisterModules() does.
  uses com.fasterxml.jackson.databind.Module;
}
