package org.c2model.json;

import org.c2model.core.rule.Path;
import org.immutables.value.Value;

/**
 * Something a lenient read skipped, such as an unknown property at {@code /residents/0/colour}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadWarning {

  ReadWarning() {}

  /**
   * Gets the path of what was skipped.
   *
   * @return the path, not null
   */
  @Value.Parameter
  public abstract Path path();

  /**
   * Gets what was skipped, such as {@code unknown property 'colour' skipped}.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Obtains a warning.
   *
   * @param path  the path, not null
   * @param message  the message, not null
   * @return the warning, not null
   */
  public static ReadWarning of(Path path, String message) {
    return ImmutableReadWarning.of(path, message);
  }

  /**
   * Returns the path and message, such as {@code /residents/0/colour: unknown property 'colour' skipped}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return path() + ": " + message();
  }
}
