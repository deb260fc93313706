package org.c2model.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.c2model.core.rule.Path;

/**
 * Collects what a lenient read skipped. One instance per read, handed to the deserializers as a
 * {@code DeserializationContext} attribute under {@link #KEY}; without it, reading is strict.
 */
public final class Warnings {

  /** The attribute key. */
  public static final Object KEY = Warnings.class;

  private final List<Warning> items = new ArrayList<>();

  /** One skipped item: where, and what. */
  public static final class Warning {
    private final Path path;
    private final String message;

    Warning(Path path, String message) {
      this.path = path;
      this.message = message;
    }

    /**
     * Gets where the skipped item was.
     *
     * @return the path, not null
     */
    public Path path() {
      return path;
    }

    /**
     * Gets what was skipped.
     *
     * @return the message, not null
     */
    public String message() {
      return message;
    }
  }

  void add(Path path, String message) {
    items.add(new Warning(path, message));
  }

  /**
   * Gets the warnings in document order.
   *
   * @return the warnings, not null
   */
  public List<Warning> items() {
    return Collections.unmodifiableList(items);
  }
}
