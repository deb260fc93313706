package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Optional;
import org.c2model.core.rule.Path;

/**
 * A mapping failure at a known JSON Pointer, raised by the c2 deserializers. It is a
 * {@link JsonMappingException}, so plain {@code ObjectMapper} users see a Jackson exception; the
 * {@code C2Json} facade turns it into a {@code C2JsonException} with the same path.
 */
public final class PointedException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The path; Path is not serializable, and this exception is never serialized in practice. */
  private final transient Path path;
  private final String detail;
  private final String invalidValue;

  PointedException(JsonParser p, Path path, String detail, String invalidValue, Throwable cause) {
    // Jackson takes the location from the parser: the current token's.
    super(p, "Invalid c2 JSON at " + path + " " + detail, cause);
    this.path = path;
    this.detail = detail;
    this.invalidValue = invalidValue;
  }

  /**
   * Gets the path of the offending value.
   *
   * @return the path, the root for the document as a whole, not null
   */
  public Path path() {
    return path;
  }

  /**
   * Gets the problem without the path, such as {@code (must be a string): 12}, or for a value
   * c2-core rejects, {@code - } and c2-core's message.
   *
   * @return the detail, not null
   */
  public String detail() {
    return detail;
  }

  /**
   * Gets the offending value as text.
   *
   * @return the value, empty when there is no single value to show
   */
  public Optional<String> invalidValue() {
    return Optional.ofNullable(invalidValue);
  }
}
