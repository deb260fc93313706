package org.c2model.bench.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.c2model.metrics.graph.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The network of the weak-connector benchmark: a deterministic Erdős–Rényi G(n, m) random graph
 * (m distinct ties drawn uniformly, no self-ties), the same for c2, JGraphT and igraph.
 * <p>
 * Run {@code java -cp c2-bench/target/benchmarks.jar org.c2model.bench.network.NetworkFixture FILE}
 * to write it as an edge list ("u v" per line, 0-based) for {@code igraph/betweenness.py}.
 */
public final class NetworkFixture {

  /** The seed of the generator; changing it changes every recorded number. */
  public static final long SEED = 20_110_601L;

  private final int people;
  private final int[] from;
  private final int[] to;

  private NetworkFixture(int people, int[] from, int[] to) {
    this.people = people;
    this.from = from;
    this.to = to;
  }

  /**
   * Generates the graph.
   *
   * @param people  the number of people, at least 2
   * @param ties  the number of distinct ties, at most people * (people - 1) / 2
   * @return the fixture, not null
   */
  public static NetworkFixture generate(int people, int ties) {
    if (people < 2 || (long) ties > (long) people * (people - 1) / 2) {
      throw new IllegalArgumentException("cannot place " + ties + " ties among " + people + " people");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Set<Long> seen = new HashSet<>();
    int[] from = new int[ties];
    int[] to = new int[ties];
    int count = 0;
    while (count < ties) {
      int u = random.nextInt(people);
      int v = random.nextInt(people);
      if (u == v || !seen.add((long) Math.min(u, v) << 32 | Math.max(u, v))) {
        continue;
      }
      from[count] = u;
      to[count] = v;
      count++;
    }
    return new NetworkFixture(people, from, to);
  }

  /**
   * Gets the graph as c2's compact graph.
   *
   * @return the graph, not null
   */
  public CompactGraph compact() {
    return CompactGraph.of(people, from, to);
  }

  /**
   * Gets the graph as a JGraphT simple graph of Integer vertices.
   *
   * @return the graph, not null
   */
  public Graph<Integer, DefaultEdge> jgrapht() {
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < people; v++) {
      g.addVertex(v);
    }
    for (int i = 0; i < from.length; i++) {
      g.addEdge(from[i], to[i]);
    }
    return g;
  }

  /**
   * Writes the edge list, one tie per line as {@code u v}.
   *
   * @param file  the file, not null
   */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < from.length; i++) {
          out.write(from[i] + " " + to[i]);
          out.newLine();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the benchmark's edge list.
   *
   * @param args  the file, then optionally the number of people and ties (10000 50000)
   */
  public static void main(String[] args) {
    if (args.length != 1 && args.length != 3) {
      System.err.println("usage: NetworkFixture FILE [PEOPLE TIES]");
      System.exit(2);
    }
    int people = args.length == 3 ? Integer.parseInt(args[1]) : 10_000;
    int ties = args.length == 3 ? Integer.parseInt(args[2]) : 50_000;
    generate(people, ties).write(Path.of(args[0]));
    System.out.println("wrote " + ties + " ties among " + people + " people to " + args[0]);
  }
}
