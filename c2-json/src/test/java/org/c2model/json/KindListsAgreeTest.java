package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.c2model.json.internal.Adapters;
import org.c2model.json.internal.Codec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DocumentKind#all()} is the one list of document kinds; the other places that name every
 * kind agree with it: the codec registered for its type in {@code Adapters.ALL}, its golden value
 * and golden file, its generator and its generated schema. A kind added to one of them only fails
 * here, naming what is missing.
 */
class KindListsAgreeTest {

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindHasItsCodecGoldenValueGoldenFileGeneratorAndSchema(DocumentKind<?> kind) throws Exception {
    List<Codec<?>> codecs = Adapters.ALL.stream().filter(c -> c.type() == kind.type()).collect(Collectors.toList());
    assertEquals(1, codecs.size(), () -> kind + ": the codecs of " + kind.type().getSimpleName() + " in Adapters.ALL");
    assertTrue(kind.type().isInstance(GoldenDocuments.of(kind)), () -> kind + ": GoldenDocuments.of");
    try (InputStream in = KindListsAgreeTest.class.getResourceAsStream(GoldenFileTest.resource(kind))) {
      assertNotNull(in, () -> kind + ": golden file " + GoldenFileTest.resource(kind));
    }
    Object generated = DomainArbitraries.forKind(kind).sample();
    assertTrue(kind.type().isInstance(generated), () -> kind + ": DomainArbitraries.forKind");
    assertTrue(kind.schema().contains("\"const\": \"" + kind.code() + "\""), () -> kind + ": schema");
  }

  /**
   * The fuzzer starts from the golden file of each kind: a seed left behind when the format moves on
   * is a document the reader refuses, and fuzzing from it explores only the rejection.
   */
  @ParameterizedTest
  @MethodSource("kinds")
  void theFuzzSeedOfEveryReadableKindIsItsGoldenFile(DocumentKind<?> kind) throws Exception {
    if (!kind.isReadable()) {
      return;
    }
    String seed = GoldenFileTest.fuzzSeed(kind);
    try (InputStream golden = KindListsAgreeTest.class.getResourceAsStream(GoldenFileTest.resource(kind));
        InputStream fuzz = KindListsAgreeTest.class.getResourceAsStream(seed)) {
      assertNotNull(fuzz, () -> kind + ": fuzz seed " + seed);
      assertArrayEquals(golden.readAllBytes(), fuzz.readAllBytes(),
          () -> kind + ": the fuzz seed " + seed + " is not the golden file; copy it over");
    }
  }

  @Test
  void theKindsHaveDistinctCodesAndTypes() {
    assertEquals(DocumentKind.all().size(), DocumentKind.all().stream().map(DocumentKind::code).distinct().count());
    assertEquals(DocumentKind.all().size(), DocumentKind.all().stream().map(DocumentKind::type).distinct().count());
  }
}
