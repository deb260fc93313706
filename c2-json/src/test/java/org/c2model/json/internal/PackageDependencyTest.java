package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The machinery does not depend on the public API package: {@code org.c2model.json} uses
 * {@code org.c2model.json.internal}, never the other way round, so the two packages form no cycle.
 * Checked on the compiled classes, whose constant pools name every class they use.
 */
class PackageDependencyTest {

  private static final Pattern API_CLASS = Pattern.compile("org/c2model/json/[A-Z][A-Za-z0-9_$]*");

  @Test
  void internalClassesUseNoClassOfThePublicPackage() throws IOException, URISyntaxException {
    Path classes = Paths.get(Warnings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path internal = classes.resolve("org/c2model/json/internal");
    assertTrue(Files.isDirectory(internal), "compiled classes are read from a directory: " + classes);
    TreeSet<String> uses = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(internal)) {
      files = s.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertTrue(files.size() > 20, "found only " + files.size() + " classes in " + internal);
    for (Path f : files) {
      Matcher m = API_CLASS.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      while (m.find()) {
        uses.add(f.getFileName() + " -> " + m.group());
      }
    }
    assertEquals(new TreeSet<>(), uses);
  }
}
