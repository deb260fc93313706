package org.c2model.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.c2model.core.rule.Path;
import org.c2model.json.ReadWarning;

/**
 * Collects what a lenient read skipped. One instance per read, handed to the deserializers as a
 * {@code DeserializationContext} attribute under {@link #KEY}; without it, reading is strict.
 */
public final class Warnings {

  /** The attribute key. */
  public static final Object KEY = Warnings.class;

  private final List<ReadWarning> items = new ArrayList<>();

  void add(Path path, String message) {
    items.add(ReadWarning.of(path, message));
  }

  /** Forgets the warnings, before the input is read again. */
  public void clear() {
    items.clear();
  }

  /**
   * Gets the warnings in document order.
   *
   * @return the warnings, not null
   */
  public List<ReadWarning> items() {
    return Collections.unmodifiableList(items);
  }
}
