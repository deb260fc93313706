package org.c2model.json.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.c2model.core.InvalidValueException;

/**
 * A value being read whose document also holds values c2-metrics derives from it, such as the
 * totals of counts: the builder, and each derived value as written, checked once the value is built
 * so that a document whose totals disagree with its parts is refused, naming the field.
 *
 * @param <B>  the builder type
 */
final class Derived<B> {

  final B builder;
  private final Map<String, Object> written = new HashMap<>();

  Derived(B builder) {
    this.builder = builder;
  }

  /**
   * Records a derived value as written.
   *
   * @param name  the JSON name, not null
   * @param value  the value, not null
   */
  void put(String name, Object value) {
    written.put(name, value);
  }

  /**
   * Checks a required derived value: it must equal the one computed from the built value.
   *
   * @param <T>  the value type
   * @param value  the built value, not null
   * @param name  the JSON name, not null
   * @param derive  computes the derived value, not null
   * @return the value, not null
   * @throws InvalidValueException naming the field if the written value differs
   */
  <T> T check(T value, String name, Function<T, Object> derive) {
    return checkOptional(value, name, v -> Optional.of(derive.apply(v)));
  }

  /**
   * Checks an optional derived value: written exactly when computed, and equal to it.
   *
   * @param <T>  the value type
   * @param value  the built value, not null
   * @param name  the JSON name, not null
   * @param derive  computes the derived value, empty when it is absent, not null
   * @return the value, not null
   * @throws InvalidValueException naming the field if the written value differs
   */
  <T> T checkOptional(T value, String name, Function<T, Optional<?>> derive) {
    Optional<?> computed = derive.apply(value);
    Optional<Object> given = Optional.ofNullable(written.get(name));
    if (!same(computed, given)) {
      throw InvalidValueException.of(name, "must be " + computed.map(Object::toString).orElse("absent")
          + ", as derived from the rest of the value", given.map(Object::toString).orElse("absent"));
    }
    return value;
  }

  /** Equal, decimals by value: 0E+34 as computed is the 0 a writer wrote. */
  private static boolean same(Optional<?> computed, Optional<Object> given) {
    if (computed.isPresent() && given.isPresent() && computed.get() instanceof BigDecimal
        && given.get() instanceof BigDecimal) {
      return ((BigDecimal) computed.get()).compareTo((BigDecimal) given.get()) == 0;
    }
    return computed.equals(given);
  }
}
