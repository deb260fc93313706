package org.c2model.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Proportions;
import org.c2model.metrics.stats.Rates;
import org.c2model.metrics.stats.StandardisedRates;

/**
 * The PHE statistics of c2-metrics as Spark SQL functions, registered by one call, so an analyst
 * writes {@code SELECT c2_rate(events, population, 1000, 0.95).lower FROM ...} in Spark SQL or
 * {@code C2Functions.rate(col("events"), col("population"), lit(1000), lit(0.95))} in the Dataset API
 * (statistical methods: {@code docs/statistics.md}).
 * <p>
 * Each function calls the c2-metrics method named below, never a second implementation, so a value
 * computed on a cluster is the value the library computes on one machine, to the last digit:
 * <table>
 *   <caption>The functions</caption>
 *   <tr><th>SQL function</th><th>returns</th><th>c2-metrics method</th></tr>
 *   <tr><td>{@code c2_proportion(numerator, denominator, multiplier, level)}</td><td>estimate</td>
 *       <td>{@link Proportions#of} (Wilson score interval)</td></tr>
 *   <tr><td>{@code c2_wilson_lower(x, n, level)}, {@code c2_wilson_upper(x, n, level)}</td><td>double</td>
 *       <td>{@link Proportions#wilsonLower}, {@link Proportions#wilsonUpper}</td></tr>
 *   <tr><td>{@code c2_rate(events, population, multiplier, level)}</td><td>estimate</td>
 *       <td>{@link Rates#crude} (Byar's from 10 events, exact Poisson below)</td></tr>
 *   <tr><td>{@code c2_byars_lower(observed, level)}, {@code c2_byars_upper(observed, level)}</td>
 *       <td>double</td><td>{@link Rates#byarsLower}, {@link Rates#byarsUpper}</td></tr>
 *   <tr><td>{@code c2_exact_lower(observed, level)}, {@code c2_exact_upper(observed, level)}</td>
 *       <td>double</td><td>{@link Rates#exactLower}, {@link Rates#exactUpper}</td></tr>
 *   <tr><td>{@code c2_dsr(counts, populations, standard_populations, multiplier, level)}</td>
 *       <td>estimate</td><td>{@link StandardisedRates#direct} (Dobson's interval)</td></tr>
 *   <tr><td>{@code c2_isr(counts, populations, reference_counts, reference_populations, ref_value, level)}</td>
 *       <td>estimate</td><td>{@link StandardisedRates#indirectRatio}</td></tr>
 *   <tr><td>{@code c2_is_rate(counts, populations, reference_counts, reference_populations, multiplier, level)}</td>
 *       <td>estimate</td><td>{@link StandardisedRates#indirectRate}</td></tr>
 * </table>
 * The DSR and ISR functions take one array per argument, one element per age band (or other
 * stratum), such as {@code collect_list(events)} ordered by band. {@code level} is the confidence
 * level, such as 0.95 or 0.998. An estimate is the struct {@link #ESTIMATE}: {@code value},
 * {@code lower}, {@code upper} (null where suppressed or undefined), {@code method},
 * {@code statistic}, {@code confidence} and {@code suppression} (the reason, or null). Numbers may
 * be of any numeric SQL type. A null argument gives a null result; an invalid one (a negative count,
 * a numerator above its denominator) fails the query with c2's {@link InvalidValueException}, whose
 * message names the argument and the value.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class C2Functions {

  /** The SQL type of an estimate. */
  public static final StructType ESTIMATE = new StructType()
      .add("value", DataTypes.DoubleType, true)
      .add("lower", DataTypes.DoubleType, true)
      .add("upper", DataTypes.DoubleType, true)
      .add("method", DataTypes.StringType, false)
      .add("statistic", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("suppression", DataTypes.StringType, true);

  /** The names of the functions {@link #register} registers, in the order of the table above. */
  public static final List<String> NAMES = List.of("c2_proportion", "c2_wilson_lower", "c2_wilson_upper", "c2_rate",
      "c2_byars_lower", "c2_byars_upper", "c2_exact_lower", "c2_exact_upper", "c2_dsr", "c2_isr", "c2_is_rate");

  private C2Functions() {}

  /**
   * Registers every function with a Spark session, replacing functions of the same names.
   *
   * @param spark  the session, not null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    var udf = spark.udf();
    udf.register("c2_proportion", (UDF4<Object, Object, Object, Object, Row>) (x, n, m, level) ->
        anyNull(x, n, m, level) ? null : row(Proportions.of(num(x, "numerator"), num(n, "denominator"),
            num(m, "multiplier"), level(level))), ESTIMATE);
    udf.register("c2_wilson_lower", (UDF3<Object, Object, Object, Double>) (x, n, level) ->
        anyNull(x, n, level) ? null : Proportions.wilsonLower(num(x, "x"), num(n, "n"), level(level)),
        DataTypes.DoubleType);
    udf.register("c2_wilson_upper", (UDF3<Object, Object, Object, Double>) (x, n, level) ->
        anyNull(x, n, level) ? null : Proportions.wilsonUpper(num(x, "x"), num(n, "n"), level(level)),
        DataTypes.DoubleType);
    udf.register("c2_rate", (UDF4<Object, Object, Object, Object, Row>) (x, n, m, level) ->
        anyNull(x, n, m, level) ? null : row(Rates.crude(num(x, "events"), num(n, "population"),
            num(m, "multiplier"), level(level))), ESTIMATE);
    udf.register("c2_byars_lower", (UDF2<Object, Object, Double>) (o, level) ->
        anyNull(o, level) ? null : orNull(Rates.byarsLower(num(o, "observed"), level(level))), DataTypes.DoubleType);
    udf.register("c2_byars_upper", (UDF2<Object, Object, Double>) (o, level) ->
        anyNull(o, level) ? null : Rates.byarsUpper(num(o, "observed"), level(level)), DataTypes.DoubleType);
    udf.register("c2_exact_lower", (UDF2<Object, Object, Double>) (o, level) ->
        anyNull(o, level) ? null : Rates.exactLower(num(o, "observed"), level(level)), DataTypes.DoubleType);
    udf.register("c2_exact_upper", (UDF2<Object, Object, Double>) (o, level) ->
        anyNull(o, level) ? null : Rates.exactUpper(num(o, "observed"), level(level)), DataTypes.DoubleType);
    udf.register("c2_dsr", (UDF5<Object, Object, Object, Object, Object, Row>) (c, p, s, m, level) ->
        anyNull(c, p, s, m, level) ? null : row(StandardisedRates.direct(array(c, "counts"),
            array(p, "populations"), array(s, "standard_populations"), num(m, "multiplier"), level(level))),
        ESTIMATE);
    udf.register("c2_isr", (UDF6<Object, Object, Object, Object, Object, Object, Row>) (c, p, rc, rp, v, level) ->
        anyNull(c, p, rc, rp, v, level) ? null : row(StandardisedRates.indirectRatio(array(c, "counts"),
            array(p, "populations"), array(rc, "reference_counts"), array(rp, "reference_populations"),
            num(v, "ref_value"), level(level))), ESTIMATE);
    udf.register("c2_is_rate", (UDF6<Object, Object, Object, Object, Object, Object, Row>) (c, p, rc, rp, m, level) ->
        anyNull(c, p, rc, rp, m, level) ? null : row(StandardisedRates.indirectRate(array(c, "counts"),
            array(p, "populations"), array(rc, "reference_counts"), array(rp, "reference_populations"),
            num(m, "multiplier"), level(level))), ESTIMATE);
  }

  /**
   * Calls {@code c2_proportion} in the Dataset API (registered by {@link #register}).
   *
   * @param numerator  the count meeting the condition
   * @param denominator  the sample size
   * @param multiplier  the scale, such as 100 for a percentage
   * @param level  the confidence level, such as 0.95
   * @return the estimate column, not null
   */
  public static Column proportion(Column numerator, Column denominator, Column multiplier, Column level) {
    return functions.call_function("c2_proportion", numerator, denominator, multiplier, level);
  }

  /**
   * Calls {@code c2_rate} in the Dataset API (registered by {@link #register}).
   *
   * @param events  the count of events
   * @param population  the population or person-time
   * @param multiplier  the scale, such as 1,000
   * @param level  the confidence level, such as 0.95
   * @return the estimate column, not null
   */
  public static Column rate(Column events, Column population, Column multiplier, Column level) {
    return functions.call_function("c2_rate", events, population, multiplier, level);
  }

  /**
   * Calls {@code c2_dsr} in the Dataset API (registered by {@link #register}).
   *
   * @param counts  the events per stratum, an array
   * @param populations  the population per stratum, an array
   * @param standardPopulations  the standard population per stratum, an array
   * @param multiplier  the scale, such as 100,000
   * @param level  the confidence level, such as 0.95
   * @return the estimate column, not null
   */
  public static Column dsr(Column counts, Column populations, Column standardPopulations, Column multiplier,
      Column level) {
    return functions.call_function("c2_dsr", counts, populations, standardPopulations, multiplier, level);
  }

  /**
   * Calls {@code c2_isr} in the Dataset API (registered by {@link #register}).
   *
   * @param counts  the observed events per stratum, an array
   * @param populations  the population per stratum, an array
   * @param referenceCounts  the reference events per stratum, an array
   * @param referencePopulations  the reference population per stratum, an array
   * @param refValue  the scale of the ratio, such as 1 or 100
   * @param level  the confidence level, such as 0.95
   * @return the estimate column, not null
   */
  public static Column isr(Column counts, Column populations, Column referenceCounts, Column referencePopulations,
      Column refValue, Column level) {
    return functions.call_function("c2_isr", counts, populations, referenceCounts, referencePopulations, refValue,
        level);
  }

  /**
   * Converts an estimate to a row of {@link #ESTIMATE}.
   *
   * @param e  the estimate, not null
   * @return the row, not null
   */
  public static Row row(Estimate e) {
    return RowFactory.create(orNull(e.value()), orNull(e.lower()), orNull(e.upper()), e.method(), e.statistic(),
        e.confidence().level(), e.suppressionReason().orElse(null));
  }

  private static Double orNull(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static boolean anyNull(Object... values) {
    for (Object v : values) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  private static double num(Object value, String field) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw InvalidValueException.of(field, "must be a number", value);
  }

  private static ConfidenceLevel level(Object value) {
    return ConfidenceLevel.of(num(value, "level"));
  }

  private static double[] array(Object value, String field) {
    List<Object> elements = new ArrayList<>();
    if (value instanceof scala.collection.Iterable<?> seq) {
      scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(elements::add);
    } else if (value instanceof Iterable<?> list) {
      list.forEach(elements::add);
    } else {
      throw InvalidValueException.of(field, "must be an array of numbers", value);
    }
    double[] out = new double[elements.size()];
    for (int i = 0; i < out.length; i++) {
      Object e = elements.get(i);
      out[i] = e == null ? Double.NaN : num(e, field + "[" + i + "]");
    }
    return out;
  }
}
