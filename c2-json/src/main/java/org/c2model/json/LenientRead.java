package org.c2model.json;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of a lenient read: the document, and the warnings for what was skipped to read it.
 * <p>
 * A lenient read skips unknown properties (a CRM's extra fields, or fields of a newer minor
 * format version) and records each as a {@link ReadWarning}; everything else is as strict as a
 * normal read.
 *
 * @param <T>  the type of the document
 * @implSpec This class is immutable and thread-safe if the value is.
 */
@Value.Immutable
public abstract class LenientRead<T> {

  LenientRead() {}

  /**
   * Gets the document read.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract T value();

  /**
   * Gets the warnings, in document order.
   *
   * @return the warnings, not null
   */
  @Value.Parameter
  public abstract List<ReadWarning> warnings();

  /**
   * Checks if anything was skipped.
   *
   * @return true if there is a warning
   */
  public boolean hasWarnings() {
    return !warnings().isEmpty();
  }

  /**
   * Obtains a result.
   *
   * @param <T>  the type of the document
   * @param value  the document, not null
   * @param warnings  the warnings, not null
   * @return the result, not null
   */
  public static <T> LenientRead<T> of(T value, List<ReadWarning> warnings) {
    return ImmutableLenientRead.of(value, warnings);
  }

  /**
   * Returns a summary: the value, then one line per warning.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LenientRead{").append(value())
        .append(", ").append(warnings().size()).append(warnings().size() == 1 ? " warning" : " warnings");
    warnings().forEach(w -> sb.append("\n  ").append(w));
    return sb.append('}').toString();
  }
}
