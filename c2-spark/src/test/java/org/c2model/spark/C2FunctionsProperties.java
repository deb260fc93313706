package org.c2model.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Proportions;
import org.c2model.metrics.stats.Rates;
import org.c2model.metrics.stats.StandardisedRates;
import org.junit.jupiter.api.Test;

/**
 * Every Spark SQL function gives what the c2-metrics method it calls gives, to the last digit, on
 * generated values: one Spark query (local[2]) per try, over a table of generated rows.
 */
class C2FunctionsProperties {

  private static final StructType COUNTS = new StructType().add("x", DataTypes.LongType).add("n", DataTypes.LongType)
      .add("level", DataTypes.DoubleType);

  private static SparkSession spark() {
    return LocalSpark.session();
  }

  @Provide
  Arbitrary<List<long[]>> counts() {
    Arbitrary<long[]> row = Combinators.combine(Arbitraries.longs().between(0, 3000),
        Arbitraries.longs().between(0, 3000), Arbitraries.of(0L, 1L)).as((x, extra, level) ->
        new long[] {x, x + extra + (x + extra == 0 ? 1 : 0), level});
    return row.list().ofMinSize(1).ofMaxSize(60);
  }

  private static Dataset<Row> table(List<long[]> rows) {
    List<Row> out = new ArrayList<>();
    for (long[] r : rows) {
      out.add(RowFactory.create(r[0], r[1], r[2] == 0 ? 0.95 : 0.998));
    }
    return spark().createDataFrame(out, COUNTS);
  }

  private static void assertEstimate(Estimate e, Row r) {
    assertEquals(e.value().isPresent() ? e.value().getAsDouble() : null, r.isNullAt(0) ? null : r.getDouble(0));
    assertEquals(e.lower().isPresent() ? e.lower().getAsDouble() : null, r.isNullAt(1) ? null : r.getDouble(1));
    assertEquals(e.upper().isPresent() ? e.upper().getAsDouble() : null, r.isNullAt(2) ? null : r.getDouble(2));
    assertEquals(e.method(), r.getString(3));
    assertEquals(e.statistic(), r.getString(4));
    assertEquals(e.confidence().level(), r.getDouble(5));
    assertEquals(e.suppressionReason().orElse(null), r.isNullAt(6) ? null : r.getString(6));
  }

  @Property(tries = 4)
  void proportionsAndWilsonLimitsAreC2Metrics(@ForAll("counts") List<long[]> rows) {
    table(rows).createOrReplaceTempView("c2_counts");
    List<Row> out = spark().sql("SELECT c2_proportion(x, n, 100, level), c2_wilson_lower(x, n, level),"
        + " c2_wilson_upper(x, n, level) FROM c2_counts").collectAsList();
    assertEquals(rows.size(), out.size());
    for (int i = 0; i < rows.size(); i++) {
      long[] r = rows.get(i);
      ConfidenceLevel level = ConfidenceLevel.of(r[2] == 0 ? 0.95 : 0.998);
      assertEstimate(Proportions.of(r[0], r[1], 100, level), out.get(i).getStruct(0));
      assertEquals(Proportions.wilsonLower(r[0], r[1], level), out.get(i).getDouble(1));
      assertEquals(Proportions.wilsonUpper(r[0], r[1], level), out.get(i).getDouble(2));
    }
  }

  @Property(tries = 4)
  void ratesAndByarsAndExactLimitsAreC2Metrics(@ForAll("counts") List<long[]> rows) {
    // the count as events, the sample size as population; from SQL and from the Dataset API
    List<Row> out = table(rows).select(C2Functions.rate(col("x"), col("n"), lit(1000), col("level")),
        org.apache.spark.sql.functions.expr("c2_byars_lower(x, level)"),
        org.apache.spark.sql.functions.expr("c2_byars_upper(x, level)"),
        org.apache.spark.sql.functions.expr("c2_exact_lower(x, level)"),
        org.apache.spark.sql.functions.expr("c2_exact_upper(x, level)")).collectAsList();
    for (int i = 0; i < rows.size(); i++) {
      long[] r = rows.get(i);
      ConfidenceLevel level = ConfidenceLevel.of(r[2] == 0 ? 0.95 : 0.998);
      Row o = out.get(i);
      assertEstimate(Rates.crude(r[0], r[1], 1000, level), o.getStruct(0));
      var byarsLower = Rates.byarsLower(r[0], level);
      assertEquals(byarsLower.isPresent() ? byarsLower.getAsDouble() : null, o.isNullAt(1) ? null : o.getDouble(1));
      assertEquals(Rates.byarsUpper(r[0], level), o.getDouble(2));
      assertEquals(Rates.exactLower(r[0], level), o.getDouble(3));
      assertEquals(Rates.exactUpper(r[0], level), o.getDouble(4));
    }
  }

  @Provide
  Arbitrary<List<double[][]>> strata() {
    Arbitrary<double[][]> area = Arbitraries.integers().between(1, 8).flatMap(k -> Combinators.combine(
        Arbitraries.integers().between(0, 300).array(int[].class).ofSize(k),
        Arbitraries.integers().between(1, 20000).array(int[].class).ofSize(k),
        Arbitraries.integers().between(1, 20000).array(int[].class).ofSize(k),
        Arbitraries.integers().between(0, 5000).array(int[].class).ofSize(k)).as((c, p, s, rc) -> {
          double[][] a = new double[5][k];
          for (int i = 0; i < k; i++) {
            a[0][i] = c[i];
            a[1][i] = p[i];
            a[2][i] = s[i];
            a[3][i] = rc[i];
            a[4][i] = p[i] * 10.0 + s[i];
          }
          return a;
        }));
    return area.list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 4)
  void standardisedRatesAreC2Metrics(@ForAll("strata") List<double[][]> areas) {
    StructType schema = new StructType();
    for (String c : List.of("c", "p", "s", "rc", "rp")) {
      schema = schema.add(c, DataTypes.createArrayType(DataTypes.DoubleType));
    }
    List<Row> in = new ArrayList<>();
    for (double[][] a : areas) {
      Object[] cols = new Object[5];
      for (int j = 0; j < 5; j++) {
        cols[j] = Arrays.stream(a[j]).boxed().toList();
      }
      in.add(RowFactory.create(cols));
    }
    spark().createDataFrame(in, schema).createOrReplaceTempView("c2_strata");
    List<Row> out = spark().sql("SELECT c2_dsr(c, p, s, 100000, 0.95), c2_isr(c, p, rc, rp, 100, 0.95),"
        + " c2_is_rate(c, p, rc, rp, 1000, 0.998) FROM c2_strata").collectAsList();
    for (int i = 0; i < areas.size(); i++) {
      double[][] a = areas.get(i);
      assertEstimate(StandardisedRates.direct(a[0], a[1], a[2], 100000, ConfidenceLevel.P95), out.get(i).getStruct(0));
      assertEstimate(StandardisedRates.indirectRatio(a[0], a[1], a[3], a[4], 100, ConfidenceLevel.P95),
          out.get(i).getStruct(1));
      assertEstimate(StandardisedRates.indirectRate(a[0], a[1], a[3], a[4], 1000, ConfidenceLevel.P99_8),
          out.get(i).getStruct(2));
    }
  }

  @Test
  void aNullArgumentGivesNullAndAnInvalidOneFailsNamingTheArgument() {
    Row r = spark().sql("SELECT c2_rate(CAST(NULL AS BIGINT), 10, 1000, 0.95), c2_wilson_lower(1, NULL, 0.95)")
        .collectAsList().get(0);
    assertNull(r.get(0));
    assertNull(r.get(1));
    Exception e = assertThrows(Exception.class,
        () -> spark().sql("SELECT c2_proportion(7, 5, 100, 0.95)").collectAsList());
    Throwable cause = e;
    StringBuilder messages = new StringBuilder();
    while (cause != null) {
      messages.append(cause.getMessage()).append('\n');
      cause = cause.getCause();
    }
    assertTrue(messages.toString().contains("numerator"), messages::toString);
    assertTrue(messages.toString().contains("7"), messages::toString);
  }

  @Test
  void registerRegistersEveryNamedFunction() {
    SparkSession spark = spark();
    for (String name : C2Functions.NAMES) {
      assertTrue(spark.catalog().functionExists(name), name);
    }
  }
}
