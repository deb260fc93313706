package org.c2model.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.c2model.core.place.Neighbourhood;
import org.c2model.csv.ObservationCsv;
import org.c2model.metrics.evaluation.Windows;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.store.ScreeningQuery;
import org.junit.jupiter.api.Test;

/**
 * The bundled Townstal observations (the examples module's CSV), read by Spark's own CSV reader and
 * screened on Spark, give the single-machine totals, rates and changes against the comparator
 * estate, to the last digit.
 */
class TownstalOnSparkTest {

  private static final LocalDate CONSTITUTED = LocalDate.of(2009, 6, 2);

  @Test
  void townstalOnSparkEqualsTheSingleMachineEvaluation() throws URISyntaxException {
    Path csv = Path.of(getClass().getResource("/org/c2model/examples/townstal/observations-illustrative.csv").toURI());
    List<Observation> single = ObservationCsv.read(csv, BoundaryVintage.LSOA_2011);
    Dataset<Row> table = LocalSpark.session().read().option("header", true).csv(csv.toString());
    assertEquals(single.size(), table.count());

    Windows windows = Windows.defaults(CONSTITUTED, LocalDate.of(2012, 12, 31)).orElseThrow();
    ScreeningQuery query = ScreeningQuery.builder()
        .addNeighbourhoods(Neighbourhood.of("N-TOWNSTAL", "Townstal", "E01020136", "E01020137"))
        .vintage(BoundaryVintage.LSOA_2011)
        .addIndicatorIds("asb-incidents", "criminal-damage", "burglary", "vehicle-crime", "ae-visits")
        .baseline(windows.baseline()).followUp(windows.followUp()).build();
    Neighbourhood comparator = Neighbourhood.of("N-CMP", "Comparator estate", "E01020150", "E01020151");

    SparkScreeningResult spark = SparkScreening.screen(table, query, Optional.of(comparator));

    double years = windows.followUp().end().toEpochDay() / 365.25 - CONSTITUTED.toEpochDay() / 365.25;
    SparkScreeningProperties.assertSameAsSingleMachine(single, query, comparator, spark, years);
    assertTrue(spark.row("N-TOWNSTAL", "asb-incidents").totals().baseline().numerator() > 0);
  }
}
