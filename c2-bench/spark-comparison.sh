#!/usr/bin/env bash
# The plain timed comparison of issue 19 (c2-bench/README.md, "c2-spark against the columnar store"):
# builds the benchmark jar, then runs SparkComparison with Spark on the class path and the JVM flags
# Spark needs on JDK 17. Arguments go to SparkComparison: the master (local[2]) and the shuffle
# partitions (4). Extra Maven options (such as -Dmaven.repo.local=...) come from MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp ${MAVEN_ARGS:-} -Pbench -pl c2-bench -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Dinvoker.skip=true
mvn -q -B -ntp ${MAVEN_ARGS:-} -pl c2-spark dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/spark.classpath
exec java @c2-bench/target/spark-jvm.args -Xmx8g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "c2-bench/target/benchmarks.jar:$(cat c2-spark/target/spark.classpath)" \
  org.c2model.bench.indicator.SparkComparison "$@"
