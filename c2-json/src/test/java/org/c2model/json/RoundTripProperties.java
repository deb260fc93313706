package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every document kind, the reports c2 computes included, survives write, read, write unchanged, also
 * through a plain mapper that finds the module.
 */
class RoundTripProperties {

  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper TREES = C2Json.newMapper();

  @Provide
  Arbitrary<Object> documents() {
    return DomainArbitraries.readableDocuments();
  }

  @Property(tries = 1000)
  void writeThenReadGivesAnEqualValueAndTheSameText(@ForAll("documents") Object document) {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    Statistics.label("kind").collect(kind.code());
    String json = C2Json.write(document);
    Object read = C2Json.read(kind, json);
    assertEquals(document, read);
    assertEquals(json, C2Json.write(read));
    Statistics.label("kind").coverage(c -> {
      for (DocumentKind<?> k : DocumentKind.all()) {
        if (k.isReadable()) {
          // jqwik's edge cases favour the first kind; every kind still gets a fair share
          c.check(k.code()).percentage(p -> p >= 2);
        }
      }
    });
  }

  @Property(tries = 300)
  void aLenientReadOfAWrittenDocumentHasNoWarnings(@ForAll("documents") Object document) {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    LenientRead<?> read = C2Json.readLenient(kind, C2Json.write(document));
    assertEquals(document, read.value());
    assertFalse(read.hasWarnings());
  }

  @Property(tries = 300)
  void aMapperThatFindsTheModuleWritesAndReadsTheSameDocuments(@ForAll("documents") Object document) throws Exception {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    String compact = FOUND.writeValueAsString(document);
    JsonNode expected = FOUND.readTree(C2Json.write(document));
    assertEquals(expected, FOUND.readTree(compact));
    assertEquals(document, FOUND.readValue(compact, kind.type()));
  }
}
