package org.c2model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```java} block of the repository's README.md through the JShell API, as a
 * reader pastes it line by line into the JShell the README's one-liner starts (the jshell tool's
 * default imports, then {@code examples/jshell/c2.jsh}, the c2 class path, the repository root as
 * working directory), each block in a fresh JShell.
 * <p>
 * A block fails if a snippet does not compile, refers to something undefined, or throws; and where
 * a comment quotes output ({@code // "SIMILAR"}), the quoted text must appear in what the block
 * printed or in the values of its snippets.
 */
class ReadmeSnippetsTest {

  /** The repository root: the examples module's parent directory. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** The jshell tool's DEFAULT start-up imports (the README's one-liner keeps them). */
  private static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
      "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
      "java.util.regex.*", "java.util.stream.*");

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  /** A fenced java block: where it starts in README.md, and its text. */
  record Block(int line, String code) {}

  static List<Block> javaBlocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i + 1;
        StringBuilder code = new StringBuilder();
        for (i = start; !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        blocks.add(new Block(start + 1, code.toString()));
      }
    }
    return blocks;
  }

  /** The quoted texts in the comments of a block: the output it promises. */
  static List<String> promises(String code) {
    List<String> promised = new ArrayList<>();
    for (String line : code.split("\n")) {
      int comment = line.indexOf("// ");
      if (comment >= 0) {
        Matcher m = QUOTED.matcher(line.substring(comment));
        while (m.find()) {
          promised.add(m.group(1));
        }
      }
    }
    return promised;
  }

  private static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();
  private static PrintStream out;
  private static JShell jshell;

  /**
   * Starts one JShell as the README's one-liner does; each block then starts from its start-up
   * state (its own snippets are dropped after it), which is a fresh session without the cost of one.
   */
  @BeforeAll
  static void startJShell() throws IOException {
    String classpath = System.getProperty("c2.classpath");
    assertTrue(classpath != null && !classpath.isBlank(), "the build passes the c2 class path as c2.classpath");
    out = new PrintStream(PRINTED, true, StandardCharsets.UTF_8);
    jshell = JShell.builder().out(out).err(out).remoteVMOptions("-Duser.dir=" + ROOT).build();
    jshell.addToClasspath(classpath);
    for (String snippet : startup()) {
      check("start-up", snippet, new ArrayList<>());
    }
  }

  @AfterAll
  static void stopJShell() {
    if (jshell != null) {
      jshell.close();
    }
    if (out != null) {
      out.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadme_runsInJShellAndPrintsWhatItPromises() throws IOException {
    List<Block> blocks = javaBlocks(Files.readAllLines(ROOT.resolve("README.md")));
    assertTrue(blocks.size() >= 7, "README.md has its java blocks: " + blocks.size());
    return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> run(b)));
  }

  /** The snippets a reader's JShell has run before the first paste. */
  static List<String> startup() throws IOException {
    List<String> startup = new ArrayList<>();
    DEFAULT_IMPORTS.forEach(i -> startup.add("import " + i + ";"));
    Files.readAllLines(ROOT.resolve("examples/jshell/c2.jsh")).stream()
        .filter(l -> l.startsWith("import ")).forEach(startup::add);
    return startup;
  }

  private static void run(Block block) {
    List<String> values = new ArrayList<>();
    out.flush();
    PRINTED.reset();
    try {
      // Pasted line by line: a snippet runs as soon as its lines form a complete one, as in jshell.
      String pending = "";
      int line = block.line();
      for (String text : block.code().split("\n")) {
        pending = pending.isEmpty() ? text : pending + "\n" + text;
        SourceCodeAnalysis.CompletionInfo info;
        while (!pending.isBlank() && (info = jshell.sourceCodeAnalysis().analyzeCompletion(pending)).completeness()
            .isComplete()) {
          check("README.md line " + line, info.source(), values);
          pending = info.remaining();
        }
        line++;
      }
      String rest = pending;
      assertTrue(rest.isBlank(), () -> "README.md block at line " + block.line() + " ends incomplete: " + rest);
    } finally {
      // Back to the start-up state: the next block must not lean on this one's variables.
      jshell.snippets().filter(s -> s.kind() != Snippet.Kind.IMPORT).forEach(jshell::drop);
    }
    out.flush();
    String haystack = PRINTED.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", values);
    for (String promise : promises(block.code())) {
      assertTrue(haystack.contains(promise), () -> "README.md block at line " + block.line() + " promises '"
          + promise + "' but printed:\n" + haystack);
    }
  }

  private static void check(String where, String source, List<String> values) {
    for (SnippetEvent event : jshell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;   // an update of an earlier snippet, not this one
      }
      Snippet snippet = event.snippet();
      if (event.status() != Snippet.Status.VALID) {
        String diagnostics = jshell.diagnostics(snippet).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
        String unresolved = snippet instanceof jdk.jshell.DeclarationSnippet d
            ? jshell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "";
        fail(where + ": " + event.status() + " '" + source.strip() + "': " + diagnostics
            + (unresolved.isEmpty() ? "" : " undefined: " + unresolved));
      }
      if (event.exception() != null) {
        fail(where + ": '" + source.strip() + "' threw " + event.exception());
      }
      if (event.value() != null) {
        values.add(event.value());
      }
    }
  }

  @Test
  void c2jsh_importsEveryPackageTheC2ModulesExport() throws IOException {
    TreeSet<String> exported = new TreeSet<>();
    for (String module : List.of("c2-core", "c2-metrics", "c2-json", "c2-csv", "c2-report")) {
      Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;")
          .matcher(Files.readString(ROOT.resolve(module).resolve("src/main/java/module-info.java")));
      while (m.find()) {
        exported.add(m.group(1));
      }
    }
    assertFalse(exported.isEmpty());
    TreeSet<String> imported = Files.readAllLines(ROOT.resolve("examples/jshell/c2.jsh")).stream()
        .map(l -> l.strip().matches("import (org\\.c2model\\.[\\w.]+)\\.\\*;") ? l.strip().substring(7, l.strip().length() - 3) : null)
        .filter(p -> p != null).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(exported, imported, "c2.jsh imports exactly the exported c2 packages");
  }

  @Test
  void brokenSnippets_fail() {
    // A chain continued by a line starting with "." runs its first line alone, then fails, as in jshell.
    assertThrows(AssertionError.class, () -> run(new Block(1, "var b = new StringBuilder()\n    .append(1);\n")));
    assertThrows(AssertionError.class, () -> run(new Block(1, "Journey j = Journey.of(partnership, LocalDate.of(2009, 2, 1));\n")));
    assertThrows(AssertionError.class, () -> run(new Block(1, "C2Json.read(DocumentKind.JOURNEY, Path.of(\"townstal-journey.json\"));\n")));
    assertThrows(AssertionError.class, () -> run(new Block(1, "System.out.println(1);   // \"2\"\n")));
    run(new Block(1, "System.out.println(1);   // \"1\"\n"));
  }

  @Test
  void promises_areTheQuotedTextsOfComments() {
    assertEquals(List.of("SIMILAR", "a b"), promises("x(\"not a promise\");   // \"SIMILAR\", then \"a b\"\n// plain\n"));
  }
}
