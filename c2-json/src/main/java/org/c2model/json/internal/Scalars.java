package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * The codecs of JSON scalars: strings, ISO-8601 dates, whole numbers, booleans, enums as their
 * stable lower-case codes, types with a text form (area codes, rule ids, paths), decimal amounts
 * and currencies as strings, and string maps.
 */
public final class Scalars {

  private Scalars() {}

  /** A plain decimal: optional minus, no leading zeros, optional fraction, no exponent. */
  private static final Pattern DECIMAL_FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern CURRENCY_FORM = Pattern.compile("[A-Z]{3}");
  /** The most characters of a decimal string: the limit on JSON numbers of {@code C2Json}. */
  private static final int MAX_DECIMAL_LENGTH = 100;

  /**
   * A decimal amount as a JSON string in plain notation, such as {@code "1500.00"}, kept with its
   * scale: a string, not a JSON number, so that no reader rounds it through a double.
   */
  public static final Codec<BigDecimal> DECIMAL = textForm(BigDecimal.class, Scalars::decimal, BigDecimal::toPlainString);

  /** An ISO 4217 currency code, such as {@code "GBP"}. */
  public static final Codec<Currency> CURRENCY = textForm(Currency.class, Scalars::currency, Currency::getCurrencyCode);

  /** A JSON string. */
  public static final Codec<String> TEXT = new Codec<>(String.class) {
    @Override
    public String read(JsonIn in) throws IOException {
      return in.text();
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      g.writeString(value);
    }
  };

  /** An ISO-8601 date string, {@code yyyy-MM-dd}. */
  public static final Codec<LocalDate> DATE = new Codec<>(LocalDate.class) {
    @Override
    public LocalDate read(JsonIn in) throws IOException {
      return in.date();
    }

    @Override
    public void write(LocalDate value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }
  };

  /** A whole JSON number in the range of {@code int}. */
  public static final Codec<Integer> INTEGER = new Codec<>(Integer.class) {
    @Override
    public Integer read(JsonIn in) throws IOException {
      return in.integer();
    }

    @Override
    public void write(Integer value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }
  };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>(Boolean.class) {
    @Override
    public Boolean read(JsonIn in) throws IOException {
      return in.bool();
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }
  };

  /** A JSON object of strings, kept in document order. */
  @SuppressWarnings("unchecked") // Map.class stands for Map<String, String>; no value of another type is made
  public static final Codec<Map<String, String>> TEXT_MAP = new Codec<>((Class<Map<String, String>>) (Class<?>) Map.class) {
    @Override
    public Map<String, String> read(JsonIn in) throws IOException {
      if (in.parserToken() != JsonToken.START_OBJECT) {
        throw in.failHere("must be an object of strings");
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        in.nextValue();
        map.put(name, in.text());
      }
      return Collections.unmodifiableMap(map);
    }

    @Override
    public void write(Map<String, String> value, JsonGenerator g) throws IOException {
      g.writeStartObject();
      for (Map.Entry<String, String> e : value.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  };

  /**
   * Obtains the codec of an enum written as its stable code, such as {@code local_authority}.
   *
   * @param <E>  the enum type
   * @param type  the enum type, not null
   * @param code  gets a constant's code, not null
   * @return the codec, not null
   */
  public static <E extends Enum<E>> Codec<E> codes(Class<E> type, Function<E, String> code) {
    Map<String, E> byCode = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      byCode.put(code.apply(e), e);
    }
    String allowed = "must be one of " + String.join(", ", byCode.keySet());
    // Each constant's code, by ordinal, made once with its quoted UTF-8 form: writing asks for a code per value.
    SerializedString[] codeOfOrdinal = new SerializedString[type.getEnumConstants().length];
    for (E e : type.getEnumConstants()) {
      codeOfOrdinal[e.ordinal()] = new SerializedString(code.apply(e));
    }
    return new Codec<>(type) {
      @Override
      public E read(JsonIn in) throws IOException {
        E e = byCode.get(in.text());
        if (e == null) {
          throw in.failHere(allowed);
        }
        return e;
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(codeOfOrdinal[value.ordinal()]);
      }
    };
  }

  /**
   * Gets the code of an enum constant that c2-core gives no code of its own: its name in lower
   * case, such as {@code lower_is_better}. Constant names are public API, so the code is stable.
   *
   * @param constant  the constant, not null
   * @return the code, not null
   */
  public static String lowerCaseName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static BigDecimal decimal(String text) {
    if (text.length() > MAX_DECIMAL_LENGTH || !DECIMAL_FORM.matcher(text).matches()) {
      throw InvalidValueException.of("amount", "must be a decimal number in plain notation, such as 1500.00, of at most "
          + MAX_DECIMAL_LENGTH + " characters", "'" + text + "'");
    }
    return new BigDecimal(text);
  }

  private static Currency currency(String text) {
    if (CURRENCY_FORM.matcher(text).matches()) {
      try {
        return Currency.getInstance(text);
      } catch (IllegalArgumentException e) {
        // fall through: not a code the JDK knows
      }
    }
    throw InvalidValueException.of("currency", "must be an ISO 4217 currency code such as GBP", "'" + text + "'");
  }

  /**
   * Obtains the codec of a type written as its text form, such as an area code; a text that the
   * type rejects with {@link InvalidValueException} is reported at the string.
   *
   * @param <T>  the type
   * @param type  the type, not null
   * @param parse  reads the text, throwing {@code InvalidValueException} for a bad one, not null
   * @param format  writes the text, not null
   * @return the codec, not null
   */
  public static <T> Codec<T> textForm(Class<T> type, Function<String, T> parse, Function<T, String> format) {
    return new Codec<>(type) {
      @Override
      public T read(JsonIn in) throws IOException {
        String text = in.text();
        try {
          return parse.apply(text);
        } catch (InvalidValueException e) {
          throw in.invalidHere(e);
        }
      }

      @Override
      public void write(T value, JsonGenerator g) throws IOException {
        g.writeString(format.apply(value));
      }
    };
  }
}
