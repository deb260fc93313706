package org.c2model.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.csv.ObservationCsv;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.c2model.metrics.stats.Rates;

/**
 * Screens any set of neighbourhoods over a national observations table on Spark, giving the totals,
 * crude rates, changes and comparator differences that c2-metrics gives on one machine
 * ({@code ColumnarObservations.screen}, {@code IndicatorAggregation} and {@code IndicatorChange}),
 * identical to the last digit (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5:
 * indicators compared before and after; {@code docs/spark.md}).
 * <pre>{@code
 * Dataset<Row> observations = spark.read().option("header", true).csv("hdfs:///c2/observations/");
 * SparkScreeningResult r = SparkScreening.screen(observations, query, Optional.of(comparator));
 * IndicatorChange asb = r.change("N-001", asbIndicator, Double.POSITIVE_INFINITY);
 * }</pre>
 * The table has the columns of the observations CSV ({@link ObservationCsv}: {@code areaCode},
 * {@code indicator}, {@code period}, {@code numerator}, {@code denominator}, and optionally {@code vintage};
 * a row without a vintage, or every row without that column, is taken to be in the query's vintage,
 * as {@code ObservationCsv.read(file, vintage)} takes it). Numerators are whole numbers from 0,
 * denominators whole numbers from 1 or null for none, as in the columnar store; sums are taken in
 * {@code long}, so their order does not matter and cannot change a digit.
 * <p>
 * How the work is split: each task reads its split of the table (such as the files of some areas)
 * and joins it with the broadcast table of the neighbourhoods' areas and the query's indicators,
 * keeping only their rows, then pre-sums them per neighbourhood, indicator and period before the
 * shuffle. Only those partial sums cross the network, to be summed by neighbourhood, indicator and
 * period; the periods are placed in the windows with c2-metrics' {@link StudyWindow}, and the
 * driver receives one row per neighbourhood, indicator and window, from which c2-metrics computes
 * every rate, interval and change. The table is read once.
 * <p>
 * Left to the single-machine path: boundary lookups between vintages (rows in another vintage are
 * not counted, as {@code ScreeningQuery} says), the check for two rows of the same area, indicator,
 * period and vintage, and findings about overlapping periods.
 */
public final class SparkScreening {

  /** The column of GSS area codes, such as {@code E01020150}. */
  public static final String AREA_CODE = ObservationCsv.AREA_CODE;
  /** The column of indicator ids. */
  public static final String INDICATOR = ObservationCsv.INDICATOR;
  /** The column of periods, such as {@code 2009-04}, {@code 2009-Q2} or {@code 2009}. */
  public static final String PERIOD = ObservationCsv.PERIOD;
  /** The column of numerators. */
  public static final String NUMERATOR = ObservationCsv.NUMERATOR;
  /** The column of denominators, null where there is none. */
  public static final String DENOMINATOR = ObservationCsv.DENOMINATOR;
  /** The optional column of boundary vintages, such as {@code lsoa-2011}. */
  public static final String VINTAGE = ObservationCsv.VINTAGE;

  private static final String GROUP = "c2_group";
  private static final String WINDOW = "c2_window";
  private static final String INSIDE = "c2_inside";
  private static final String NUM = "c2_num";
  private static final String DEN = "c2_den";
  private static final String OBS = "c2_obs";
  private static final String WITH_DEN = "c2_with_den";
  private static final String BAD_NUM = "c2_bad_num";
  private static final String BAD_NUM_VALUE = "c2_bad_num_value";
  private static final String BAD_DEN = "c2_bad_den";
  private static final String BAD_DEN_VALUE = "c2_bad_den_value";

  private SparkScreening() {}

  /**
   * Screens the query's neighbourhoods without a comparator.
   *
   * @param observations  the table, with the columns named above, not null
   * @param query  the neighbourhoods, indicators, windows, multiplier and confidence, not null
   * @return the result, not null
   * @throws InvalidValueException if a column is missing or a value read is invalid, naming it
   */
  public static SparkScreeningResult screen(Dataset<Row> observations, ScreeningQuery query) {
    return screen(observations, query, Optional.empty());
  }

  /**
   * Screens the query's neighbourhoods and a comparator in one pass over the table. The comparator
   * may share areas with the neighbourhoods.
   *
   * @param observations  the table, with the columns named above, not null
   * @param query  the neighbourhoods, indicators, windows, multiplier and confidence, not null
   * @param comparator  the comparator, whose area codes are in the query's vintage, not null
   * @return the result, not null
   * @throws InvalidValueException if a column is missing or a value read is invalid, naming it
   */
  public static SparkScreeningResult screen(Dataset<Row> observations, ScreeningQuery query,
      Optional<Neighbourhood> comparator) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(comparator, "comparator");
    List<String> columns = Arrays.asList(observations.columns());
    for (String c : List.of(AREA_CODE, INDICATOR, PERIOD, NUMERATOR, DENOMINATOR)) {
      if (!columns.contains(c)) {
        throw InvalidValueException.of("observations." + c, "must be a column of the table", columns);
      }
    }
    SparkSession spark = observations.sparkSession();
    List<Neighbourhood> groups = new ArrayList<>(query.neighbourhoods());
    comparator.ifPresent(groups::add);
    String vintage = query.vintage().toString();

    List<Row> areaRows = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (AreaCode a : groups.get(g).areaCodes()) {
        areaRows.add(RowFactory.create(a.toString(), vintage, g));
      }
    }
    StructType areaSchema = new StructType().add(AREA_CODE, DataTypes.StringType, false)
        .add(VINTAGE, DataTypes.StringType, false).add(GROUP, DataTypes.IntegerType, false);
    Dataset<Row> areas = spark.createDataFrame(areaRows, areaSchema);

    Column numerator = col(NUMERATOR).cast(DataTypes.DoubleType);
    Column denominator = col(DENOMINATOR).cast(DataTypes.DoubleType);
    Column badNumerator = numerator.isNull().or(numerator.lt(0)).or(numerator.notEqual(floor(numerator)))
        .or(numerator.gt(Long.MAX_VALUE / 4));
    Column badDenominator = denominator.isNotNull().and(denominator.lt(1).or(denominator.notEqual(floor(denominator)))
        .or(denominator.gt(Long.MAX_VALUE / 4)));
    Dataset<Row> rows = observations.select(col(AREA_CODE).cast(DataTypes.StringType).as(AREA_CODE),
        col(INDICATOR).cast(DataTypes.StringType).as(INDICATOR), col(PERIOD).cast(DataTypes.StringType).as(PERIOD),
        numerator.as(NUMERATOR), denominator.as(DENOMINATOR),
        (columns.contains(VINTAGE) ? coalesce(col(VINTAGE).cast(DataTypes.StringType), lit(vintage)) : lit(vintage))
            .as(VINTAGE))
        .where(col(INDICATOR).isin(query.indicatorIds().toArray()));
    // Partial sums per neighbourhood, indicator and period: the only rows that are shuffled.
    Dataset<Row> byPeriod = rows.join(broadcast(areas),
        scala.jdk.javaapi.CollectionConverters.asScala(List.of(AREA_CODE, VINTAGE)).toSeq(), "inner")
        .groupBy(col(GROUP), col(INDICATOR), col(PERIOD))
        .agg(sum(col(NUMERATOR).cast(DataTypes.LongType)).as(NUM),
            sum(col(DENOMINATOR).cast(DataTypes.LongType)).as(DEN),
            count(lit(1)).as(OBS),
            count(col(DENOMINATOR)).as(WITH_DEN),
            sum(when(badNumerator, 1).otherwise(0)).as(BAD_NUM),
            max(when(badNumerator, col(NUMERATOR).cast(DataTypes.StringType))).as(BAD_NUM_VALUE),
            sum(when(badDenominator, 1).otherwise(0)).as(BAD_DEN),
            max(when(badDenominator, col(DENOMINATOR).cast(DataTypes.StringType))).as(BAD_DEN_VALUE))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The periods present, placed in the windows by c2-metrics (window 0 baseline, 1 follow-up).
      List<Row> roles = new ArrayList<>();
      for (Row r : byPeriod.select(PERIOD).distinct().collectAsList()) {
        String text = r.getString(0);
        if (text == null) {
          throw InvalidValueException.of("observations." + PERIOD, "must not be missing", "null");
        }
        ReportingPeriod p = ReportingPeriod.parse(text);
        List<StudyWindow> windows = List.of(query.baseline(), query.followUp());
        for (int w = 0; w < 2; w++) {
          if (windows.get(w).contains(p)) {
            roles.add(RowFactory.create(text, w, true));
          } else if (windows.get(w).straddles(p)) {
            roles.add(RowFactory.create(text, w, false));
          }
        }
      }
      StructType roleSchema = new StructType().add(PERIOD, DataTypes.StringType, false)
          .add(WINDOW, DataTypes.IntegerType, false).add(INSIDE, DataTypes.BooleanType, false);
      Dataset<Row> periodRoles = spark.createDataFrame(roles, roleSchema);
      Column inside = col(INSIDE);
      List<Row> totals = byPeriod.join(broadcast(periodRoles), PERIOD)
          .groupBy(col(GROUP), col(INDICATOR), col(WINDOW))
          .agg(sum(when(inside, col(NUM)).otherwise(0L)).as(NUM),
              sum(when(inside, col(DEN)).otherwise(0L)).as(DEN),
              sum(when(inside, col(OBS)).otherwise(0L)).as(OBS),
              sum(when(inside, col(WITH_DEN)).otherwise(0L)).as(WITH_DEN),
              collect_list(when(inside, col(PERIOD))).as("periods"),
              collect_list(when(not(inside), col(PERIOD))).as("straddling"),
              sum(col(BAD_NUM)).as(BAD_NUM), max(col(BAD_NUM_VALUE)).as(BAD_NUM_VALUE),
              sum(col(BAD_DEN)).as(BAD_DEN), max(col(BAD_DEN_VALUE)).as(BAD_DEN_VALUE))
          .collectAsList();
      return result(query, comparator, groups, totals);
    } finally {
      byPeriod.unpersist();
    }
  }

  private static SparkScreeningResult result(ScreeningQuery query, Optional<Neighbourhood> comparator,
      List<Neighbourhood> groups, List<Row> totals) {
    Map<List<Object>, Row> byKey = new HashMap<>();
    for (Row r : totals) {
      if (r.getLong(r.fieldIndex(BAD_NUM)) > 0) {
        throw InvalidValueException.of("observations." + NUMERATOR, "must be a whole number from 0 ("
            + r.getLong(r.fieldIndex(BAD_NUM)) + " rows of indicator " + r.getString(1) + " are not)",
            r.get(r.fieldIndex(BAD_NUM_VALUE)));
      }
      if (r.getLong(r.fieldIndex(BAD_DEN)) > 0) {
        throw InvalidValueException.of("observations." + DENOMINATOR, "must be a whole number from 1 or missing ("
            + r.getLong(r.fieldIndex(BAD_DEN)) + " rows of indicator " + r.getString(1) + " are not)",
            r.get(r.fieldIndex(BAD_DEN_VALUE)));
      }
      byKey.put(List.of(r.getInt(0), r.getString(1), r.getInt(2)), r);
    }
    List<ScreenedIndicator> rows = new ArrayList<>();
    List<ScreenedIndicator> comparatorRows = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String id : query.indicatorIds()) {
        ScreenedIndicator s = screened(query, groups.get(g).id(), id, byKey.get(List.of(g, id, 0)),
            byKey.get(List.of(g, id, 1)));
        (g < query.neighbourhoods().size() ? rows : comparatorRows).add(s);
      }
    }
    return new SparkScreeningResult(query, comparator, rows, comparatorRows);
  }

  private static ScreenedIndicator screened(ScreeningQuery query, String groupId, String indicatorId, Row baseline,
      Row followUp) {
    WindowTotals b = totals(indicatorId, query.baseline(), baseline);
    WindowTotals f = totals(indicatorId, query.followUp(), followUp);
    return ImmutableScreenedIndicator.builder().neighbourhoodId(groupId).indicatorId(indicatorId)
        .totals(WindowComparison.of(b, f))
        .baselineObservations(observations(baseline)).followUpObservations(observations(followUp))
        .baselineRate(Rates.crude(b.numerator(), b.denominator().orElse(Double.NaN), query.multiplier(),
            query.confidence()))
        .followUpRate(Rates.crude(f.numerator(), f.denominator().orElse(Double.NaN), query.multiplier(),
            query.confidence()))
        .build();
  }

  private static long observations(Row r) {
    return r == null ? 0 : r.getLong(r.fieldIndex(OBS));
  }

  /** The totals of a window as {@code IndicatorSeries.totals} gives them. */
  private static WindowTotals totals(String indicatorId, StudyWindow window, Row r) {
    WindowTotals.Builder t = WindowTotals.builder().indicatorId(indicatorId).window(window);
    if (r == null) {
      return t.numerator(0).denominator(OptionalDouble.empty()).build();
    }
    long obs = r.getLong(r.fieldIndex(OBS));
    long withDen = r.getLong(r.fieldIndex(WITH_DEN));
    return t.numerator(r.getLong(r.fieldIndex(NUM)))
        .denominator(obs > 0 && withDen == obs ? OptionalDouble.of(r.getLong(r.fieldIndex(DEN)))
            : OptionalDouble.empty())
        .periods(periods(r.getList(r.fieldIndex("periods"))))
        .straddlingPeriods(periods(r.getList(r.fieldIndex("straddling"))))
        .build();
  }

  private static List<ReportingPeriod> periods(List<String> texts) {
    return texts.stream().distinct().map(ReportingPeriod::parse).sorted().toList();
  }
}
