package org.c2model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the JShell scripts of {@code examples/jshell} non-interactively, as a researcher would, with
 * the c2 class path the README tells them to build, and checks what they print.
 */
class JShellScriptsTest {

  private static final Path JSHELL_DIR = Path.of("jshell");

  /** Runs JShell on the start-up script and then the given scripts; returns standard output. */
  static String runJShell(String... scripts) throws IOException, InterruptedException {
    String classpath = System.getProperty("c2.classpath");
    assertTrue(classpath != null && !classpath.isBlank(), "the build passes the c2 class path as c2.classpath");
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path", classpath,
        "-R-Dc2.examples=" + Path.of("").toAbsolutePath(),
        "--startup", "DEFAULT", JSHELL_DIR.resolve("c2.jsh").toString()));
    for (String script : scripts) {
      command.add(script.contains("/") ? script : JSHELL_DIR.resolve(script).toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "jshell finished");
    assertEquals(0, process.exitValue(), out);
    assertTrue(!out.contains("|  Error:") && !out.contains("Exception"), out);
    return out;
  }

  @Test
  void townstalScript_loadsTheJourneyAndEvaluatesIt() throws Exception {
    String out = runJShell("townstal.jsh");
    assertTrue(out.contains("frontier: step 6 Taking action"), out);
    assertTrue(out.contains("belonging (pilot-survey, 2010-09-30): 72.0% (95% CI 52.4% to 85.7%, Wilson; 18 of 25)"), out);
    assertTrue(out.contains("asb-incidents: 85.5 to 52.3 per 1,000 population per year"), out);
    assertTrue(out.contains("down by 39%"), out);
    assertTrue(out.contains("components"), out);
  }

  @Test
  void townstalScript_leavesTheSessionOpenWhenOpened(@TempDir Path dir) throws Exception {
    // "/open examples/jshell/townstal.jsh" must not end the reader's session: a script after it still runs.
    Path after = Files.writeString(dir.resolve("after.jsh"), "System.out.println(\"still open: \" + journey.start());\n");
    String out = runJShell("townstal.jsh", after.toString());
    assertTrue(out.contains("still open: "), out);
    for (String script : List.of("c2.jsh", "townstal.jsh", "governance.jsh")) {
      assertTrue(Files.readAllLines(JSHELL_DIR.resolve(script)).stream().noneMatch(l -> l.strip().equals("/exit")), script);
    }
  }

  @Test
  void governanceScript_printsTheMajorityFinding() throws Exception {
    String out = runJShell("governance.jsh");
    assertTrue(out.contains("ERROR   Governance:ResidentMajority at /board/members"), out);
    assertTrue(out.contains("residents 4, agency representatives 5"), out);
  }
}
