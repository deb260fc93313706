package org.c2model.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one Spark session: local mode on two cores, as on CI, shared by every test class, with c2's functions registered. */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("c2-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          // tiny tables: interpreting the plans is faster than compiling them (same results)
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      C2Functions.register(session);
    }
    return session;
  }
}
