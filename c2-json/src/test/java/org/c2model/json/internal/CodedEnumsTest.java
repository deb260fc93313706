package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.c2model.core.Coded;
import org.junit.jupiter.api.Test;

/**
 * Every code of every enum on the wire, against a golden list: renaming a Java constant, or
 * changing a code, fails here, because a published code is never changed within a major format
 * version. After adding a constant or an enum, regenerate the list with
 * {@code mvn -pl c2-json test -Dtest=CodedEnumsTest -Dc2.golden.write=true} (run from the
 * repository root; the file is written under {@code c2-json/src/test/resources}) and review the
 * diff: only additions are allowed.
 */
class CodedEnumsTest {

  private static final String GOLDEN = "/org/c2model/json/enum-codes.txt";

  /** The enums that codecs write: the types of the registered codecs and of every object codec's fields. */
  private static Set<Class<?>> wireEnums() {
    Set<Class<?>> enums = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    List<Codec<?>> codecs = new ArrayList<>(Adapters.ALL);
    CodecCoverageTest.objectCodecs().forEach(oc -> oc.fields().forEach(f -> codecs.add(f.codec)));
    for (Codec<?> c : codecs) {
      if (c.type().isEnum()) {
        enums.add(c.type());
      }
    }
    return enums;
  }

  private static String listing() {
    TreeMap<String, String> lines = new TreeMap<>();
    for (Class<?> type : wireEnums()) {
      assertTrue(Coded.class.isAssignableFrom(type), type.getName() + " is written but does not declare its codes (Coded)");
      lines.put(type.getName().replace('$', '.'), Stream.of(type.getEnumConstants())
          .map(e -> ((Enum<?>) e).name() + "=" + ((Coded) e).code()).collect(Collectors.joining(" ")));
    }
    StringBuilder sb = new StringBuilder();
    lines.forEach((type, codes) -> sb.append(type).append(": ").append(codes).append('\n'));
    return sb.toString();
  }

  @Test
  void everyCodeOfEveryWireEnumIsTheGoldenOne() throws IOException {
    String now = listing();
    if (Boolean.getBoolean("c2.golden.write")) {
      Files.writeString(Paths.get("src/test/resources" + GOLDEN), now, StandardCharsets.UTF_8);
      return;
    }
    String golden;
    try (InputStream in = CodedEnumsTest.class.getResourceAsStream(GOLDEN)) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(golden, now);
  }

  @Test
  void noTwoConstantsOfAnEnumShareACode() {
    for (Class<?> type : wireEnums()) {
      List<String> codes = Stream.of(type.getEnumConstants()).map(e -> ((Coded) e).code()).toList();
      assertEquals(codes.size(), new TreeSet<>(codes).size(), type.getName() + ": " + codes);
    }
  }
}
