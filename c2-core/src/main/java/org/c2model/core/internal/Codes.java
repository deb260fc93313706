package org.c2model.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;

/**
 * Stable lower-case codes of enum constants (such as {@code door_to_door}) and their lookup, shared
 * by the enums of the journey model.
 */
public final class Codes {

  private Codes() {}

  /**
   * Gets the code of a constant: its name in lower case.
   *
   * @param constant  the constant, not null
   * @return the code, not null
   */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the constant with a code.
   *
   * @param <E>  the enum type
   * @param values  the enum's values, not null
   * @param code  the code, may be null
   * @param field  the field name for the message
   * @return the constant, not null
   * @throws InvalidValueException naming the field and the valid codes if the code is unknown
   */
  public static <E extends Enum<E>> E fromCode(E[] values, String code, String field) {
    for (E e : values) {
      if (code(e).equals(code)) {
        return e;
      }
    }
    throw InvalidValueException.of(field, "must be one of "
        + Arrays.stream(values).map(Codes::code).collect(Collectors.joining(", ")), "'" + code + "'");
  }
}
