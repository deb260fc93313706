package org.c2model.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.c2model.core.rule.Path;

/**
 * Collects what a lenient read skipped. One instance per read, handed to the deserializers as a
 * {@code DeserializationContext} attribute under {@link #KEY}; without it, reading is strict.
 * It knows nothing of the public warning type, so that this package does not depend on
 * {@code org.c2model.json}: the caller makes its warnings from the paths and messages.
 */
public final class Warnings {

  /** The attribute key. */
  public static final Object KEY = Warnings.class;

  private final List<Path> paths = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();

  void add(Path path, String message) {
    paths.add(path);
    messages.add(message);
  }

  /**
   * Gets the warnings in document order.
   *
   * @param <W>  the warning type
   * @param make  makes a warning from its path and message, not null
   * @return the warnings, not null
   */
  public <W> List<W> items(BiFunction<Path, String, W> make) {
    List<W> out = new ArrayList<>(paths.size());
    for (int i = 0; i < paths.size(); i++) {
      out.add(make.apply(paths.get(i), messages.get(i)));
    }
    return List.copyOf(out);
  }
}
