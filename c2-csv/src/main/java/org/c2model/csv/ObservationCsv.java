package org.c2model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
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
 * UTF-8 byte order mark is allowed. Numbers are decimal digits ({@code 12}, {@code 4.25}; no
 * exponent, hexadecimal, suffix or {@code NaN}); an empty denominator is none. A record with more
 * fields than the header is rejected. The syntax is that of {@link CsvRecords}.
 * <p>
 * The input is read once, streaming, one record at a time; it is never held whole. Every failure
 * is an {@link CsvImportException} naming the source, the line a record starts on and the
 * column by its header name: a missing required column, an empty file, a malformed number or
 * code, a value c2 rejects (a negative count, say) and, for the columnar store, a value that does not
 * fit it (a fractional count). Reading from a file, bytes that are not UTF-8 are reported at their
 * own line.
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
  private static final String FORMAT = "observation CSV";
  private static final Map<String, Integer> ALIASES = Map.of("indicatorid", 1);
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
    Objects.requireNonNull(vintage, "vintage");
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file);
        CsvRecords r = CsvRecords.open(in, FORMAT, source)) {
      return toList(r, vintage);
    } catch (IOException e) {
      throw new CsvImportException(FORMAT, source, 0, null, "(the file cannot be read): " + e, e);
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
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vintage, "vintage");
    try (CsvRecords r = CsvRecords.open(in, FORMAT, source)) {
      return toList(r, vintage);
    }
  }

  private static List<Observation> toList(CsvRecords r, BoundaryVintage vintage) {
    List<Observation> out = new ArrayList<>();
    parse(r, vintage, (area, indicator, period, v, num, den) -> {
      Observation.Builder b = Observation.builder().areaCode(org.c2model.core.place.AreaCode.of(area, "areaCode"))
          .indicatorId(indicator).period(org.c2model.metrics.indicator.ReportingPeriod.parse(period)).vintage(v)
          .numerator(num);
      if (!Double.isNaN(den)) {
        b.denominator(den);
      }
      out.add(b.build());
    }, new Header(r.header(), r.source()));
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
    } catch (InvalidValueException e) {
      // two records of one block repeat, found when the block's store is built
      throw new CsvImportException(FORMAT, source, 0, null, "(records " + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new CsvImportException(FORMAT, source, 0, null, "(the file cannot be read): " + e, e);
    }
    return built(builder, source);
  }

  /** Parses the header row from text. */
  static Header header(String text, String source) {
    try (CsvRecords r = CsvRecords.open(new StringReader(text), FORMAT, source)) {
      return new Header(r.header(), source);
    }
  }

  /**
   * Parses records of a part of a file, which starts at a record {@code lineOffset} lines into the
   * file, into a builder, given the file's header.
   */
  static long parsePart(InputStream in, String source, BoundaryVintage vintage, ColumnarObservations.Builder builder,
      Header header, long lineOffset) {
    try (CsvRecords r = CsvRecords.openPart(in, FORMAT, source, header.names(), lineOffset)) {
      return parse(r, vintage, builder::append, header);
    }
  }

  /** Parses a whole UTF-8 stream into a new builder. */
  static long parseAll(InputStream in, String source, BoundaryVintage vintage, ColumnarObservations.Builder builder) {
    Objects.requireNonNull(vintage, "vintage");
    try (CsvRecords r = CsvRecords.open(in, FORMAT, source)) {
      return parse(r, vintage, builder::append, new Header(r.header(), source));
    }
  }

  /**
   * Appends the observations of CSV text to a columnar store builder, so several files can go into
   * one store; the reader is not closed.
   * <p>
   * All or nothing: the text is parsed and checked whole (including for two records sharing area,
   * vintage, indicator and period) before anything is appended, so after an exception the builder
   * holds what it held before.
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
    ColumnarObservations.Builder part = ColumnarObservations.builder();
    long n = parse(in, source, vintage, part::append);
    ColumnarObservations store = built(part, source);
    try {
      builder.appendAll(store);
    } catch (InvalidValueException e) {
      throw new CsvImportException(FORMAT, source, 0, null, "(does not fit the store: " + e.getMessage() + ")", e);
    }
    return n;
  }

  /** Builds a store, naming the source of two records that repeat. */
  static ColumnarObservations built(ColumnarObservations.Builder builder, String source) {
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      throw new CsvImportException(FORMAT, source, 0, null, "(records " + e.getMessage() + ")", e);
    }
  }

  /** Receives one record. */
  @FunctionalInterface
  private interface Sink {
    void accept(String area, String indicator, String period, BoundaryVintage vintage, double numerator,
        double denominator);
  }

  private static long parse(Reader in, String source, BoundaryVintage vintage, Sink sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vintage, "vintage");
    try (CsvRecords r = CsvRecords.open(in, FORMAT, source)) {
      return parse(r, vintage, sink, new Header(r.header(), source));
    }
  }

  private static long parse(CsvRecords r, BoundaryVintage vintage, Sink sink, Header h) {
    long records = 0;
    BoundaryVintage lastVintage = vintage;
    String lastVintageText = "";
    int[] at = h.columnOf;
    while (r.next()) {
      r.requireFields(h.needed);
      double num = r.decimal(at[3]);
      String denText = at[4] < 0 ? null : r.get(at[4]);
      double den = denText == null || denText.isEmpty() ? Double.NaN : r.decimal(at[4]);
      BoundaryVintage v = vintage;
      String vt = at[5] < 0 ? null : r.get(at[5]);
      if (vt != null && !vt.isEmpty()) {
        if (!vt.equals(lastVintageText)) {
          lastVintage = vintageOf(r, vt, h.names[5]);
          lastVintageText = vt;
        }
        v = lastVintage;
      }
      try {
        sink.accept(r.get(at[0]), r.get(at[1]), r.get(at[2]), v, num, den);
      } catch (InvalidValueException e) {
        String column = e.field().map(h::columnOfField).orElse(null);
        throw r.error(column, "(" + e.getMessage() + ")", e);
      }
      records++;
    }
    return records;
  }

  private static BoundaryVintage vintageOf(CsvRecords r, String text, String column) {
    try {
      return BoundaryVintage.of(text);
    } catch (InvalidValueException e) {
      throw r.error(column, "(" + e.getMessage() + ")", e);
    }
  }

  /** The header: which slot (of {@link #COLUMNS}) each field fills, and the names as written. */
  static final class Header {
    final int[] columnOf = new int[COLUMNS.length];
    final String[] names = new String[COLUMNS.length];
    final int needed;
    private final List<String> header;

    Header(List<String> header, String source) {
      this.header = List.copyOf(header);
      java.util.Arrays.fill(columnOf, -1);
      int last = 0;
      for (int k = 0; k < header.size(); k++) {
        String name = header.get(k);
        int slot = slot(name);
        if (slot >= 0) {
          if (names[slot] != null) {
            throw new CsvImportException(FORMAT, source, 1, name, "(must name each column once): " + header, null);
          }
          names[slot] = name;
          columnOf[slot] = k;
          last = Math.max(last, slot < REQUIRED ? k : 0);
        }
      }
      for (int s = 0; s < REQUIRED; s++) {
        if (names[s] == null) {
          throw new CsvImportException(FORMAT, source, 1, COLUMNS[s], "(the header must have this column): found "
              + header, null);
        }
      }
      needed = last + 1;
    }

    /** The header's names, as written. */
    List<String> names() {
      return header;
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
