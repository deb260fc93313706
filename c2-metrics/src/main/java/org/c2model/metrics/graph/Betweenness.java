package org.c2model.metrics.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.c2model.core.InvalidValueException;

/**
 * Betweenness centrality of every node of a {@link CompactGraph}: how many shortest paths between
 * other people pass through a person. Weak connectors (<i>Positively Local</i> sec. 3;
 * {@code docs/c2-model.md} section 3) sit on many
 * such paths.
 * <p>
 * The algorithm is Brandes' (U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2), 2001, pp. 163-177): one single-source shortest-path search per node,
 * breadth-first for {@link TieDistance#HOPS} and Dijkstra's with a binary heap for
 * {@link TieDistance#INVERSE_STRENGTH}, followed by the dependency accumulation in reverse order of
 * distance. It takes {@code O(nm)} time unweighted and {@code O(nm + n^2 log n)} weighted.
 * <p>
 * <b>Scale.</b> The raw score counts each unordered pair {@code {s, t}} once (the convention of
 * NetworkX's {@code normalized=False} and igraph's undirected betweenness). The normalised score
 * divides by the number of pairs that exclude the node, {@code (n-1)(n-2)/2}, as NetworkX's
 * {@code normalized=True} does, so it lies in [0, 1].
 * <p>
 * <b>Weighted paths.</b> Two weighted paths are equally short only when their lengths are exactly
 * equal as doubles, as in NetworkX; with strengths whose inverses are not exact binary fractions
 * (such as 3), paths that are equal on paper may be counted as one shorter than the other.
 * <p>
 * <b>Parallelism and determinism.</b> Sources are split into a fixed number of contiguous chunks
 * that depends only on the node count. Each chunk accumulates into its own partial array, and the
 * partials are summed in chunk order. The result is therefore bit-identical for every parallelism,
 * including 1 (which runs in the caller's thread). Graphs small enough that starting threads would
 * cost more than the search (under about a million steps, such as one partnership's network) are
 * searched in the caller's thread whatever the parallelism, chunk by chunk in the same order.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Betweenness {

  /** The most chunks the sources are split into; also bounds the partial arrays held at once. */
  private static final int MAX_CHUNKS = 64;
  /** Bounds partial-array memory to about 32 MiB for very large graphs (chunks * n doubles). */
  private static final int PARTIAL_BUDGET = 1 << 22;
  /**
   * The {@link #work} below which the sources are searched in the caller's thread whatever the
   * parallelism: a network the size of a neighbourhood's partnership is measured in far less time
   * than it takes to start threads.
   */
  static final long SEQUENTIAL_BELOW = 1 << 20;

  private Betweenness() {}

  /**
   * Computes raw betweenness, using every available processor.
   *
   * @param graph  the graph, not null
   * @param distance  how long a tie is, not null
   * @return the raw betweenness of each node, indexed by node, not null
   */
  public static double[] raw(CompactGraph graph, TieDistance distance) {
    return raw(graph, distance, defaultParallelism());
  }

  /**
   * Computes raw betweenness with a chosen number of threads.
   *
   * @param graph  the graph, not null
   * @param distance  how long a tie is, not null
   * @param parallelism  the number of threads, at least 1; 1 runs in the caller's thread
   * @return the raw betweenness of each node, indexed by node, not null
   * @throws InvalidValueException if parallelism is less than 1
   */
  public static double[] raw(CompactGraph graph, TieDistance distance, int parallelism) {
    return run(graph, distance, parallelism).betweenness;
  }

  /**
   * Computes normalised betweenness, in [0, 1], with a chosen number of threads.
   *
   * @param graph  the graph, not null
   * @param distance  how long a tie is, not null
   * @param parallelism  the number of threads, at least 1
   * @return the normalised betweenness of each node, indexed by node, not null
   * @throws InvalidValueException if parallelism is less than 1
   */
  public static double[] normalised(CompactGraph graph, TieDistance distance, int parallelism) {
    double[] raw = raw(graph, distance, parallelism);
    double scale = scale(graph.nodeCount());
    for (int v = 0; v < raw.length; v++) {
      raw[v] *= scale;
    }
    return raw;
  }

  /**
   * Gets the factor that turns raw into normalised betweenness, {@code 2 / ((n-1)(n-2))}.
   *
   * @param nodeCount  the number of nodes, not negative
   * @return the factor, 1 for fewer than three nodes (whose betweenness is always 0)
   */
  public static double scale(int nodeCount) {
    return nodeCount <= 2 ? 1.0 : 2.0 / ((double) (nodeCount - 1) * (nodeCount - 2));
  }

  /**
   * Gets the default parallelism, the number of available processors.
   *
   * @return the parallelism, at least 1
   */
  public static int defaultParallelism() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Raw betweenness plus, for hop distances, the sum of distances over reachable ordered pairs. */
  public static final class Result {
    final double[] betweenness;
    final long hopSum;
    final long reachablePairs;

    Result(double[] betweenness, long hopSum, long reachablePairs) {
      this.betweenness = betweenness;
      this.hopSum = hopSum;
      this.reachablePairs = reachablePairs;
    }

    /**
     * Gets the raw betweenness of each node.
     *
     * @return a new array, not null
     */
    public double[] betweenness() {
      return betweenness.clone();
    }

    /**
     * Gets the sum of hop distances over reachable ordered pairs of distinct nodes.
     *
     * @return the sum, not negative
     */
    public long hopSum() {
      return hopSum;
    }

    /**
     * Gets the number of reachable ordered pairs of distinct nodes.
     *
     * @return the count, not negative
     */
    public long reachablePairs() {
      return reachablePairs;
    }
  }

  /**
   * Computes the raw betweenness of every node in one pass, with the hop-distance totals the
   * network summary needs (mean distance within components).
   *
   * @param graph  the graph, not null
   * @param distance  how ties are turned into distances, not null
   * @param parallelism  the number of threads, at least 1
   * @return the result, not null
   */
  public static Result run(CompactGraph graph, TieDistance distance, int parallelism) {
    return run(graph, distance, parallelism, SEQUENTIAL_BELOW);
  }

  /**
   * As {@link #run(CompactGraph, TieDistance, int)}, running in the caller's thread when the work
   * ({@link #work}) is below {@code sequentialBelow}; 0 always uses the threads asked for.
   */
  static Result run(CompactGraph graph, TieDistance distance, int parallelism, long sequentialBelow) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(distance, "distance");
    if (parallelism < 1) {
      throw InvalidValueException.of("parallelism", "must be at least 1", parallelism);
    }
    int n = graph.nodeCount();
    boolean weighted = distance == TieDistance.INVERSE_STRENGTH && graph.isWeighted();
    int chunks = chunkCount(n);
    double[] total = new double[n];
    long hopSum = 0;
    long pairs = 0;
    if (parallelism == 1 || chunks == 1 || work(graph) < sequentialBelow) {
      // One workspace and one partial array for every chunk, each partial added in chunk order as below.
      Workspace workspace = new Workspace(graph, weighted);
      Chunk chunk = new Chunk(n);
      for (int c = 0; c < chunks; c++) {
        chunk.clear();
        compute(graph, weighted, range(n, chunks, c), range(n, chunks, c + 1), chunk, workspace);
        add(total, chunk.partial);
        hopSum += chunk.hopSum;
        pairs += chunk.pairs;
      }
    } else {
      List<Callable<Chunk>> tasks = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        int from = range(n, chunks, c);
        int to = range(n, chunks, c + 1);
        tasks.add(() -> compute(graph, weighted, from, to, new Chunk(n), new Workspace(graph, weighted)));
      }
      for (Chunk chunk : execute(tasks, parallelism)) {
        add(total, chunk.partial);
        hopSum += chunk.hopSum;
        pairs += chunk.pairs;
      }
    }
    for (int v = 0; v < n; v++) {
      total[v] *= 0.5;
    }
    return new Result(total, weighted ? -1 : hopSum, weighted ? -1 : pairs);
  }

  /**
   * The work of one betweenness computation, {@code n (n + 2m)}: below {@link #SEQUENTIAL_BELOW} it
   * takes well under a millisecond, less than starting the threads would.
   */
  static long work(CompactGraph graph) {
    return (long) graph.nodeCount() * (graph.nodeCount() + graph.targets().length);
  }

  private static int range(int n, int chunks, int c) {
    return (int) ((long) n * c / chunks);
  }

  private static void add(double[] total, double[] partial) {
    for (int v = 0; v < total.length; v++) {
      total[v] += partial[v];
    }
  }

  private static Chunk compute(CompactGraph graph, boolean weighted, int from, int to, Chunk chunk,
      Workspace workspace) {
    return weighted ? dijkstraChunk(graph, from, to, chunk, workspace) : bfsChunk(graph, from, to, chunk, workspace);
  }

  static int chunkCount(int n) {
    return Math.max(1, Math.min(Math.min(MAX_CHUNKS, n), PARTIAL_BUDGET / Math.max(1, n)));
  }

  /** Runs the tasks and returns their results in task order. */
  static <T> List<T> execute(List<Callable<T>> tasks, int parallelism) {
    List<T> results = new ArrayList<>(tasks.size());
    if (parallelism == 1 || tasks.size() <= 1) {
      for (Callable<T> task : tasks) {
        try {
          results.add(task.call());
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return results;
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(parallelism, tasks.size()));
    try {
      for (Future<T> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing network measures", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
  }

  private static final class Chunk {
    final double[] partial;
    long hopSum;
    long pairs;

    Chunk(int n) {
      this.partial = new double[n];
    }

    void clear() {
      Arrays.fill(partial, 0);
      hopSum = 0;
      pairs = 0;
    }
  }

  /**
   * The arrays of the searches from one chunk's sources; every search leaves them as it found them
   * (distances unset, path counts and dependencies zero), so chunks run one after another may share them.
   */
  private static final class Workspace {
    final double[] sigma;
    final double[] delta;
    final int[] queue;
    final int[] dist;
    final int[] predecessors;
    final int[] predecessorEnd;
    final double[] length;
    final double[] weightedDist;
    final MinHeap heap;

    Workspace(CompactGraph graph, boolean weighted) {
      int n = graph.nodeCount();
      int arcs = graph.targets().length;
      sigma = new double[n];
      delta = new double[n];
      queue = new int[n];
      if (weighted) {
        dist = null;
        predecessors = null;
        predecessorEnd = null;
        length = new double[arcs];
        for (int a = 0; a < arcs; a++) {
          length[a] = 1.0 / graph.weightOf(a);
        }
        weightedDist = new double[n];
        Arrays.fill(weightedDist, Double.POSITIVE_INFINITY);
        heap = new MinHeap(n, weightedDist);
      } else {
        dist = new int[n];
        Arrays.fill(dist, -1);
        predecessors = new int[arcs];
        predecessorEnd = new int[n];
        length = null;
        weightedDist = null;
        heap = null;
      }
    }
  }

  /**
   * Brandes with breadth-first search, for the sources {@code from .. to-1}. The forward search
   * records each node's predecessors on shortest paths in a flat array laid out like the graph's
   * rows (a node has at most its degree of them), so the backward pass reads only those.
   */
  private static Chunk bfsChunk(CompactGraph graph, int from, int to, Chunk chunk, Workspace workspace) {
    int[] offsets = graph.offsets();
    int[] targets = graph.targets();
    double[] partial = chunk.partial;
    int[] dist = workspace.dist;
    double[] sigma = workspace.sigma;
    double[] delta = workspace.delta;
    int[] queue = workspace.queue;
    int[] predecessors = workspace.predecessors;
    int[] predecessorEnd = workspace.predecessorEnd;
    for (int s = from; s < to; s++) {
      dist[s] = 0;
      sigma[s] = 1;
      predecessorEnd[s] = offsets[s];
      queue[0] = s;
      int head = 0;
      int tail = 1;
      while (head < tail) {
        int v = queue[head++];
        int next = dist[v] + 1;
        double sv = sigma[v];
        for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
          int w = targets[a];
          int dw = dist[w];
          if (dw < 0) {
            dist[w] = next;
            queue[tail++] = w;
            sigma[w] = sv;
            predecessors[offsets[w]] = v;
            predecessorEnd[w] = offsets[w] + 1;
          } else if (dw == next) {
            sigma[w] += sv;
            predecessors[predecessorEnd[w]++] = v;
          }
        }
      }
      long hops = 0;
      for (int i = tail - 1; i > 0; i--) {
        int w = queue[i];
        hops += dist[w];
        double coefficient = (1 + delta[w]) / sigma[w];
        for (int k = offsets[w], end = predecessorEnd[w]; k < end; k++) {
          int v = predecessors[k];
          delta[v] += sigma[v] * coefficient;
        }
        partial[w] += delta[w];
      }
      chunk.hopSum += hops;
      chunk.pairs += tail - 1;
      for (int i = 0; i < tail; i++) {
        int v = queue[i];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    return chunk;
  }

  /** Brandes with Dijkstra's algorithm (indexed binary heap), for the sources {@code from .. to-1}. */
  private static Chunk dijkstraChunk(CompactGraph graph, int from, int to, Chunk chunk, Workspace workspace) {
    int[] offsets = graph.offsets();
    int[] targets = graph.targets();
    double[] length = workspace.length;
    double[] partial = chunk.partial;
    double[] dist = workspace.weightedDist;
    double[] sigma = workspace.sigma;
    double[] delta = workspace.delta;
    int[] order = workspace.queue;
    MinHeap heap = workspace.heap;
    for (int s = from; s < to; s++) {
      dist[s] = 0;
      sigma[s] = 1;
      heap.insert(s);
      int settled = 0;
      while (!heap.isEmpty()) {
        int v = heap.poll();
        order[settled++] = v;
        double dv = dist[v];
        double sv = sigma[v];
        for (int a = offsets[v], end = offsets[v + 1]; a < end; a++) {
          int w = targets[a];
          double alt = dv + length[a];
          if (alt < dist[w]) {
            boolean queued = dist[w] != Double.POSITIVE_INFINITY;
            dist[w] = alt;
            sigma[w] = sv;
            if (queued) {
              heap.decreased(w);
            } else {
              heap.insert(w);
            }
          } else if (alt == dist[w]) {
            sigma[w] += sv;
          }
        }
      }
      for (int i = settled - 1; i > 0; i--) {
        int w = order[i];
        double dw = dist[w];
        double coefficient = (1 + delta[w]) / sigma[w];
        for (int a = offsets[w], end = offsets[w + 1]; a < end; a++) {
          int v = targets[a];
          if (dist[v] < dw && dist[v] + length[a] == dw) {
            delta[v] += sigma[v] * coefficient;
          }
        }
        partial[w] += delta[w];
      }
      for (int i = 0; i < settled; i++) {
        int v = order[i];
        dist[v] = Double.POSITIVE_INFINITY;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    return chunk;
  }

  /** A binary min-heap of node ids keyed by a shared distance array, with decrease-key. */
  private static final class MinHeap {
    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    MinHeap(int n, double[] key) {
      this.heap = new int[Math.max(1, n)];
      this.position = new int[Math.max(1, n)];
      this.key = key;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void insert(int node) {
      heap[size] = node;
      position[node] = size;
      siftUp(size++);
    }

    void decreased(int node) {
      siftUp(position[node]);
    }

    int poll() {
      int top = heap[0];
      int last = heap[--size];
      if (size > 0) {
        heap[0] = last;
        position[last] = 0;
        siftDown(0);
      }
      return top;
    }

    private void siftUp(int i) {
      int node = heap[i];
      double k = key[node];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        int p = heap[parent];
        if (key[p] <= k) {
          break;
        }
        heap[i] = p;
        position[p] = i;
        i = parent;
      }
      heap[i] = node;
      position[node] = i;
    }

    private void siftDown(int i) {
      int node = heap[i];
      double k = key[node];
      int half = size >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        int right = child + 1;
        if (right < size && key[heap[right]] < key[heap[child]]) {
          child = right;
        }
        if (k <= key[heap[child]]) {
          break;
        }
        heap[i] = heap[child];
        position[heap[i]] = i;
        i = child;
      }
      heap[i] = node;
      position[node] = i;
    }
  }
}
