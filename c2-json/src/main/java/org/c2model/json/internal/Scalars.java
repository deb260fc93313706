package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * The codecs of JSON scalars: strings, ISO-8601 dates, whole numbers, booleans, enums as their
 * stable lower-case codes, types with a text form (area codes, rule ids, paths), decimal amounts
 * and currencies as strings, and string maps. Each carries its JSON Schema, which the generated
 * schemas use wherever a field holds it.
 */
public final class Scalars {

  private Scalars() {}

  /** A plain decimal: optional minus, no leading zeros, optional fraction, no exponent. */
  static final Pattern DECIMAL_FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  static final Pattern CURRENCY_FORM = Pattern.compile("[A-Z]{3}");
  /** The most characters of a decimal string: the limit on JSON numbers of {@code C2Json}. */
  private static final int MAX_DECIMAL_LENGTH = 100;

  /**
   * A decimal amount as a JSON string in plain notation, such as {@code "1500.00"}, kept with its
   * scale: a string, not a JSON number, so that no reader rounds it through a double.
   */
  public static final Codec<BigDecimal> DECIMAL = textForm(BigDecimal.class, Scalars::decimal,
      BigDecimal::toPlainString, "decimal", SchemaGenerator.node("description",
          "A decimal number as a string in plain notation, like a money amount.",
          "type", "string", "pattern", anchored(DECIMAL_FORM), "maxLength", MAX_DECIMAL_LENGTH));

  /** An ISO 4217 currency code, such as {@code "GBP"}. */
  public static final Codec<Currency> CURRENCY = textForm(Currency.class, Scalars::currency, Currency::getCurrencyCode,
      null, SchemaGenerator.node("description", "An ISO 4217 currency code.", "type", "string", "pattern",
          anchored(CURRENCY_FORM)));

  /** A JSON string. */
  public static final Codec<String> TEXT = string("text", "Text; not blank.", false);

  /**
   * An id, such as a person's, an activity's or an indicator's: text like {@link #TEXT}, read as one
   * shared instance per distinct id of the document (ids repeat in every reference to them).
   */
  public static final Codec<String> ID = string("id", "An id: text, not blank, unique where its object says so.", true);

  /** A codec of non-blank text; {@code shared} reads it with {@link JsonIn#sharedText()}. */
  private static Codec<String> string(String defName, String description, boolean shared) {
    return new Codec<>(String.class, defName,
        SchemaGenerator.node("description", description, "type", "string", "minLength", 1)) {
      @Override
      public String read(JsonIn in) throws IOException {
        return shared ? in.sharedText() : in.text();
      }

      @Override
      public void write(String value, JsonGenerator g) throws IOException {
        g.writeString(value);
      }
    };
  }

  /** An ISO-8601 date string, {@code yyyy-MM-dd}. */
  public static final Codec<LocalDate> DATE = new Codec<>(LocalDate.class, "date",
      SchemaGenerator.node("description", "An ISO-8601 calendar date, yyyy-MM-dd.", "type", "string",
          "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format", "date")) {
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
  public static final Codec<Integer> INTEGER = integer(
      SchemaGenerator.node("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE));

  /**
   * A whole JSON number, zero or more: {@link #INTEGER} with the schema of a count, such as the
   * values of counts by kind.
   */
  public static final Codec<Integer> COUNT = integer(SchemaGenerator.node("description",
      "A whole number, zero or more.", "type", "integer", "minimum", 0, "maximum", Integer.MAX_VALUE));

  private static Codec<Integer> integer(ObjectNode schema) {
    return new Codec<>(Integer.class, null, schema) {
      @Override
      public Integer read(JsonIn in) throws IOException {
        return in.integer();
      }

      @Override
      public void write(Integer value, JsonGenerator g) throws IOException {
        g.writeNumber(value);
      }
    };
  }

  /**
   * A real number ({@code double}) as a JSON number in the shortest form Java prints it
   * ({@link Double#toString(double)}, such as {@code 72.0} or {@code 1.0E-4}), so that writing a
   * parsed document again gives the same bytes. The values a JSON number cannot hold are strings:
   * {@code "Infinity"}, {@code "-Infinity"} (an interval limit at a confidence level of 1) and
   * {@code "NaN"}.
   */
  public static final Codec<Double> REAL = new Codec<>(Double.class, "real",
      SchemaGenerator.node("description", "A real number, as Java prints a double (such as 72.0 or 1.0E-4), so that a"
          + " parsed document written again is the same text. A value a JSON number cannot hold is a string:"
          + " Infinity or -Infinity (an interval limit at a confidence level of 1), NaN.",
          "oneOf", List.of(SchemaGenerator.node("type", "number"),
              SchemaGenerator.node("enum", List.of("Infinity", "-Infinity", "NaN"))))) {
    @Override
    public Double read(JsonIn in) throws IOException {
      return in.real();
    }

    @Override
    public void write(Double value, JsonGenerator g) throws IOException {
      double d = value;
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeString(Double.toString(d));
      }
    }
  };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>(Boolean.class, null,
      SchemaGenerator.node("type", "boolean")) {
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
  public static final Codec<Map<String, String>> TEXT_MAP = new Codec<>((Class<Map<String, String>>) (Class<?>) Map.class,
      null, SchemaGenerator.node("type", "object", "additionalProperties", SchemaGenerator.node("type", "string"))) {
    @Override
    public Map<String, String> read(JsonIn in) throws IOException {
      if (in.parserToken() != JsonToken.START_OBJECT) {
        throw in.failHere("must be an object of strings");
      }
      Map<String, String> map = new LinkedHashMap<>();
      Set<String> names = new HashSet<>();
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        in.checkName(names, name);
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
   * Obtains the codec of a map written as a JSON object, such as counts by kind
   * {@code {"new_service": 2, "changed_practice": 1}}: each key as its text, in the map's order
   * (give an {@code EnumMap}, a sorted map or an insertion-ordered one, never a hash map). On
   * reading, the keys keep the document's order; a key its type rejects is reported at the key.
   *
   * @param <K>  the key type
   * @param <V>  the value type
   * @param keyForm  the codec of a key as a string, for the schema of the keys, not null
   * @param key  writes a key as its text, such as an enum's code, not null
   * @param parseKey  reads a key, throwing {@link InvalidValueException} for a bad one, not null
   * @param value  the codec of the values, not null
   * @return the codec, not null
   */
  @SuppressWarnings("unchecked") // Map.class stands for Map<K, V>; no value of another type is made
  public static <K, V> Codec<Map<K, V>> map(Codec<K> keyForm, Function<K, String> key, Function<String, K> parseKey,
      Codec<V> value) {
    return new Codec<>((Class<Map<K, V>>) (Class<?>) Map.class, null, null) {
      @Override
      ObjectNode schema(SchemaGenerator gen) {
        return SchemaGenerator.node("type", "object", "propertyNames", gen.use(keyForm),
            "additionalProperties", gen.use(value));
      }

      @Override
      public Map<K, V> read(JsonIn in) throws IOException {
        if (in.parserToken() != JsonToken.START_OBJECT) {
          throw in.failHere("must be an object");
        }
        Map<K, V> map = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
          in.checkName(names, name);
          in.nextValue();
          K k;
          try {
            k = parseKey.apply(name);
          } catch (InvalidValueException e) {
            throw in.invalidHere(e);
          }
          map.put(k, value.read(in));
        }
        return Collections.unmodifiableMap(map);
      }

      @Override
      public void write(Map<K, V> map, JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Map.Entry<K, V> e : map.entrySet()) {
          g.writeFieldName(key.apply(e.getKey()));
          value.write(e.getValue(), g);
        }
        g.writeEndObject();
      }
    };
  }

  /**
   * Obtains the codec of a map keyed by the codes of an enum, such as counts by kind
   * {@code {"new_service": 2}}: {@link #map} with each key as its code.
   *
   * @param <E>  the enum type
   * @param <V>  the value type
   * @param type  the enum type, not null
   * @param codes  the codec of the enum's codes, for the schema of the keys, not null
   * @param value  the codec of the values, not null
   * @return the codec, not null
   */
  public static <E extends Enum<E> & Coded, V> Codec<Map<E, V>> byCode(Class<E> type, Codec<E> codes, Codec<V> value) {
    return map(codes, Coded::code, keyCodes(type, Coded::code), value);
  }

  /**
   * Obtains the reader of an enum's code as a map key, such as {@code new_service}.
   *
   * @param <E>  the enum type
   * @param type  the enum type, not null
   * @param code  gets a constant's code, not null
   * @return the reader, throwing {@link InvalidValueException} for an unknown code, not null
   */
  public static <E extends Enum<E>> Function<String, E> keyCodes(Class<E> type, Function<E, String> code) {
    Map<String, E> byCode = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      byCode.put(code.apply(e), e);
    }
    String allowed = "must be one of " + String.join(", ", byCode.keySet());
    return text -> {
      E e = byCode.get(text);
      if (e == null) {
        throw InvalidValueException.of("key", allowed, "'" + text + "'");
      }
      return e;
    };
  }

  /**
   * Gets an optional {@code double} as an {@code Optional}, for an optional field of {@link #REAL}.
   *
   * @param value  the value, not null
   * @return the value, empty if absent, not null
   */
  public static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  /**
   * Gets an optional {@code int} as an {@code Optional}, for an optional field of {@link #INTEGER}.
   *
   * @param value  the value, not null
   * @return the value, empty if absent, not null
   */
  public static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /**
   * Obtains the codec of an enum written as the code each constant declares, such as
   * {@code local_authority}: never derived from the Java constant's name.
   *
   * @param <E>  the enum type
   * @param type  the enum type, not null
   * @param description  what the codes stand for, for the schema, not null
   * @return the codec, not null
   */
  public static <E extends Enum<E> & Coded> Codec<E> codes(Class<E> type, String description) {
    Function<E, String> code = Coded::code;
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
    ObjectNode schema = SchemaGenerator.node("description", description, "enum", List.copyOf(byCode.keySet()));
    Codes codes = new Codes(List.copyOf(byCode.keySet()));
    List<E> constants = List.copyOf(byCode.values());
    return new Codec<>(type, SchemaGenerator.defName(type), schema) {
      @Override
      public E read(JsonIn in) throws IOException {
        int k = in.code(codes);
        if (k < 0) {
          // read as text first, so a text that is not Unicode fails as such, as any text does
          in.sharedText();
          throw in.failHere(allowed);
        }
        return constants.get(k);
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(codeOfOrdinal[value.ordinal()]);
      }
    };
  }

  /** The schema pattern of a form: the whole string. */
  static String anchored(Pattern form) {
    return "^" + form.pattern() + "$";
  }

  private static BigDecimal decimal(String text) {
    if (text.length() > MAX_DECIMAL_LENGTH || !isPlainDecimal(text)) {
      throw InvalidValueException.of("amount", "must be a decimal number in plain notation, such as 1500.00, of at most "
          + MAX_DECIMAL_LENGTH + " characters", "'" + text + "'");
    }
    return new BigDecimal(text);
  }

  /**
   * Checks a plain decimal by hand: exactly the strings {@link #DECIMAL_FORM} matches (a matcher
   * per amount cost more than the rest of reading it).
   */
  static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = countDigits(text, i);
    if (digits == 0 || digits > 1 && text.charAt(i) == '0') {
      return false;
    }
    i += digits;
    if (i == n) {
      return true;
    }
    return text.charAt(i) == '.' && i + 1 < n && countDigits(text, i + 1) == n - i - 1;
  }

  private static int countDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** Checks {@link #CURRENCY_FORM}, three letters A-Z, by hand. */
  static boolean isCurrencyForm(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static Currency currency(String text) {
    if (isCurrencyForm(text)) {
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
   * @param defName  the name of its {@code $defs} entry in the schemas, or null to write it inline
   * @param schema  the schema of the text, not null
   * @return the codec, not null
   */
  public static <T> Codec<T> textForm(Class<T> type, Function<String, T> parse, Function<T, String> format,
      String defName, ObjectNode schema) {
    return new Codec<>(type, defName, schema) {
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
