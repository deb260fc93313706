package org.c2model.csv.crime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.csv.CsvImportException;
import org.c2model.csv.CsvRecords;

/**
 * Reads the monthly street-level crime files police.uk publishes per force (such as
 * {@code 2024-01-devon-and-cornwall-street.csv}) and counts the crimes by LSOA, month and crime
 * type, so a researcher can point c2 at the downloaded files directly.
 * <p>
 * The files are read by their header, streaming, one row at a time (a file is never loaded
 * whole). Of the columns (police.uk data documentation, street-level crime CSV: Crime ID, Month, Reported by, Falls
 * within, Longitude, Latitude, Location, LSOA code, LSOA name, Crime type, Last outcome category,
 * Context) three are used: {@value #MONTH} ({@code yyyy-MM}), {@value #LSOA_CODE} and
 * {@value #CRIME_TYPE}; the others may be absent or in any order. A row with an empty LSOA code (a
 * crime police.uk could not locate) is not counted but is reported in
 * {@link StreetCrimeCounts#rowsWithoutLsoa()}. Anything else malformed fails the read with a
 * {@link CsvImportException} naming the line and column.
 *
 * <pre>{@code
 * StreetCrimeCounts counts = PoliceUkCrimeCsv.read(List.of(Path.of("2024-01-devon-and-cornwall-street.csv")));
 * }</pre>
 *
 * @implSpec This class is thread-safe.
 */
public final class PoliceUkCrimeCsv {

  /** The month column, {@code yyyy-MM}. */
  public static final String MONTH = "Month";
  /** The LSOA code column; empty for crimes without a location. */
  public static final String LSOA_CODE = "LSOA code";
  /** The crime type column, such as {@code Anti-social behaviour}. */
  public static final String CRIME_TYPE = "Crime type";

  private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final String FORMAT = "police.uk CSV";

  private PoliceUkCrimeCsv() {}

  /**
   * Reads street-level crime files and counts their crimes together.
   *
   * @param files  the CSV files, not null
   * @return the counts, not null
   * @throws CsvImportException if a file cannot be read or is malformed
   */
  public static StreetCrimeCounts read(List<java.nio.file.Path> files) {
    Objects.requireNonNull(files, "files");
    Counter counter = new Counter();
    for (java.nio.file.Path file : files) {
      String source = String.valueOf(Objects.requireNonNull(file, "files[i]").getFileName());
      try (InputStream in = Files.newInputStream(file)) {
        counter.read(in, source);
      } catch (IOException e) {
        throw new CsvImportException(FORMAT, source, 0, null, "(the file cannot be read): " + e, e);
      }
    }
    return counter.result();
  }

  /**
   * Reads one street-level crime file from a stream; the stream is not closed.
   *
   * @param in  the UTF-8 CSV, not null
   * @param source  the name to give the source in errors, such as the file name, not null
   * @return the counts, not null
   * @throws CsvImportException if the stream cannot be read or is malformed
   */
  public static StreetCrimeCounts read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Counter counter = new Counter();
    counter.read(in, source);
    return counter.result();
  }

  /** One LSOA, month and crime type. */
  private record Cell(AreaCode lsoa, YearMonth month, String crimeType) implements Comparable<Cell> {
    @Override
    public int compareTo(Cell o) {
      int c = lsoa.compareTo(o.lsoa);
      if (c == 0) {
        c = month.compareTo(o.month);
      }
      return c != 0 ? c : crimeType.compareTo(o.crimeType);
    }
  }

  /** The running counts over one or more files. */
  private static final class Counter {
    private final Map<Cell, Long> cells = new TreeMap<>();
    private long rows;
    private long withoutLsoa;

    void read(InputStream in, String source) {
      try (CsvRecords r = CsvRecords.open(in, FORMAT, source)) {
        int month = r.requireColumn(MONTH);
        int lsoa = r.requireColumn(LSOA_CODE);
        int type = r.requireColumn(CRIME_TYPE);
        int needed = Math.max(month, Math.max(lsoa, type)) + 1;
        while (r.next()) {
          rows++;
          r.requireFields(needed);
          String code = r.get(lsoa);
          if (code.isEmpty()) {
            withoutLsoa++;
            continue;
          }
          Cell cell = new Cell(areaCode(r, code), yearMonth(r, r.get(month)), crimeType(r, r.get(type)));
          cells.merge(cell, 1L, Long::sum);
        }
      }
    }

    StreetCrimeCounts result() {
      List<CrimeCount> counts = new ArrayList<>(cells.size());
      cells.forEach((cell, n) -> counts.add(CrimeCount.of(cell.lsoa(), cell.month(), cell.crimeType(), n)));
      return StreetCrimeCounts.of(counts, rows, withoutLsoa);
    }

    private static AreaCode areaCode(CsvRecords r, String text) {
      try {
        return AreaCode.of(text, LSOA_CODE);
      } catch (InvalidValueException e) {
        throw r.error(LSOA_CODE, "(must be a GSS code such as E01000001): '" + text + "'", e);
      }
    }

    private static YearMonth yearMonth(CsvRecords r, String text) {
      if (YEAR_MONTH.matcher(text).matches()) {
        try {
          return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
          // fall through: no such month
        }
      }
      throw r.error(MONTH, "(must be a month yyyy-MM): '" + text + "'", null);
    }

    private static String crimeType(CsvRecords r, String text) {
      if (text.isEmpty()) {
        throw r.error(CRIME_TYPE, "(must not be empty): ''", null);
      }
      return text;
    }
  }
}
