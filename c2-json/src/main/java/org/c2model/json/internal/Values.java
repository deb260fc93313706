package org.c2model.json.internal;

import java.util.Arrays;
import java.util.List;
import org.c2model.core.InvalidValueException;

/**
 * The fields of a value being read whose type has a factory but no public builder, such as
 * {@code DotVote.of(theme, votes)}: an {@link ObjectCodec} puts each field here by its JSON name,
 * and the factory takes them out. A required field that is absent fails as a builder would, naming
 * it, so the failure is reported at its path.
 */
final class Values {

  // A few fields each (a factory takes two to six): names and values side by side, found by a scan,
  // rather than a hash map with its table and a node per field for every value read.
  private String[] names = new String[6];
  private Object[] values = new Object[6];
  private int size;

  /**
   * Puts a field's value.
   *
   * @param name  the JSON name, not null
   * @param value  the value, not null
   */
  void put(String name, Object value) {
    int i = indexOf(name);
    if (i < 0) {
      if (size == names.length) {
        names = Arrays.copyOf(names, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      i = size++;
      names[i] = name;
    }
    values[i] = value;
  }

  /** Checks whether an optional value was read. */
  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Object valueOf(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
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
    Object value = valueOf(name);
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
    Object value = valueOf(name);
    return value == null ? List.of() : (List<V>) value;
  }
}
