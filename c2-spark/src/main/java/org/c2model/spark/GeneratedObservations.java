package org.c2model.spark;

import static org.apache.spark.sql.functions.expr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.store.ScreeningQuery;

/**
 * A generated national observations table of any size, computed by Spark from row numbers (nothing
 * is read or held in memory), and the national screening of it: the command of {@code docs/spark.md}
 * that screens 1,000 neighbourhoods of 35 LSOAs over 100 million rows in local mode.
 * <p>
 * Row {@code r} is area {@code a = r / (months × indicators)}, month {@code m = r / indicators mod
 * months} from January 2019 and indicator {@code i = r mod indicators}: area code
 * {@code E01<a, six digits>}, indicator {@code indicator-<i, two digits>}, numerator
 * {@code ((7919a + 104729i + 1299709m) mod 1000003) mod 50}, denominator {@code 1000 + 37a mod 1000},
 * vintage {@code lsoa-2021} (c2-bench's indicator benchmarks use the same formulas, so at 35,700
 * areas, 60 months and 25 indicators this is their 53.55 million observations).
 */
public final class GeneratedObservations {

  /** The first month of the generated periods. */
  public static final LocalDate FIRST_MONTH = LocalDate.of(2019, 1, 1);
  /** The LSOAs of England and Wales, roughly: 35,700. */
  public static final int AREAS = 35_700;
  /** The indicators: 25. */
  public static final int INDICATORS = 25;
  /** The LSOAs per generated neighbourhood: 35. */
  public static final int AREAS_PER_NEIGHBOURHOOD = 35;

  private GeneratedObservations() {}

  /**
   * Gets the generated table.
   *
   * @param spark  the session, not null
   * @param areas  the number of areas, 1 to 999,999
   * @param months  the number of months, from 1
   * @param indicators  the number of indicators, 1 to 99
   * @param partitions  the number of partitions to generate in, from 1
   * @return the table, with the columns of {@link SparkScreening}, not null
   * @throws InvalidValueException if a number is out of range, naming it
   */
  public static Dataset<Row> table(SparkSession spark, int areas, int months, int indicators, int partitions) {
    check(areas, 1, 999_999, "areas");
    check(months, 1, 10_000, "months");
    check(indicators, 1, 99, "indicators");
    check(partitions, 1, Integer.MAX_VALUE, "partitions");
    long rows = (long) areas * months * indicators;
    String first = FIRST_MONTH.toString();
    return spark.range(0, rows, 1, partitions)
        .withColumn("a", expr("id div " + ((long) months * indicators)))
        .withColumn("m", expr("(id div " + indicators + ") % " + months))
        .withColumn("i", expr("id % " + indicators))
        .select(expr("format_string('E01%06d', a)").as(SparkScreening.AREA_CODE),
            expr("format_string('indicator-%02d', i)").as(SparkScreening.INDICATOR),
            expr("date_format(add_months(DATE'" + first + "', CAST(m AS INT)), 'yyyy-MM')").as(SparkScreening.PERIOD),
            expr("((a * 7919 + i * 104729 + m * 1299709) % 1000003) % 50").as(SparkScreening.NUMERATOR),
            expr("1000 + (a * 37) % 1000").as(SparkScreening.DENOMINATOR),
            expr("'" + BoundaryVintage.LSOA_2021 + "'").as(SparkScreening.VINTAGE));
  }

  /**
   * Gets the screening of the generated table: consecutive neighbourhoods of 35 areas, every
   * indicator, the baseline months 0 to 23 and the follow-up months 36 to 59, rates per 1,000.
   *
   * @param neighbourhoods  the number of neighbourhoods, from 1
   * @param indicators  the number of indicators, 1 to 99
   * @return the query, not null
   */
  public static ScreeningQuery query(int neighbourhoods, int indicators) {
    check(neighbourhoods, 1, 999_999 / AREAS_PER_NEIGHBOURHOOD, "neighbourhoods");
    check(indicators, 1, 99, "indicators");
    List<Neighbourhood> ns = new ArrayList<>();
    for (int n = 0; n < neighbourhoods; n++) {
      String[] codes = new String[AREAS_PER_NEIGHBOURHOOD];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = String.format(Locale.ROOT, "E01%06d", n * AREAS_PER_NEIGHBOURHOOD + k);
      }
      ns.add(Neighbourhood.of("n" + n, "Neighbourhood " + n, codes));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      ids.add(String.format(Locale.ROOT, "indicator-%02d", i));
    }
    return ScreeningQuery.builder().addAllNeighbourhoods(ns).vintage(BoundaryVintage.LSOA_2021)
        .addAllIndicatorIds(ids)
        .baseline(StudyWindow.of(FIRST_MONTH, FIRST_MONTH.plusMonths(24)))
        .followUp(StudyWindow.of(FIRST_MONTH.plusMonths(36), FIRST_MONTH.plusMonths(60))).build();
  }

  private static void check(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw InvalidValueException.of(field, "must be from " + min + " to " + max, value);
    }
  }

  /**
   * Screens 1,000 neighbourhoods of 35 LSOAs (and the last 35 areas as comparator) over a generated
   * table of about the number of rows asked for (100 million unless given): 35,700 areas, 25
   * indicators and as many months as it takes. The master is the one {@code spark-submit} gives, or
   * {@code local[2]}; progress is in Spark's log and UI (http://localhost:4040 in local mode).
   *
   * @param args  optionally the number of rows, such as {@code 100000000}
   */
  public static void main(String[] args) {
    long wanted = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
    int months = (int) Math.max(60, (wanted + (long) AREAS * INDICATORS - 1) / ((long) AREAS * INDICATORS));
    SparkConf conf = new SparkConf().setAppName("c2 national screening").setIfMissing("spark.master", "local[2]")
        .setIfMissing("spark.ui.showConsoleProgress", "true")
        // the partial sums are neighbourhoods x indicators x periods rows, whatever the table's size
        .setIfMissing("spark.sql.shuffle.partitions", "8");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      int partitions = Math.max(2 * spark.sparkContext().defaultParallelism(), (int) (wanted / 2_000_000));
      Dataset<Row> table = table(spark, AREAS, months, INDICATORS, partitions);
      ScreeningQuery query = query(1_000, INDICATORS);
      Neighbourhood comparator = Neighbourhood.of("comparator", "Comparator", "E01035665", "E01035666", "E01035667");
      long rows = (long) AREAS * months * INDICATORS;
      System.out.printf(Locale.ROOT, "c2 national screening: %,d generated rows (%d areas x %d months x %d "
          + "indicators) in %d partitions, %d neighbourhoods, master %s%n", rows, AREAS, months, INDICATORS,
          partitions, query.neighbourhoods().size(), spark.sparkContext().master());
      long start = System.nanoTime();
      SparkScreeningResult result = SparkScreening.screen(table, query, Optional.of(comparator));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "screened in %.1f s (%,.0f rows a second)%n", seconds, rows / seconds);
      result.rows().stream().limit(5).forEach(r -> System.out.println("  " + r + ", baseline rate "
          + r.baselineRate().value().orElse(Double.NaN) + " " + r.baselineRate().unit().strip()));
      System.out.println(result);
    } finally {
      spark.stop();
    }
  }
}
