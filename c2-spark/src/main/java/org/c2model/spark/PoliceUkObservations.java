package org.c2model.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.place.AreaCode;
import org.c2model.csv.crime.PoliceUkCrimeCsv;
import org.c2model.csv.crime.StreetCrimeCounts;
import org.c2model.metrics.indicator.BoundaryVintage;

/**
 * Reads police.uk street-level crime files, for any number of forces and months, into the
 * observations table {@link SparkScreening} screens: one row per LSOA, month and indicator, the
 * count of crimes as numerator and no denominator, the same rows c2-csv's
 * {@code PoliceUkCrimeCsv.read(files).toObservations(catalogue, vintage)} gives on one machine
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: indicators agencies already
 * collect).
 * <pre>{@code
 * Dataset<Row> crime = PoliceUkObservations.read(spark, IndicatorCatalogue.standard(),
 *     BoundaryVintage.LSOA_2021, "s3a://bucket/police-uk/2024-* /*-street.csv");
 * }</pre>
 * The files are read by their header ({@code Month}, {@code LSOA code} and {@code Crime type}; the
 * other columns may be absent or in any order). Crime types become indicators through c2-csv's
 * {@link StreetCrimeCounts#indicatorId} (anti-social behaviour becomes {@code asb-incidents}), the
 * one mapping of every c2 police.uk reader. Rows with an empty LSOA code (crimes police.uk could not
 * locate) are not counted. A month that is not {@code yyyy-MM}, an LSOA code that is not a GSS code
 * or an empty crime type fails the read with an {@link InvalidValueException} naming the column and
 * the value.
 */
public final class PoliceUkObservations {

  private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  private PoliceUkObservations() {}

  /**
   * Reads street-level crime files into observations.
   *
   * @param spark  the session, not null
   * @param catalogue  the indicators whose police.uk categories name crime types, not null
   * @param vintage  the LSOA boundary vintage of the files' codes, not null
   * @param paths  the files, directories or globs, as {@code DataFrameReader.csv} takes them, not empty
   * @return the table with the columns of {@link SparkScreening}, not null
   * @throws InvalidValueException if a value read is invalid, naming the column and value
   */
  public static Dataset<Row> read(SparkSession spark, IndicatorCatalogue catalogue, BoundaryVintage vintage,
      String... paths) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(vintage, "vintage");
    if (paths.length == 0) {
      throw InvalidValueException.of("paths", "must not be empty", "[]");
    }
    Dataset<Row> rows = spark.read().option("header", true).csv(paths);
    for (String c : List.of(PoliceUkCrimeCsv.MONTH, PoliceUkCrimeCsv.LSOA_CODE, PoliceUkCrimeCsv.CRIME_TYPE)) {
      if (!List.of(rows.columns()).contains(c)) {
        throw InvalidValueException.of(c, "must be a column of the police.uk files", List.of(rows.columns()));
      }
    }
    // counted per LSOA, month and crime type first: every later step works on these few rows
    Dataset<Row> counts = rows.where(col(PoliceUkCrimeCsv.LSOA_CODE).isNotNull())
        .groupBy(col(PoliceUkCrimeCsv.LSOA_CODE), col(PoliceUkCrimeCsv.MONTH), col(PoliceUkCrimeCsv.CRIME_TYPE))
        .agg(count(lit(1)).as(SparkScreening.NUMERATOR))
        .cache();
    List<Row> types = counts.select(PoliceUkCrimeCsv.CRIME_TYPE).distinct().collectAsList();
    List<Row> mapping = new ArrayList<>();
    for (Row t : types) {
      String type = t.getString(0);
      if (type == null || type.isBlank()) {
        throw InvalidValueException.of(PoliceUkCrimeCsv.CRIME_TYPE, "must not be empty", "''");
      }
      mapping.add(RowFactory.create(type, StreetCrimeCounts.indicatorId(type, catalogue)));
    }
    for (Row m : counts.select(PoliceUkCrimeCsv.MONTH).distinct().collectAsList()) {
      String month = m.getString(0);
      if (!isYearMonth(month)) {
        throw InvalidValueException.of(PoliceUkCrimeCsv.MONTH, "must be a month yyyy-MM", "'" + month + "'");
      }
    }
    List<Row> badCodes = counts.select(PoliceUkCrimeCsv.LSOA_CODE).distinct()
        .filter((FilterFunction<Row>) r -> !isAreaCode(r.getString(0))).limit(1).collectAsList();
    if (!badCodes.isEmpty()) {
      throw InvalidValueException.of(PoliceUkCrimeCsv.LSOA_CODE, "must be a GSS code such as E01000001",
          "'" + badCodes.get(0).getString(0) + "'");
    }
    StructType mappingSchema = new StructType().add(PoliceUkCrimeCsv.CRIME_TYPE, DataTypes.StringType, false)
        .add(SparkScreening.INDICATOR, DataTypes.StringType, false);
    // two crime types may map to one indicator, so the counts are summed again by indicator
    return counts.join(broadcast(spark.createDataFrame(mapping, mappingSchema)), PoliceUkCrimeCsv.CRIME_TYPE)
        .groupBy(col(PoliceUkCrimeCsv.LSOA_CODE).as(SparkScreening.AREA_CODE), col(SparkScreening.INDICATOR),
            col(PoliceUkCrimeCsv.MONTH).as(SparkScreening.PERIOD))
        .agg(org.apache.spark.sql.functions.sum(SparkScreening.NUMERATOR).as(SparkScreening.NUMERATOR))
        .select(col(SparkScreening.AREA_CODE), col(SparkScreening.INDICATOR), col(SparkScreening.PERIOD),
            col(SparkScreening.NUMERATOR), lit(null).cast(DataTypes.LongType).as(SparkScreening.DENOMINATOR),
            lit(vintage.toString()).as(SparkScreening.VINTAGE));
  }

  private static boolean isYearMonth(String text) {
    if (text == null || !YEAR_MONTH.matcher(text).matches()) {
      return false;
    }
    try {
      YearMonth.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isAreaCode(String text) {
    try {
      AreaCode.of(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
