package org.c2model.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.bench.network.NetworkFixture;

/**
 * The igraph peer of the network benchmark, run as a subprocess in the same run: it writes the
 * benchmark's graph as an edge list and times {@code igraph/betweenness.py} (Debian's
 * {@code python3-igraph}, C core, one thread) on it, echoing the script's output.
 */
final class IgraphPeer {

  private static final Pattern MEAN = Pattern.compile("igraph mean of \\d+: (\\d+) ms");

  private final Path script;
  private final String python;

  private IgraphPeer(Path script, String python) {
    this.script = script;
    this.python = python;
  }

  /**
   * Finds the script: {@code c2-bench/igraph/betweenness.py} under the working directory (the
   * repository root), or the path in system property {@code c2.bench.igraph}.
   *
   * @return the peer, or null with a reason printed if the script or igraph is missing
   */
  static IgraphPeer find() {
    Path script = Path.of(System.getProperty("c2.bench.igraph", "c2-bench/igraph/betweenness.py"));
    String python = "/usr/bin/python3";
    if (!Files.isRegularFile(script)) {
      System.out.println("igraph peer skipped: no " + script.toAbsolutePath() + " (run from the repository root)");
      return null;
    }
    try {
      Process check = new ProcessBuilder(python, "-c", "import igraph").redirectErrorStream(true).start();
      check.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      if (check.waitFor() != 0) {
        System.out.println("igraph peer skipped: " + python + " cannot import igraph (apt-get install python3-igraph)");
        return null;
      }
    } catch (IOException e) {
      System.out.println("igraph peer skipped: cannot run " + python + ": " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return new IgraphPeer(script, python);
  }

  /**
   * Times igraph on the benchmark's graph of {@code people} people and five ties each.
   *
   * @param people  the number of people
   * @return the mean milliseconds of the measured runs, empty if the script failed
   * @throws IOException if the edge list cannot be written or the script cannot start
   * @throws InterruptedException if interrupted while waiting for the script
   */
  OptionalDouble time(int people) throws IOException, InterruptedException {
    Path edges = Files.createTempFile("c2-bench-network-" + people + "-", ".edges");
    try {
      NetworkFixture.generate(people, 5 * people).write(edges);
      Process p = new ProcessBuilder(python, script.toString(), edges.toString()).redirectErrorStream(true).start();
      OptionalDouble mean = OptionalDouble.empty();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          System.out.println("  " + line);
          Matcher m = MEAN.matcher(line);
          if (m.find()) {
            mean = OptionalDouble.of(Double.parseDouble(m.group(1)));
          }
        }
      }
      return p.waitFor() == 0 ? mean : OptionalDouble.empty();
    } finally {
      Files.deleteIfExists(edges);
    }
  }
}
