package org.c2model.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A constant of a closed set with a stable code, such as {@code door_to_door}: what the c2 formats
 * write for it. Each constant declares its code explicitly, so renaming a Java constant never
 * changes a format; a published code is never changed within a major format version.
 */
public interface Coded {

  /**
   * Gets the stable code of this constant.
   *
   * @return the code, lower case with underscores, not null
   */
  String code();

  /**
   * Finds the constant with a code.
   *
   * @param <E>  the enum type
   * @param values  the enum's values, not null
   * @param code  the code, may be null
   * @return the constant, not null
   * @throws InvalidValueException naming the valid codes if the code is unknown
   */
  static <E extends Enum<E> & Coded> E fromCode(E[] values, String code) {
    for (E e : values) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw InvalidValueException.of("code", "must be one of "
        + Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", ")), "'" + code + "'");
  }
}
