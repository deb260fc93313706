package org.c2model.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.spark.sql.Row;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.csv.crime.PoliceUkCrimeCsv;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.junit.jupiter.api.Test;

/**
 * police.uk street-level files of several forces and months, read on Spark, give the observations
 * c2-csv's single-machine reader gives, with the same crime-type mapping.
 */
class PoliceUkObservationsProperties {

  private static final List<String> TYPES = List.of("Anti-social behaviour", "Burglary", "Criminal damage and arson",
      "Vehicle crime", "Violence and sexual offences", "Robbery", "Other crime", "Shoplifting", "Public order",
      "Drugs", "Some new type");
  private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
      + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

  private static List<Path> write(Random rnd, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String force : List.of("devon-and-cornwall", "avon-and-somerset")) {
      for (String month : List.of("2024-01", "2024-02", "2024-03")) {
        StringBuilder sb = new StringBuilder(HEADER);
        int rows = 1 + rnd.nextInt(80);
        for (int i = 0; i < rows; i++) {
          String lsoa = rnd.nextInt(15) == 0 ? "" : String.format("E01%06d", rnd.nextInt(12));
          sb.append("id").append(i).append(',').append(month).append(",Police,Police,-3.5,50.7,On or near X,")
              .append(lsoa).append(",Exeter 001A,").append(TYPES.get(rnd.nextInt(TYPES.size())))
              .append(",Under investigation,\n");
        }
        Path f = dir.resolve(month + "-" + force + "-street.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        files.add(f);
      }
    }
    return files;
  }

  @Property(tries = 3)
  void sparkReadsTheFilesAsTheSingleMachineReaderDoes(@ForAll long seed) throws IOException {
    Path dir = Files.createTempDirectory("c2-police");
    List<Path> files = write(new Random(seed), dir);
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    Set<String> expected = new TreeSet<>();
    for (Observation o : PoliceUkCrimeCsv.read(files).toObservations(catalogue, BoundaryVintage.LSOA_2021)) {
      expected.add(o.areaCode() + "," + o.indicatorId() + "," + o.period() + "," + (long) o.numerator() + ",null,"
          + o.vintage());
    }
    Set<String> actual = new TreeSet<>();
    for (Row r : PoliceUkObservations.read(LocalSpark.session(), catalogue, BoundaryVintage.LSOA_2021,
        dir.toString()).collectAsList()) {
      actual.add(r.getString(0) + "," + r.getString(1) + "," + r.getString(2) + "," + r.getLong(3) + "," + r.get(4)
          + "," + r.getString(5));
    }
    assertEquals(expected, actual);
    assertTrue(actual.stream().anyMatch(s -> s.contains(",asb-incidents,")) || expected.isEmpty());
  }

  @Test
  void aMalformedMonthIsRejectedNamingTheColumnAndValue() throws IOException {
    Path dir = Files.createTempDirectory("c2-police-bad");
    Files.writeString(dir.resolve("bad-street.csv"), HEADER
        + "x,2024-13,Police,Police,-3.5,50.7,On or near X,E01000001,Exeter 001A,Burglary,,\n");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PoliceUkObservations.read(
        LocalSpark.session(), IndicatorCatalogue.standard(), BoundaryVintage.LSOA_2021, dir.toString()));
    assertTrue(e.getMessage().contains("Month") && e.getMessage().contains("2024-13"), e::getMessage);
  }
}
