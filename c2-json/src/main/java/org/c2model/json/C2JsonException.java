package org.c2model.json;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.c2model.core.rule.Path;

/**
 * Thrown when a c2 JSON document cannot be read (or written): the one exception {@link C2Json}
 * throws for any bad input, whether the text is not JSON, exceeds a limit, is of another kind or a
 * newer major version, has an unknown property, a value of the wrong type, or a value c2-core
 * rejects.
 * <p>
 * The exception names where and what, in the shape of java.time:
 * {@code Invalid c2 JSON at /memberships/2/left (must be an ISO-8601 date ...): '2009-02-30' (line 31, column 17)}.
 * The same parts are available as {@link #path()}, {@link #invalidValue()}, {@link #line()} and
 * {@link #column()}; match on those, not on the message.
 * <p>
 * The path is an RFC 6901 JSON Pointer in the notation of c2-core's {@link Path}, the one rule
 * findings use. A problem with the document as a whole (empty input, trailing text after the
 * document, an I/O failure) has the root path, shown as {@code /} by {@link Path#toString()}, so the
 * path shown is never empty; {@link #pointer()} gives the exact RFC 6901 text, which is the empty
 * string for the root. A value that c2-core rejects keeps the c2-core
 * {@code InvalidValueException} as its {@link #getCause() cause}.
 */
public class C2JsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String invalidValue;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param path  where the problem is, the root for the document as a whole, not null
   * @param detail  what is wrong, such as {@code (must be a string): 12}, not null
   * @param invalidValue  the offending value as text, or null
   * @param line  the one-based line, or a value below 1 if unknown
   * @param column  the one-based column, or a value below 1 if unknown
   * @param cause  the cause, or null
   */
  C2JsonException(Path path, String detail, String invalidValue, int line, int column, Throwable cause) {
    super("Invalid c2 JSON at " + path + " " + detail
        + (line > 0 ? " (line " + line + (column > 0 ? ", column " + column : "") + ")" : ""), cause);
    this.pointer = Objects.requireNonNull(path, "path").toJsonPointer();
    this.invalidValue = invalidValue;
    this.line = line;
    this.column = column;
  }

  /**
   * Gets the path of the offending value, such as {@code /memberships/2/left}.
   *
   * @return the path, the root for problems of the document as a whole, not null
   */
  public Path path() {
    return Path.parse(pointer);
  }

  /**
   * Gets the RFC 6901 JSON Pointer of the offending value, such as {@code /memberships/2/left}.
   *
   * @return the pointer, the empty string for the root, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the offending value as text, shortened if long: a quoted string, a number, {@code an
   * object}, {@code end of input} and so on.
   *
   * @return the value, empty when no single value is at fault (a missing property)
   */
  public Optional<String> invalidValue() {
    return Optional.ofNullable(invalidValue);
  }

  /**
   * Gets the one-based line of the input where the problem was found.
   *
   * @return the line, empty if unknown
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Gets the one-based column of the input where the problem was found.
   *
   * @return the column, empty if unknown
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
