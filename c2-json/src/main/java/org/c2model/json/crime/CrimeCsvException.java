package org.c2model.json.crime;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when a police.uk CSV file cannot be read: a required column is missing, a value is
 * malformed, or the file cannot be opened. The message names the source, line and column and the
 * offending value, such as
 * {@code Invalid police.uk CSV 2024-01-devon-and-cornwall-street.csv at line 4, column Month (must be yyyy-MM): '2024/01'}.
 */
public class CrimeCsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;

  CrimeCsvException(String source, long line, String column, String detail, Throwable cause) {
    super(String.format(Locale.ROOT, "Invalid police.uk CSV %s%s%s %s", source,
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
   * Gets the one-based line of the problem.
   *
   * @return the line, empty if the problem is not on one line
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Gets the column (by its header name) of the problem.
   *
   * @return the column, empty if the problem is not in one column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
