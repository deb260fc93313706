package org.c2model.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.c2model.metrics.indicator.store.ScreeningRow;
import org.c2model.metrics.indicator.store.WindowRate;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

/**
 * The Spark screening gives, on generated observation tables, exactly what c2-metrics gives on one
 * machine: the columnar store's totals and rates, the neighbourhood series' window totals, and the
 * indicator changes against a comparator (local[2]).
 */
class SparkScreeningProperties {

  private static final List<String> INDICATORS = List.of("asb-incidents", "burglary", "ae-visits");
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  static final StructType TABLE = new StructType().add("areaCode", DataTypes.StringType)
      .add("indicator", DataTypes.StringType).add("period", DataTypes.StringType)
      .add("numerator", DataTypes.LongType).add("denominator", DataTypes.LongType)
      .add("vintage", DataTypes.StringType);

  /** Generated data: monthly and quarterly periods, counts from 0, denominators present, absent or mixed. */
  static List<Observation> generate(Random rnd, int areas) {
    List<Observation> out = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      String code = String.format("E01%06d", 100 + a);
      for (String id : INDICATORS) {
        List<String> periods = new ArrayList<>();
        for (int y = 2018; y <= 2023; y++) {
          for (int q = 1; q <= 4; q++) {
            if (id.equals("ae-visits")) {
              periods.add(y + "-Q" + q);
            } else {
              for (int m = 3 * q - 2; m <= 3 * q; m++) {
                periods.add(String.format("%d-%02d", y, m));
              }
            }
          }
        }
        for (String p : periods) {
          if (rnd.nextInt(10) == 0) {
            continue;
          }
          int numerator = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(40);
          BoundaryVintage vintage = rnd.nextInt(20) == 0 ? BoundaryVintage.LSOA_2021 : BoundaryVintage.LSOA_2011;
          boolean withDenominator = id.equals("asb-incidents") || (id.equals("ae-visits") && rnd.nextInt(30) != 0);
          out.add(withDenominator ? Observation.of(code, id, p, vintage, numerator, 1500 + rnd.nextInt(1000))
              : Observation.of(code, id, p, vintage, numerator));
        }
      }
    }
    return out;
  }

  static Dataset<Row> table(List<Observation> observations) {
    List<Row> rows = new ArrayList<>();
    for (Observation o : observations) {
      rows.add(RowFactory.create(o.areaCode().toString(), o.indicatorId(), o.period().toString(),
          (long) o.numerator(), o.denominator().isPresent() ? (long) o.denominator().getAsDouble() : null,
          o.vintage().toString()));
    }
    return LocalSpark.session().createDataFrame(rows, TABLE);
  }

  @Property(tries = 3)
  void sparkScreeningEqualsTheColumnarStoreTheSeriesAndIndicatorChange(@ForAll long seed) {
    Random rnd = new Random(seed);
    int areas = 6 + rnd.nextInt(8);
    List<Observation> observations = generate(rnd, areas);
    List<String> codes = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      codes.add(String.format("E01%06d", 100 + a));
    }
    Collections.shuffle(codes, rnd);
    List<Neighbourhood> neighbourhoods = new ArrayList<>();
    int groups = 1 + rnd.nextInt(3);
    for (int g = 0; g < groups; g++) {
      // areas 0..areas-3 split among the neighbourhoods; one code (E01999999) has no data
      List<String> mine = new ArrayList<>(codes.subList(g * (areas - 2) / groups, (g + 1) * (areas - 2) / groups));
      if (g == 0) {
        mine.add("E01999999");
      }
      neighbourhoods.add(Neighbourhood.of("N-" + g, "neighbourhood " + g, mine.toArray(String[]::new)));
    }
    Neighbourhood comparator = Neighbourhood.of("N-CMP", "comparator", codes.get(areas - 1), codes.get(areas - 2),
        codes.get(0));
    ScreeningQuery query = ScreeningQuery.builder().addAllNeighbourhoods(neighbourhoods)
        .vintage(BoundaryVintage.LSOA_2011).addAllIndicatorIds(INDICATORS)
        .baseline(StudyWindow.of(LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 1)))
        .followUp(StudyWindow.of(LocalDate.of(2021, 5, 1), LocalDate.of(2023, 5, 1)))
        .multiplier(rnd.nextBoolean() ? 1000 : 100000)
        .confidence(rnd.nextBoolean() ? ConfidenceLevel.P95 : ConfidenceLevel.P99_8).build();

    SparkScreeningResult spark = SparkScreening.screen(table(observations), query, Optional.of(comparator));

    assertSameAsSingleMachine(observations, query, comparator, spark, Double.POSITIVE_INFINITY);
  }

  /** Compares with the columnar store, the series of IndicatorAggregation and IndicatorChange. */
  static void assertSameAsSingleMachine(List<Observation> observations, ScreeningQuery query, Neighbourhood comparator,
      SparkScreeningResult spark, double yearsAfterStart) {
    List<ScreeningRow> columnar = ColumnarObservations.of(observations).screen(query).rows();
    assertEquals(columnar.size(), spark.rows().size());
    for (ScreeningRow c : columnar) {
      ScreenedIndicator s = spark.row(c.neighbourhoodId(), c.indicatorId());
      assertWindow(c.baseline(), s.totals().baseline().numerator(), s.totals().baseline().denominator().isPresent()
          ? s.totals().baseline().denominator().getAsDouble() : Double.NaN, s.baselineObservations());
      assertWindow(c.followUp(), s.totals().followUp().numerator(), s.totals().followUp().denominator().isPresent()
          ? s.totals().followUp().denominator().getAsDouble() : Double.NaN, s.followUpObservations());
      assertEquals(c.baseline().rate(), s.baselineRate(), c::toString);
      assertEquals(c.followUp().rate(), s.followUpRate(), c::toString);
    }
    ObservationSource source = ObservationSource.of(observations);
    var comparatorSeries = IndicatorAggregation.aggregate(source, comparator, query.vintage(), query.indicatorIds());
    for (Neighbourhood n : query.neighbourhoods()) {
      var series = IndicatorAggregation.aggregate(source, n, query.vintage(), query.indicatorIds());
      for (String id : query.indicatorIds()) {
        WindowComparison single = series.get(id).compare(query.baseline(), query.followUp());
        WindowComparison single2 = comparatorSeries.get(id).compare(query.baseline(), query.followUp());
        assertEquals(single, spark.row(n.id(), id).totals());
        assertEquals(single2, spark.comparatorRow(id).orElseThrow().totals());
        // a generated indicator id is judged as anti-social behaviour is
        LongTermIndicator indicator = CATALOGUE.find(id)
            .orElseGet(() -> LongTermIndicator.builder().from(CATALOGUE.get("asb-incidents")).id(id).build());
        assertEquals(org.c2model.metrics.evaluation.IndicatorChange.of(indicator, single, Optional.of(single2),
            query.multiplier(), query.confidence(), yearsAfterStart),
            spark.change(n.id(), indicator, yearsAfterStart));
      }
    }
  }

  private static void assertWindow(WindowRate columnar, double numerator, double denominator, long observations) {
    assertEquals(columnar.numerator(), numerator);
    assertEquals(columnar.denominator().isPresent() ? columnar.denominator().getAsDouble() : Double.NaN, denominator);
    assertEquals(columnar.observations(), observations);
  }

  @Test
  void theGeneratedTableFollowsItsFormulasAndScreensAsTheColumnarStore() {
    Dataset<Row> generated = GeneratedObservations.table(LocalSpark.session(), 40, 60, 3, 2);
    List<Observation> observations = new ArrayList<>();
    for (Row r : generated.collectAsList()) {
      observations.add(Observation.of(r.getString(0), r.getString(1), r.getString(2),
          BoundaryVintage.of(r.getString(5)), r.getLong(3), r.getLong(4)));
    }
    assertEquals(40 * 60 * 3, observations.size());
    // area 1, month 3 (2019-04), indicator 2: the documented formulas
    assertTrue(observations.contains(Observation.of("E01000001", "indicator-02", "2019-04", BoundaryVintage.LSOA_2021,
        ((7919 + 2 * 104729 + 3 * 1299709) % 1000003) % 50, 1000 + 37)));
    Neighbourhood comparator = Neighbourhood.of("N-CMP", "comparator", "E01000036", "E01000037");
    ScreeningQuery query = GeneratedObservations.query(1, 3);
    SparkScreeningResult spark = SparkScreening.screen(generated, query, Optional.of(comparator));
    assertSameAsSingleMachine(observations, query, comparator, spark, Double.POSITIVE_INFINITY);
  }

  private static ScreeningQuery smallQuery() {
    return ScreeningQuery.builder().addNeighbourhoods(Neighbourhood.of("N-1", "one", "E01000100"))
        .vintage(BoundaryVintage.LSOA_2011).addIndicatorIds("burglary")
        .baseline(StudyWindow.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)))
        .followUp(StudyWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).build();
  }

  @Test
  void aFractionalNumeratorIsRejectedNamingTheColumnAndValue() {
    StructType schema = new StructType().add("areaCode", DataTypes.StringType).add("indicator", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("numerator", DataTypes.DoubleType)
        .add("denominator", DataTypes.DoubleType);
    Dataset<Row> t = LocalSpark.session().createDataFrame(List.of(RowFactory.create("E01000100", "burglary",
        "2018-02", 2.5, null), RowFactory.create("E01000100", "burglary", "2018-03", 2.0, null)), schema);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SparkScreening.screen(t, smallQuery()));
    assertTrue(e.getMessage().contains("observations.numerator") && e.getMessage().contains("2.5"), e::getMessage);
  }

  @Test
  void aMissingColumnIsRejectedNamingIt() {
    Dataset<Row> t = table(List.of(Observation.of("E01000100", "burglary", "2018-02", BoundaryVintage.LSOA_2011, 1)))
        .drop("denominator");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SparkScreening.screen(t, smallQuery()));
    assertTrue(e.getMessage().contains("observations.denominator"), e::getMessage);
  }
}
