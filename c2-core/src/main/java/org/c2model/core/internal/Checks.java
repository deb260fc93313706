package org.c2model.core.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.c2model.core.InvalidValueException;

/**
 * Invariant checks shared by the value types; each throws {@link InvalidValueException} naming the
 * field and the bad value.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks that a text value is not blank.
   *
   * @param value  the value, not null
   * @param field  the field name for the message
   * @return the value
   */
  public static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw InvalidValueException.of(field, "must not be blank", "'" + value + "'");
    }
    return value;
  }

  /**
   * Checks that a count is zero or more.
   *
   * @param value  the count
   * @param field  the field name for the message
   * @return the value
   */
  public static long notNegative(long value, String field) {
    if (value < 0) {
      throw InvalidValueException.of(field, "must not be negative", value);
    }
    return value;
  }

  /**
   * Checks that a number is finite and zero or more.
   *
   * @param value  the number
   * @param field  the field name for the message
   * @return the value
   */
  public static double notNegative(double value, String field) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw InvalidValueException.of(field, "must be a finite number, not negative", value);
    }
    return value;
  }

  /**
   * Checks that a number is finite.
   *
   * @param value  the number
   * @param field  the field name for the message
   * @return the value
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw InvalidValueException.of(field, "must be a finite number", value);
    }
    return value;
  }

  /**
   * Checks that a number is a share, between 0 and 1 inclusive.
   *
   * @param value  the number
   * @param field  the field name for the message
   * @return the value
   */
  public static double share(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw InvalidValueException.of(field, "must be between 0 and 1", value);
    }
    return value;
  }

  /**
   * Checks that an end date is after a start date (half-open periods may not be empty).
   *
   * @param end  the exclusive end, not null
   * @param start  the inclusive start, not null
   * @param endField  the field name of the end
   * @param startField  the field name of the start
   */
  public static void after(LocalDate end, LocalDate start, String endField, String startField) {
    if (!end.isAfter(start)) {
      throw InvalidValueException.of(endField, "must be after " + startField + " " + start, end);
    }
  }

  /**
   * Checks that the keys of a list are unique.
   *
   * @param <T>  the element type
   * @param items  the items, not null
   * @param key  extracts the key
   * @param field  the list's field name, such as {@code residents}
   * @param keyName  the key's name, such as {@code id}
   */
  public static <T> void unique(List<T> items, Function<T, ?> key, String field, String keyName) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      if (!seen.add(k)) {
        throw InvalidValueException.of(field + "[" + i + "]." + keyName, "must be unique", k);
      }
    }
  }
}
