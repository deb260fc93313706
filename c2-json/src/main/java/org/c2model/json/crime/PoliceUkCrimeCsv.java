package org.c2model.json.crime;

import org.c2model.json.csv.CsvImportException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;

/**
 * Reads the monthly street-level crime files police.uk publishes per force (such as
 * {@code 2024-01-devon-and-cornwall-street.csv}) and counts the crimes by LSOA, month and crime
 * type, so a researcher can point c2 at the downloaded files directly.
 * <p>
 * The files are read by their header, streaming, one row at a time (a file is never loaded
 * whole). Of the columns ({@code shared/REFERENCE-DATA.md}: Crime ID, Month, Reported by, Falls
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
  private static final ObjectReader ROWS = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build()
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema());

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
        throw new CsvImportException("police.uk CSV", source, 0, null, "(the file cannot be read): " + e, e);
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
    try {
      counter.read(in, source);
    } catch (IOException e) {
      throw new CsvImportException("police.uk CSV", source, 0, null, "(the stream cannot be read): " + e, e);
    }
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

    void read(InputStream in, String source) throws IOException {
      try (MappingIterator<String[]> it = ROWS.readValues(in)) {
        if (!it.hasNextValue()) {
          throw new CsvImportException("police.uk CSV", source, 1, null,
              "(must start with a header row naming " + MONTH + ", " + LSOA_CODE + " and " + CRIME_TYPE + "): empty file", null);
        }
        String[] header = it.nextValue();
        if (header.length > 0 && header[0].startsWith("\uFEFF")) {
          header[0] = header[0].substring(1);
        }
        int month = column(header, MONTH, source);
        int lsoa = column(header, LSOA_CODE, source);
        int type = column(header, CRIME_TYPE, source);
        int needed = Math.max(month, Math.max(lsoa, type)) + 1;
        while (it.hasNextValue()) {
          // the row has started: its first line is where the parser stands
          long line = it.getParser().currentLocation().getLineNr();
          String[] row = it.nextValue();
          rows++;
          if (row.length < needed) {
            throw new CsvImportException("police.uk CSV", source, line, null,
                "(must have the " + header.length + " fields of the header): " + row.length + " fields", null);
          }
          String code = row[lsoa].trim();
          if (code.isEmpty()) {
            withoutLsoa++;
            continue;
          }
          Cell cell = new Cell(areaCode(code, source, line), yearMonth(row[month].trim(), source, line),
              crimeType(row[type].trim(), source, line));
          cells.merge(cell, 1L, Long::sum);
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new CsvImportException("police.uk CSV", source, line, null, "(must be well-formed CSV): " + e.getOriginalMessage(), e);
      }
    }

    StreetCrimeCounts result() {
      List<CrimeCount> counts = new ArrayList<>(cells.size());
      cells.forEach((cell, n) -> counts.add(CrimeCount.of(cell.lsoa(), cell.month(), cell.crimeType(), n)));
      return StreetCrimeCounts.of(counts, rows, withoutLsoa);
    }

    private static int column(String[] header, String name, String source) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].trim().equals(name)) {
          return i;
        }
      }
      throw new CsvImportException("police.uk CSV", source, 1, name, "(the header must have this column): found " + Arrays.toString(header), null);
    }

    private static AreaCode areaCode(String text, String source, long line) {
      try {
        return AreaCode.of(text, LSOA_CODE);
      } catch (InvalidValueException e) {
        throw new CsvImportException("police.uk CSV", source, line, LSOA_CODE, "(must be a GSS code such as E01000001): '" + text + "'", e);
      }
    }

    private static YearMonth yearMonth(String text, String source, long line) {
      if (YEAR_MONTH.matcher(text).matches()) {
        try {
          return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
          // fall through: no such month
        }
      }
      throw new CsvImportException("police.uk CSV", source, line, MONTH, "(must be a month yyyy-MM): '" + text + "'", null);
    }

    private static String crimeType(String text, String source, long line) {
      if (text.isEmpty()) {
        throw new CsvImportException("police.uk CSV", source, line, CRIME_TYPE, "(must not be empty): ''", null);
      }
      return text;
    }
  }
}
