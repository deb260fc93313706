#!/usr/bin/python3
"""Times igraph (Debian package python3-igraph, C core) on the network of c2's NetworkBenchmark.

Betweenness (unweighted, undirected, raw: each pair counted once, as in c2) and articulation
points on the 10,000-person / 50,000-tie graph written by NetworkFixture.

    /usr/bin/python3 c2-bench/igraph/betweenness.py [EDGE_FILE] [--check]

Without EDGE_FILE it writes c2-bench/target/network-10000-50000.edges first with
`java -cp c2-bench/target/benchmarks.jar org.c2model.bench.network.NetworkFixture`.
With --check it also prints the five highest betweenness scores, to compare with c2's.
Use /usr/bin/python3: the python on PATH may be another installation without igraph.
"""
import os
import subprocess
import sys
import time

import igraph

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)


def edge_file(args):
    paths = [a for a in args if not a.startswith("--")]
    if paths:
        return paths[0]
    path = os.path.join(BENCH, "target", "network-10000-50000.edges")
    if not os.path.exists(path):
        jar = os.path.join(BENCH, "target", "benchmarks.jar")
        subprocess.run(["java", "-cp", jar, "org.c2model.bench.network.NetworkFixture", path], check=True)
    return path


def main(args):
    path = edge_file(args)
    graph = igraph.Graph.Read_Edgelist(path, directed=False)
    print(f"igraph {igraph.__version__}: {graph.vcount()} people, {graph.ecount()} ties from {path}")
    runs = []
    for run in range(4):  # one warm-up, three measured, like the JMH benchmark
        start = time.perf_counter()
        scores = graph.betweenness(directed=False)
        cut = graph.articulation_points()
        elapsed = time.perf_counter() - start
        label = "warm-up" if run == 0 else f"run {run}"
        print(f"{label}: {elapsed * 1000:.0f} ms (betweenness + {len(cut)} articulation points)")
        if run > 0:
            runs.append(elapsed)
    print(f"igraph mean of {len(runs)}: {sum(runs) / len(runs) * 1000:.0f} ms")
    if "--check" in args:
        top = sorted(range(len(scores)), key=lambda v: -scores[v])[:5]
        print("top betweenness:", ", ".join(f"{v}={scores[v]:.6f}" for v in top))


if __name__ == "__main__":
    main(sys.argv[1:])
