package org.c2model.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when a CSV file c2-csv imports (indicator observations, police.uk street-level crime, unit
 * costs, deflators, or any file read with {@link CsvRecords}) cannot be read: the file is empty or
 * cannot be opened, is not UTF-8 or not well-formed CSV, a required column is missing, a record has
 * more fields than the header, or a value is malformed or out of range. It is the one exception of
 * every CSV import. The message names the source, the line and the column (by its header name, or
 * {@code field N} for a field beyond the header) and the offending value, such as
 * {@code Invalid observation CSV burglary.csv at line 4, column numerator (must be a decimal number such as 12 or 4.25): 'twelve'}.
 * Match on {@link #line()} and {@link #column()}, not on the message.
 */
public class CsvImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;

  /**
   * Creates an exception for a bad file, row or cell; c2-csv's readers create them.
   *
   * @param format  what the file should be, such as {@code observation CSV} or {@code police.uk CSV}, not null
   * @param source  the file name or other source, not null
   * @param line  the line, from 1; 0 when not known
   * @param column  the column's header name, or null when the whole row or file is at fault
   * @param detail  what is wrong, naming the value, not null
   * @param cause  the underlying exception, or null
   */
  public CsvImportException(String format, String source, long line, String column, String detail, Throwable cause) {
    super(String.format(Locale.ROOT, "Invalid %s %s%s%s %s", format, source,
        line > 0 ? " at line " + line : "", column != null ? (line > 0 ? ", column " : " at column ") + column : "",
        detail), cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * Gets the name of the file or stream that failed.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the one-based line of the problem (the line a record starts on).
   *
   * @return the line, empty if the problem is not on one line
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Gets the column of the problem, by its name in the header.
   *
   * @return the column, empty if the problem is not in one column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
