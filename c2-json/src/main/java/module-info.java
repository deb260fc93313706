/**
 * Versioned JSON documents for the c2 types, as a Jackson module.
 * <p>
 * {@link org.c2model.json.C2Json} reads and writes documents; {@link org.c2model.json.C2Module} is
 * the Jackson module behind it, found by {@code ObjectMapper.findAndRegisterModules()}. The JSON
 * Schemas of the document kinds ship in {@code org/c2model/json/schema/}.
 */
module org.c2model.json {
  requires transitive org.c2model.core;
  requires transitive org.c2model.metrics;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports org.c2model.json;
  // org.c2model.json.internal (serializers, deserializers, property names) is not exported.

  // The schemas in org/c2model/json/schema/ are read through DocumentKind.schema(), so their
  // resource package needs no opens.

  provides com.fasterxml.jackson.databind.Module with org.c2model.json.C2Module;
}
