package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.c2model.json.DocumentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas are the output of {@link SchemaGenerator}: each is regenerated from its
 * document kind's codec and compared byte for byte with the file in
 * {@code src/main/resources/org/c2model/json/schema/}, which is never edited by hand.
 * <p>
 * After a change to a codec (a field, a description, a bound), regenerate them with
 * {@code mvn -o -q -pl c2-json test -Dtest=SchemaFilesTest -Dc2.golden.write=true} and review the diff.
 */
class SchemaFilesTest {

  private static final Path DIR = Paths.get("src/main/resources/org/c2model/json/schema");

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  /** The codec of a kind's Java type: the root object of its documents. */
  static ObjectCodec<?, ?> rootCodec(DocumentKind<?> kind) {
    return Adapters.ALL.stream().filter(c -> c.type() == kind.type()).map(c -> (ObjectCodec<?, ?>) c).findFirst()
        .orElseThrow(() -> new AssertionError("no codec in Adapters.ALL for " + kind));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schemaFile_isTheGeneratorsOutputByteForByte(DocumentKind<?> kind) throws IOException {
    String generated = SchemaGenerator.generate(kind.code(), rootCodec(kind));
    Path file = DIR.resolve(kind.code() + ".schema.json");
    if (Boolean.getBoolean("c2.golden.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
        () -> file + " differs from what its codec generates; regenerate it with -Dc2.golden.write=true");
    assertEquals(kind.schema(), generated, "the schema in the jar is the generated one");
  }
}
