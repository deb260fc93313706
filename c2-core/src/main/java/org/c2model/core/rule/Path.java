package org.c2model.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.c2model.core.InvalidValueException;

/**
 * The location a finding is about, rendered as an RFC 6901 JSON Pointer such as
 * {@code /board/officers/chair}.
 * <p>
 * The same notation is used by c2-json for mapping errors, so rule findings and JSON errors can be
 * shown side by side in a CRM. {@link #segments()} is the contract; {@link #toString()} is the
 * pointer text, which {@link #parse(String)} reads back.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class Path implements Comparable<Path> {

  private static final Path ROOT = new Path(List.of());

  private final List<String> segments;

  private Path(List<String> segments) {
    this.segments = segments;
  }

  /**
   * Gets the root path, the empty JSON Pointer.
   *
   * @return the root, not null
   */
  public static Path root() {
    return ROOT;
  }

  /**
   * Obtains a path from its segments.
   *
   * @param segments  the unescaped segments, such as {@code "board", "officers", "chair"}, not null
   * @return the path, not null
   */
  public static Path of(String... segments) {
    for (String s : segments) {
      Objects.requireNonNull(s, "name");
    }
    // one list, not a path per segment: findings make paths by the thousand
    return segments.length == 0 ? ROOT : new Path(List.of(segments));
  }

  /**
   * Obtains a path from JSON Pointer text.
   *
   * @param pointer  the pointer, such as {@code /board/officers/chair} or the empty string, not null
   * @return the path, not null
   * @throws InvalidValueException if the text is not a JSON Pointer
   */
  public static Path parse(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw InvalidValueException.of("pointer", "must be empty or start with '/'", "'" + pointer + "'");
    }
    List<String> segments = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      if (raw.replace("~0", "").replace("~1", "").contains("~")) {
        throw InvalidValueException.of("pointer", "'~' must be escaped as ~0 or ~1", "'" + pointer + "'");
      }
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new Path(List.copyOf(segments));
  }

  /**
   * Returns a copy of this path with a property segment appended.
   *
   * @param name  the property name, not null
   * @return the longer path, not null
   */
  public Path property(String name) {
    Objects.requireNonNull(name, "name");
    String[] longer = segments.toArray(new String[segments.size() + 1]);
    longer[segments.size()] = name;
    return new Path(List.of(longer));
  }

  /**
   * Returns a copy of this path with an array index appended.
   *
   * @param index  the zero-based index, not negative
   * @return the longer path, not null
   * @throws InvalidValueException if the index is negative
   */
  public Path index(int index) {
    if (index < 0) {
      throw InvalidValueException.of("index", "must not be negative", index);
    }
    return property(Integer.toString(index));
  }

  /**
   * Gets the unescaped segments.
   *
   * @return the segments, not null
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Returns the RFC 6901 JSON Pointer text, such as {@code /board/officers/chair}.
   *
   * @return the pointer, empty for the root, not null
   */
  public String toJsonPointer() {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Path other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Path && ((Path) obj).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * Returns the JSON Pointer text; the root is shown as {@code /} for readability.
   *
   * @return the pointer text, not null
   */
  @Override
  public String toString() {
    return segments.isEmpty() ? "/" : toJsonPointer();
  }
}
