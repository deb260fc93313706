package org.c2model.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.c2model.core.InvalidValueException;

/**
 * The fields of a value being read whose type has a factory but no public builder, such as
 * {@code DotVote.of(theme, votes)}: an {@link ObjectCodec} puts each field here by its JSON name,
 * and the factory takes them out. A required field that is absent fails as a builder would, naming
 * it, so the failure is reported at its path.
 */
final class Values {

  private final Map<String, Object> byName = new HashMap<>();

  /**
   * Puts a field's value.
   *
   * @param name  the JSON name, not null
   * @param value  the value, not null
   */
  void put(String name, Object value) {
    byName.put(name, value);
  }

  /** Checks whether an optional value was read. */
  boolean has(String name) {
    return byName.containsKey(name);
  }

  /**
   * Gets a required field's value.
   *
   * @param <V>  the field type
   * @param name  the JSON name, not null
   * @return the value, not null
   * @throws InvalidValueException naming the field as missing if it was not read
   */
  @SuppressWarnings("unchecked") // each name is put by exactly one field of one codec, with that field's type
  <V> V get(String name) {
    Object value = byName.get(name);
    if (value == null) {
      // The varargs constructor: the exception names the missing attribute, as a builder's would.
      throw new InvalidValueException(new String[] {name});
    }
    return (V) value;
  }

  /**
   * Gets an array field's elements.
   *
   * @param <V>  the element type
   * @param name  the JSON name, not null
   * @return the elements, empty if the field was absent, not null
   */
  @SuppressWarnings("unchecked") // as for get: the list was put by the array field of this name
  <V> List<V> list(String name) {
    Object value = byName.get(name);
    return value == null ? List.of() : (List<V>) value;
  }
}
