package org.c2model.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvFactoryBuilder;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.c2model.core.InvalidValueException;

/**
 * Reads the records of a CSV file with a header row, one at a time, strictly: the one CSV parser of
 * every c2 CSV reader, so that every reader accepts the same syntax and reports errors the same way.
 * <p>
 * The syntax is RFC 4180: fields separated by commas, records by LF or CR LF (or CR), a field in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""}). A UTF-8 byte order
 * mark at the start is skipped; empty lines are skipped; spaces around a field are trimmed. Optionally
 * (unit costs, deflators) lines starting with {@code #} are comments. The first record is the header.
 * <p>
 * Rejected, each with a {@link CsvImportException} naming the source, the line and, where there is
 * one, the column:
 * <ul>
 *   <li>an empty input (no header);</li>
 *   <li>a record with more fields than the header (the column is {@code field N}, the first extra
 *       one); a record with fewer fields is returned, its missing fields {@code null}, for the reader
 *       to judge;</li>
 *   <li>malformed CSV, such as a quote that is never closed (at the line the record starts on);</li>
 *   <li>a field longer than {@value #MAX_FIELD_LENGTH} characters (at the line the record starts on,
 *       naming the column), so a damaged file cannot exhaust memory;</li>
 *   <li>bytes that are not UTF-8, when reading bytes (at the line of the first invalid byte).</li>
 * </ul>
 * Every other line number is the line the record starts on, counting from 1, as an editor shows it.
 * <p>
 * Numbers: {@link #decimal(int)} and {@link #bigDecimal(int)} accept decimal digits only, with an
 * optional minus sign and an optional fraction ({@code 12}, {@code -3}, {@code 4.25}); no exponent,
 * hexadecimal, type suffix ({@code 7d}, {@code 7f}), {@code NaN}, {@code Infinity}, plus sign or
 * control character.
 *
 * <pre>{@code
 * try (CsvRecords records = CsvRecords.open(reader, "contacts CSV", "contacts.csv")) {
 *   int id = records.requireColumn("crm_id");
 *   while (records.next()) {
 *     String crmId = records.get(id);   // records.line() is the record's line
 *   }
 * }
 * }</pre>
 *
 * @implSpec Instances are not thread-safe: one reader, one thread.
 */
public final class CsvRecords implements AutoCloseable {

  /** The longest field accepted, in characters. */
  public static final int MAX_FIELD_LENGTH = 1_000_000;

  private static final CsvFactory FACTORY = factory(false);
  private static final CsvFactory WITH_COMMENTS = factory(true);

  private final CsvParser parser;
  private final String format;
  private final String source;
  private final long lineOffset;
  private final List<String> header;
  private String[] values;
  private int size;
  private long line;
  private long index = -1;

  private CsvRecords(CsvParser parser, String format, String source, long lineOffset, List<String> header) {
    this.parser = parser;
    this.format = format;
    this.source = source;
    this.lineOffset = lineOffset;
    this.values = new String[header == null ? 16 : Math.max(8, header.size() + 1)];
    if (header == null) {
      if (!next()) {
        throw new CsvImportException(format, source, 1, null, "(must start with a header row): empty input", null);
      }
      List<String> names = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        names.add(values[i]);
      }
      header = Collections.unmodifiableList(names);
      index = -1;
    }
    this.header = header;
  }

  private static CsvFactory factory(boolean comments) {
    CsvFactoryBuilder b = CsvFactory.builder()
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .enable(CsvParser.Feature.TRIM_SPACES)
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_LENGTH).build());
    if (comments) {
      b.enable(CsvParser.Feature.ALLOW_COMMENTS);
    }
    return b.build();
  }

  /**
   * Opens CSV text and reads its header row; the reader is not closed, not even by {@link #close()}.
   *
   * @param in  the CSV text, not null
   * @param format  what the file should be, for messages, such as {@code observation CSV}, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @return the records, positioned before the first data record, not null
   * @throws CsvImportException if the input is empty or its header row is malformed
   */
  public static CsvRecords open(Reader in, String format, String source) {
    return open(new BomSkipping(Objects.requireNonNull(in, "in")), format, source, FACTORY, null, 0);
  }

  /**
   * Opens UTF-8 bytes and reads their header row; the stream is not closed, not even by
   * {@link #close()}. Bytes that are not UTF-8 are rejected naming their line.
   *
   * @param in  the UTF-8 CSV, not null
   * @param format  what the file should be, for messages, such as {@code observation CSV}, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @return the records, positioned before the first data record, not null
   * @throws CsvImportException if the input is empty or its header row is malformed
   */
  public static CsvRecords open(InputStream in, String format, String source) {
    return open(new BomSkipping(new Utf8Reader(Objects.requireNonNull(in, "in"), 1)), format, source, FACTORY, null, 0);
  }

  /**
   * Opens CSV text whose lines starting with {@code #} are comments, as in unit-cost tables, and reads
   * its header row.
   *
   * @param in  the CSV text, not null
   * @param format  what the file should be, for messages, not null
   * @param source  the name of the source in errors, not null
   * @return the records, positioned before the first data record, not null
   * @throws CsvImportException if the input is empty or its header row is malformed
   */
  public static CsvRecords openWithComments(Reader in, String format, String source) {
    return open(new BomSkipping(Objects.requireNonNull(in, "in")), format, source, WITH_COMMENTS, null, 0);
  }

  /**
   * Opens UTF-8 bytes whose lines starting with {@code #} are comments and reads their header row;
   * the stream is not closed.
   *
   * @param in  the UTF-8 CSV, not null
   * @param format  what the file should be, for messages, not null
   * @param source  the name of the source in errors, not null
   * @return the records, positioned before the first data record, not null
   * @throws CsvImportException if the input is empty or its header row is malformed
   */
  public static CsvRecords openWithComments(InputStream in, String format, String source) {
    return open(new BomSkipping(new Utf8Reader(Objects.requireNonNull(in, "in"), 1)), format, source, WITH_COMMENTS, null, 0);
  }

  /**
   * Reads a UTF-8 file whose lines starting with {@code #} are comments, with a reader of its
   * stream, naming the file in errors.
   */
  static <T> T readFile(Path file, String format, BiFunction<InputStream, String, T> read) {
    Objects.requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in, source);
    } catch (IOException e) {
      throw new CsvImportException(format, source, 0, null, "(the file cannot be read): " + e, e);
    }
  }

  /**
   * Opens a part of a UTF-8 file that starts at a record, {@code lineOffset} lines into the file,
   * with the file's header given.
   */
  static CsvRecords openPart(InputStream in, String format, String source, List<String> header, long lineOffset) {
    return open(new Utf8Reader(in, lineOffset + 1), format, source, FACTORY, header, lineOffset);
  }

  private static CsvRecords open(Reader in, String format, String source, CsvFactory factory, List<String> header,
      long lineOffset) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    CsvParser p;
    try {
      p = factory.createParser(in);
    } catch (IOException e) {
      throw new CsvImportException(format, source, 0, null, "(cannot be read): " + e, new UncheckedIOException(e));
    }
    p.setSchema(CsvSchema.emptySchema());
    boolean ok = false;
    try {
      CsvRecords records = new CsvRecords(p, format, source, lineOffset, header);
      ok = true;
      return records;
    } finally {
      if (!ok) {
        closeQuietly(p);
      }
    }
  }

  /**
   * Gets the header row's names, as written (trimmed, without a byte order mark).
   *
   * @return the names, not null
   */
  public List<String> header() {
    return header;
  }

  /**
   * Finds a column by its header name, ignoring case; the first of two columns with the name.
   *
   * @param name  the name, not null
   * @return the column's index, empty if the header has no such column
   */
  public OptionalInt column(String name) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Finds a column the file must have by its header name.
   *
   * @param name  the name, not null
   * @return the column's index
   * @throws CsvImportException at line 1 if the header has no such column
   */
  public int requireColumn(String name) {
    return column(name).orElseThrow(() -> new CsvImportException(format, source, lineOffset + 1, name,
        "(the header must have this column): found " + header, null));
  }

  /**
   * Moves to the next data record.
   *
   * @return true if there is one, false at the end of the input
   * @throws CsvImportException if the record is malformed or has more fields than the header
   */
  public boolean next() {
    size = 0;
    line = 0;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return false;
      }
      if (t != JsonToken.START_ARRAY) {
        throw error(null, "(must be a CSV record): " + t, null);
      }
      line = parser.currentLocation().getLineNr() + lineOffset;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = parser.getText();
      }
      if (t != JsonToken.END_ARRAY) {
        throw error(null, "(must be a CSV record): " + t, null);
      }
    } catch (Utf8Reader.Malformed e) {
      throw new CsvImportException(format, source, e.line(), null, "(must be UTF-8): " + e.getMessage(), e);
    } catch (StreamConstraintsException e) {
      throw new CsvImportException(format, source, lineOrParser(e.getLocation()), columnName(size),
          "(a field must be at most " + MAX_FIELD_LENGTH + " characters): a longer field", e);
    } catch (JsonProcessingException e) {
      throw new CsvImportException(format, source, lineOrParser(e.getLocation()), null,
          "(must be well-formed CSV): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CsvImportException(format, source, line, null, "(cannot be read): " + e, new UncheckedIOException(e));
    }
    index++;
    if (header != null && size > header.size()) {
      throw error("field " + (header.size() + 1), "(must have at most the " + header.size()
          + " fields of the header): " + size + " fields", null);
    }
    return true;
  }

  private long lineOrParser(JsonLocation at) {
    if (line > 0) {
      return line;
    }
    return at == null ? 0 : at.getLineNr() + lineOffset;
  }

  private String columnName(int k) {
    return header == null ? null : k < header.size() ? header.get(k) : "field " + (k + 1);
  }

  /**
   * Gets the name of the source, as given to {@code open}.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the line the current record starts on.
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Gets the number of the current data record, counting from 0 after the header.
   *
   * @return the record number
   */
  public long index() {
    return index;
  }

  /**
   * Gets the number of fields of the current record.
   *
   * @return the number of fields, at most the header's
   */
  public int size() {
    return size;
  }

  /**
   * Gets a field of the current record, trimmed.
   *
   * @param column  the column's index
   * @return the field, null if the record is shorter
   */
  public String get(int column) {
    return column < size ? values[column] : null;
  }

  /**
   * Checks that the current record reaches a column, so that {@link #get} returns a field.
   *
   * @param columns  the number of fields needed
   * @throws CsvImportException naming the line if the record has fewer fields
   */
  public void requireFields(int columns) {
    if (size < columns) {
      throw error(null, "(must have the " + header.size() + " fields of the header): " + size + " fields", null);
    }
  }

  /**
   * Gets a field the record must have, not empty.
   *
   * @param column  the column's index
   * @return the field, not empty
   * @throws CsvImportException naming the line and column if the field is missing or empty
   */
  public String required(int column) {
    String text = get(column);
    if (text == null || text.isEmpty()) {
      throw error(columnName(column), "(must not be empty): " + (text == null ? "missing" : "''"), null);
    }
    return text;
  }

  /**
   * Parses a field the record must have with a c2 parser, such as {@code PriceYear::parse}.
   *
   * @param <T>  the type of value
   * @param column  the column's index
   * @param parser  the parser, throwing {@link IllegalArgumentException} (such as c2's
   *     {@code InvalidValueException}) for bad text, not null
   * @return the value, not null
   * @throws CsvImportException naming the line, column and text if the field is empty or the parser
   *     rejects it
   */
  public <T> T parse(int column, Function<String, T> parser) {
    String text = required(column);
    try {
      return Objects.requireNonNull(parser.apply(text), "parsed value");
    } catch (IllegalArgumentException e) {
      String why = e instanceof InvalidValueException ? e.getMessage() : "must be a valid " + columnName(column);
      throw error(columnName(column), "(" + why + "): '" + text + "'", e);
    }
  }

  /**
   * Parses a field as a decimal number: digits, an optional minus sign and an optional fraction.
   *
   * @param column  the column's index
   * @return the number
   * @throws CsvImportException naming the line and column if the field is missing or not such a number
   */
  public double decimal(int column) {
    String text = get(column);
    if (text != null) {
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
      if (isDecimal(text)) {
        return Double.parseDouble(text);
      }
    }
    throw notDecimal(column, text);
  }

  /**
   * Parses a field as an exact decimal number: digits, an optional minus sign and an optional fraction.
   *
   * @param column  the column's index
   * @return the number, not null
   * @throws CsvImportException naming the line and column if the field is missing or not such a number
   */
  public BigDecimal bigDecimal(int column) {
    String text = get(column);
    if (text == null || !isDecimal(text)) {
      throw notDecimal(column, text);
    }
    return new BigDecimal(text);
  }

  private CsvImportException notDecimal(int column, String text) {
    return error(columnName(column), "(must be a decimal number such as 12 or 4.25): "
        + (text == null ? "missing" : "'" + text + "'"), null);
  }

  /** Whether text is {@code -?[0-9]+(\.[0-9]+)?}. */
  static boolean isDecimal(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int start = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i == n && i > fraction;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Creates the exception for a problem in the current record.
   *
   * @param column  the column's header name, or null for the whole record
   * @param detail  what is wrong, naming the value, such as {@code (must be a month yyyy-MM): '2024-13'}, not null
   * @param cause  the underlying exception, or null
   * @return the exception, to throw, not null
   */
  public CsvImportException error(String column, String detail, Throwable cause) {
    return new CsvImportException(format, source, line, column, detail, cause);
  }

  /**
   * Releases the parser; the input given to {@code open} stays open.
   */
  @Override
  public void close() {
    closeQuietly(parser);
  }

  private static void closeQuietly(CsvParser p) {
    try {
      p.close();
    } catch (IOException e) {
      // nothing was written; a failure to close an input loses nothing
    }
  }

  /** Skips a byte order mark at the start of text, and leaves the input open. */
  private static final class BomSkipping extends FilterReader {
    private boolean started;

    BomSkipping(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      if (started || n <= 0) {
        return n;
      }
      started = true;
      if (cbuf[off] != '\uFEFF') {
        return n;
      }
      if (n > 1) {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        return n - 1;
      }
      return read(cbuf, off, len);
    }

    /** Leaves the caller's reader open: who opened it closes it. */
    @Override
    public void close() {
      // not closed here
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }
  }
}
