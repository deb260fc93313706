package org.c2model.json.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.LoadProgress;

/**
 * Reads indicator observations from CSV, such as
 * <pre>
 * areaCode,indicator,period,numerator,denominator
 * E01020150,asb-incidents,2009-04,12,
 * E01020150,teenage-conceptions,2009,3,80
 * </pre>
 * into a list for {@code ObservationSource.of}, or straight into a {@link ColumnarObservations}
 * store without an object per observation.
 * <p>
 * The first row is a header naming the columns, in any order. Names are matched ignoring case,
 * spaces, hyphens and underscores ({@code area_code} and {@code Area Code} both name
 * {@value #AREA_CODE}). Required: {@value #AREA_CODE} (a GSS code), {@value #INDICATOR} (the
 * indicator id; {@code indicatorId} is accepted too), {@value #PERIOD} ({@code 2009-04},
 * {@code 2009-Q2} or {@code 2009}) and {@value #NUMERATOR}. Optional: {@value #DENOMINATOR} (empty
 * for none) and {@value #VINTAGE} (the boundary vintage, such as {@code lsoa-2011}; empty for the
 * default vintage given). Other columns are ignored. Values are trimmed; empty lines are skipped; a
 * UTF-8 byte order mark is allowed.
 * <p>
 * The input is read once, streaming, one record at a time; it is never held whole. Every failure
 * is an {@link CsvImportException} naming the source, the line a record starts on and the
 * column by its header name: a missing required column, an empty file, a malformed number or
 * code, a value c2 rejects (a negative count, say) and, for the columnar store, a value that does not
 * fit it (a fractional count).
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ObservationCsv {

  /** The area code column. */
  public static final String AREA_CODE = "areaCode";
  /** The indicator id column. */
  public static final String INDICATOR = "indicator";
  /** The period column. */
  public static final String PERIOD = "period";
  /** The numerator column. */
  public static final String NUMERATOR = "numerator";
  /** The optional denominator column. */
  public static final String DENOMINATOR = "denominator";
  /** The optional boundary vintage column. */
  public static final String VINTAGE = "vintage";

  private static final String[] COLUMNS = {AREA_CODE, INDICATOR, PERIOD, NUMERATOR, DENOMINATOR, VINTAGE};
  private static final int REQUIRED = 4;
  private static final Map<String, Integer> ALIASES = Map.of("indicatorid", 1);
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();
  private static final long PROGRESS_EVERY = 1_000_000;

  private ObservationCsv() {}

  /**
   * Reads a CSV file into a list of observations, such as for {@code ObservationSource.of}.
   *
   * @param file  the UTF-8 CSV file, not null
   * @param vintage  the boundary vintage of rows without a vintage, not null
   * @return the observations, in file order, not null
   * @throws CsvImportException if the file cannot be read or is malformed
   */
  public static List<Observation> read(Path file, BoundaryVintage vintage) {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, String.valueOf(file.getFileName()), vintage);
    } catch (IOException e) {
      throw new CsvImportException(String.valueOf(file.getFileName()), 0, null,
          "(the file cannot be read): " + e, e);
    }
  }

  /**
   * Reads CSV text into a list of observations; the reader is not closed.
   *
   * @param in  the CSV text, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @param vintage  the boundary vintage of rows without a vintage, not null
   * @return the observations, in input order, not null
   * @throws CsvImportException if the text cannot be read or is malformed
   */
  public static List<Observation> read(Reader in, String source, BoundaryVintage vintage) {
    List<Observation> out = new ArrayList<>();
    parse(in, source, vintage, (area, indicator, period, v, num, den) -> {
      Observation.Builder b = Observation.builder().areaCode(org.c2model.core.place.AreaCode.of(area, "areaCode"))
          .indicatorId(indicator).period(org.c2model.metrics.indicator.ReportingPeriod.parse(period)).vintage(v)
          .numerator(num);
      if (!Double.isNaN(den)) {
        b.denominator(den);
      }
      out.add(b.build());
    });
    return out;
  }

  /**
   * Loads a CSV file into a new columnar store, telling a callback of progress every million
   * observations.
   * <p>
   * The file is read once, front to back. A file over 8 MiB is cut at line ends into blocks parsed on
   * every processor, then appended in file order: the store is the one a single pass gives, and
   * errors name the same file line. The callback may then be called from any loading thread, one
   * call at a time. From the first block holding a quote character (where a quoted field may span
   * lines) the rest of the file is parsed in one pass as it is read; nothing is read twice.
   *
   * @param file  the UTF-8 CSV file, not null
   * @param vintage  the boundary vintage of rows without a vintage, not null
   * @param progress  the callback, not null
   * @return the store, not null
   * @throws CsvImportException if the file cannot be read or is malformed, or two records share
   *     area, vintage, indicator and period (named by their data-record numbers, from 0)
   */
  public static ColumnarObservations load(Path file, BoundaryVintage vintage, LoadProgress progress) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(progress, "progress");
    String source = String.valueOf(file.getFileName());
    ColumnarObservations.Builder builder;
    try (InputStream in = Files.newInputStream(file)) {
      builder = ParallelLoad.load(in, Files.size(file), source, vintage, progress, PROGRESS_EVERY);
    } catch (IOException e) {
      throw new CsvImportException(source, 0, null, "(the file cannot be read): " + e, e);
    }
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      throw new CsvImportException(source, 0, null, "(records " + e.getMessage() + ")", e);
    }
  }

  /** Parses the header row from text. */
  static Header header(String text, String source) throws IOException {
    try (CsvParser p = FACTORY.createParser(text)) {
      p.setSchema(CsvSchema.emptySchema());
      return header(p, source);
    }
  }

  /** Parses records of a part of a file into a builder, given the file's header. */
  static long parsePart(Reader in, String source, BoundaryVintage vintage, ColumnarObservations.Builder builder,
      Header header, long lineOffset) {
    return parse(in, source, vintage, builder::append, header, lineOffset);
  }

  /**
   * Appends the observations of CSV text to a columnar store builder, so several files can go into
   * one store; the reader is not closed.
   *
   * @param in  the CSV text, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @param vintage  the boundary vintage of rows without a vintage, not null
   * @param builder  the builder, which reports its own progress, not null
   * @return the number of observations appended
   * @throws CsvImportException if the text cannot be read, is malformed or a value does not fit
   *     the store
   */
  public static long readInto(Reader in, String source, BoundaryVintage vintage, ColumnarObservations.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return parse(in, source, vintage, builder::append);
  }

  /** Receives one record. */
  @FunctionalInterface
  private interface Sink {
    void accept(String area, String indicator, String period, BoundaryVintage vintage, double numerator,
        double denominator);
  }

  private static long parse(Reader in, String source, BoundaryVintage vintage, Sink sink) {
    return parse(in, source, vintage, sink, null, 0);
  }

  /**
   * Parses records; with a header given, the input starts at a record, {@code lineOffset} lines into
   * the file.
   */
  private static long parse(Reader in, String source, BoundaryVintage vintage, Sink sink, Header given,
      long lineOffset) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vintage, "vintage");
    long records = 0;
    long line = 1;
    try (CsvParser p = FACTORY.createParser(in)) {
      p.setSchema(CsvSchema.emptySchema());
      Header h = given != null ? given : header(p, source);
      String[] values = new String[COLUMNS.length];
      BoundaryVintage lastVintage = vintage;
      String lastVintageText = "";
      while (p.nextToken() == JsonToken.START_ARRAY) {
        line = p.currentLocation().getLineNr() + lineOffset;
        java.util.Arrays.fill(values, null);
        int k = 0;
        double num = Double.NaN;
        double den = Double.NaN;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          int slot = k < h.slotOf.length ? h.slotOf[k] : -1;
          if (slot == 3) {
            num = number(p, source, line, h.names[3]);
          } else if (slot == 4) {
            den = p.getText().isEmpty() ? Double.NaN : number(p, source, line, h.names[4]);
          } else if (slot >= 0) {
            values[slot] = p.getText();
          }
          k++;
        }
        if (t != JsonToken.END_ARRAY) {
          throw new CsvImportException(source, line, null, "(must be a CSV record): " + t, null);
        }
        if (k < h.needed) {
          throw new CsvImportException(source, line, null, "(must have the " + h.slotOf.length
              + " fields of the header): " + k + " fields", null);
        }
        BoundaryVintage v = vintage;
        String vt = values[5];
        if (vt != null && !vt.isEmpty()) {
          if (!vt.equals(lastVintageText)) {
            lastVintage = vintageOf(vt, source, line, h.names[5]);
            lastVintageText = vt;
          }
          v = lastVintage;
        }
        try {
          sink.accept(values[0], values[1], values[2], v, num, den);
        } catch (InvalidValueException e) {
          String column = e.field().map(h::columnOfField).orElse(null);
          throw new CsvImportException(source, line, column, "(" + e.getMessage() + ")", e);
        }
        records++;
      }
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr() + lineOffset;
      throw new CsvImportException(source, at, null, "(must be well-formed CSV): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CsvImportException(source, line, null, "(cannot be read): " + e, new UncheckedIOException(e));
    }
    return records;
  }

  private static Header header(CsvParser p, String source) throws IOException {
    List<String> header = row(p);
    if (header == null) {
      throw new CsvImportException(source, 1, null, "(must start with a header row naming "
          + String.join(", ", List.of(COLUMNS).subList(0, REQUIRED)) + "): empty input", null);
    }
    return new Header(header, source);
  }

  private static List<String> row(CsvParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      out.add(p.getText());
    }
    return out;
  }

  /** Parses a whole number from the field's text directly, else falls back to Double. */
  private static double number(CsvParser p, String source, long line, String column) throws IOException {
    String text = p.getText();
    int len = text.length();
    if (len > 0 && len <= 15) {
      long v = 0;
      int i = 0;
      for (; i < len; i++) {
        int d = text.charAt(i) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
      }
      if (i == len) {
        return v;
      }
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new CsvImportException(source, line, column, "(must be a number): '" + text + "'", e);
    }
  }

  private static BoundaryVintage vintageOf(String text, String source, long line, String column) {
    try {
      return BoundaryVintage.of(text);
    } catch (InvalidValueException e) {
      throw new CsvImportException(source, line, column, "(" + e.getMessage() + ")", e);
    }
  }

  /** The header: which slot (of {@link #COLUMNS}) each field fills, and the names as written. */
  static final class Header {
    final int[] slotOf;
    final String[] names = new String[COLUMNS.length];
    final int needed;

    Header(List<String> header, String source) {
      slotOf = new int[header.size()];
      int last = 0;
      for (int k = 0; k < header.size(); k++) {
        String name = header.get(k);
        if (k == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        int slot = slot(name);
        slotOf[k] = slot;
        if (slot >= 0) {
          if (names[slot] != null) {
            throw new CsvImportException(source, 1, name, "(must name each column once): " + header, null);
          }
          names[slot] = name;
          last = Math.max(last, slot < REQUIRED ? k : 0);
        }
      }
      for (int s = 0; s < REQUIRED; s++) {
        if (names[s] == null) {
          throw new CsvImportException(source, 1, COLUMNS[s], "(the header must have this column): found "
              + header, null);
        }
      }
      needed = last + 1;
    }

    private static int slot(String name) {
      String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
      for (int s = 0; s < COLUMNS.length; s++) {
        if (COLUMNS[s].toLowerCase(Locale.ROOT).equals(n)) {
          return s;
        }
      }
      return ALIASES.getOrDefault(n, -1);
    }

    /** Maps a field an InvalidValueException names to the column it came from. */
    String columnOfField(String field) {
      switch (field) {
        case "areaCode":
          return names[0];
        case "indicatorId":
          return names[1];
        case "period":
        case "year":
        case "quarter":
          return names[2];
        case "numerator":
          return names[3];
        case "denominator":
          return names[4] != null ? names[4] : DENOMINATOR;
        default:
          return null;
      }
    }
  }
}
