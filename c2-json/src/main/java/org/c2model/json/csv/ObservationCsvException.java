package org.c2model.json.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when an indicator observation CSV cannot be read: the file is empty or cannot be opened, a
 * required column is missing, or a value is malformed or out of range. The message names the
 * source, the line and the column (by its header name) and the offending value, such as
 * {@code Invalid observation CSV burglary.csv at line 4, column numerator (must be a number): 'twelve'}.
 * Match on {@link #line()} and {@link #column()}, not on the message.
 */
public class ObservationCsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String detail;

  ObservationCsvException(String source, long line, String column, String detail, Throwable cause) {
    super(String.format(Locale.ROOT, "Invalid observation CSV %s%s%s %s", source,
        line > 0 ? " at line " + line : "", column != null ? (line > 0 ? ", column " : " at column ") + column : "",
        detail), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** Returns the same problem with the line moved down, for a part of a file parsed on its own. */
  ObservationCsvException movedDown(long lines) {
    return new ObservationCsvException(source, line > 0 ? line + lines : 0, column, detail,
        getCause() != null ? getCause() : this);
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
