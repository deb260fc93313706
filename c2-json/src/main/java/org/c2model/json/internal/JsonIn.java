package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Path;

/**
 * The state of one read: the parser, whether reading is lenient (and where its warnings go), and
 * the rules every c2 document follows: the header, unknown properties, strict scalar types and
 * JSON Pointer paths on every failure.
 * <p>
 * Every failure is a {@link PointedException} at the JSON Pointer of the offending value, taken
 * from the parser's context: for a value, the value's pointer; for an invariant a builder
 * rejects, the object's pointer plus the field the {@link InvalidValueException} names.
 */
public final class JsonIn {

  /** The format version this reader writes and the major version it reads. */
  public static final String FORMAT_VERSION = "1.1";
  static final int MAJOR = 1;
  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");
  private static final int MAX_SHOWN = 60;
  /** Up to this many elements, a distinct array is checked by comparing with the earlier ones. */
  private static final int SMALL_SET = 16;

  private final JsonParser p;
  private final Warnings warnings;
  /**
   * Whether this read checks that no property name repeats in an object: always, in one pass, so
   * that the parser's own detection (a hash set per object) can be off; not when replaying a
   * buffered object, whose names were checked as it was buffered.
   */
  private final boolean checkNames;
  /** The path of the parser's root: not the root when a buffered object is replayed. */
  private final Path base;
  /** The ids and codes of this read, each made once; shared with a replay of a buffered object. */
  private final SharedTexts shared;
  /** The elements of the arrays being read, innermost last (see {@link #readArray}). */
  private Object[] elements = new Object[64];
  private int elementCount;

  /**
   * Creates the reading state for a deserializer call; lenient if the context carries
   * {@link Warnings} under {@link Warnings#KEY}.
   *
   * @param p  the parser, not null
   * @param ctxt  the context, not null
   */
  public JsonIn(JsonParser p, DeserializationContext ctxt) {
    this(p, (Warnings) ctxt.getAttribute(Warnings.KEY), Path.root(), true, new SharedTexts());
  }

  private JsonIn(JsonParser p, Warnings warnings, Path base, boolean checkNames, SharedTexts shared) {
    this.p = p;
    this.warnings = warnings;
    this.base = base;
    this.checkNames = checkNames;
    this.shared = shared;
  }

  /**
   * Checks if the current token is the start of the root value of the input: such an object is a
   * document and carries the {@code c2} and {@code kind} header.
   *
   * @return true at the start of the root object
   */
  public boolean atRootObject() {
    JsonStreamContext c = p.getParsingContext();
    return p.currentToken() == JsonToken.START_OBJECT && c.getParent() != null && c.getParent().inRoot();
  }

  /**
   * Checks if the current token is JSON null.
   *
   * @return true for null
   */
  public boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  // ---------------------------------------------------------------- objects and documents

  /**
   * Reads a document: an object with the header {@code "c2": "1.x"} and {@code "kind": kind} and the
   * fields of the codec. The version is checked before anything else when {@code c2} comes first,
   * as the writer puts it; otherwise the document is buffered and the version checked first all the
   * same.
   *
   * @param <T>  the value type
   * @param <B>  the builder type
   * @param codec  the codec of the document's type, not null
   * @param kind  the expected kind, not null
   * @return the value, not null
   * @throws IOException on malformed input
   */
  public <T, B> T readDocument(ObjectCodec<T, B> codec, String kind) throws IOException {
    return readKeyed("c2", () -> "a c2 document starts with its format version, such as \"c2\": \"1.0\"",
        new Keyed<T>() {
          @Override
          public void key(JsonIn in) throws IOException {
            Header.checkVersion(in);
          }

          @Override
          public T rest(JsonIn in) throws IOException {
            Header header = new Header(kind);
            header.versionSeen = true; // key() has read and checked it
            return in.readFields(codec, header, codec.newBuilder(), "c2", null);
          }
        });
  }

  /**
   * Reads an object of one of a closed set of types, told apart by its {@code "type"} property,
   * such as {@code {"type": "resident", "id": "R1"}}. The type should come first, as the writer puts
   * it; otherwise the object is buffered.
   *
   * @param <T>  the common type
   * @param variants  the codec of each type name, not null
   * @param names  the type names of {@code variants}, in its order, not null
   * @param codecs  the codecs of {@code variants}, in its order, not null
   * @return the value, not null
   * @throws IOException on malformed input, an unknown or missing type
   */
  <T> T readVariant(Map<String, ObjectCodec<? extends T, ?>> variants, Codes names,
      List<ObjectCodec<? extends T, ?>> codecs) throws IOException {
    expect(JsonToken.START_OBJECT, "must be an object");
    if (p.nextFieldName(TYPE)) {
      // the type first, as c2 writes it: straight on, without the objects of the general path
      p.nextToken();
      int k = code(names);
      if (k < 0) {
        // not a type: the general look-up fails with the type read as text
        String type = sharedText();
        return readVariantFields(variant(variants, type), type);
      }
      return readVariantFields(codecs.get(k), names.code(k));
    }
    String first = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    return readKeyed(first, "type", () -> "an object of several kinds names its type, " + allowed(variants),
        new Keyed<T>() {
      private String type;
      private ObjectCodec<? extends T, ?> codec;

      @Override
      public void key(JsonIn in) throws IOException {
        type = in.sharedText();
        codec = in.variant(variants, type);
      }

      @Override
      public T rest(JsonIn in) throws IOException {
        return in.readVariantFields(codec, type);
      }
    });
  }

  /** Gets the codec of a variant's type, failing at the type's value if there is none. */
  private <T> ObjectCodec<? extends T, ?> variant(Map<String, ObjectCodec<? extends T, ?>> variants, String type)
      throws IOException {
    ObjectCodec<? extends T, ?> codec = variants.get(type);
    if (codec == null) {
      throw fail(here(), allowed(variants), quote(type));
    }
    return codec;
  }

  /** The expectation of a variant's type, built only when a read fails: reads are the hot path. */
  private static String allowed(Map<String, ?> variants) {
    return "must be one of " + String.join(", ", variants.keySet());
  }

  private <T, B> T readVariantFields(ObjectCodec<T, B> codec, String type) throws IOException {
    return readFields(codec, VARIANT_TYPE, codec.newBuilder(), "type", type);
  }

  /** The name of a variant's type property, for the parser to match in place. */
  private static final SerializedString TYPE = new SerializedString("type");

  /** A variant's {@code type} again after the first: accepted if it is the same. */
  private static final Extra VARIANT_TYPE = new Extra() {
    @Override
    public boolean accept(String name, JsonIn in, String type) throws IOException {
      if (!"type".equals(name)) {
        return false;
      }
      String text = in.text();
      if (!type.equals(text)) {
        throw in.fail(in.here(), "must be " + type + ", as given first", quote(text));
      }
      return true;
    }

    @Override
    public void finish(JsonIn in) {
      // the type was read before the rest of the object
    }
  };

  /** How to read an object whose key property (a version, a type) decides how to read the rest. */
  private interface Keyed<T> {
    /** Reads and checks the key's value at the current token. */
    void key(JsonIn in) throws IOException;

    /** Reads the rest of the object (which may hold the key again: accept it). */
    T rest(JsonIn in) throws IOException;
  }

  /**
   * Reads an object whose key property comes first, as c2 writes it; if it does not, buffers the
   * object to find the key, then reads the buffer, with the same paths.
   */
  private <T> T readKeyed(String key, Supplier<String> missing, Keyed<T> keyed) throws IOException {
    expect(JsonToken.START_OBJECT, "must be an object");
    return readKeyed(p.nextFieldName(), key, missing, keyed);
  }

  /** As {@link #readKeyed(String, Supplier, Keyed)}, with the object's first property name read. */
  private <T> T readKeyed(String first, String key, Supplier<String> missing, Keyed<T> keyed) throws IOException {
    // The object's path is needed only for a missing key or a buffered replay, so it is taken then:
    // at the end of an empty object the parser is back in the object's parent, and inside the object
    // the parent's segments are the object's path, as at its start.
    if (first == null) {
      checkEndObject();
      throw missing(here().property(key), missing.get());
    }
    if (key.equals(first)) {
      p.nextToken();
      keyed.key(this);
      return keyed.rest(this);
    }
    Path objectPath = pathOf(p.getParsingContext().getParent());
    // No parent context: the replay's pointers are relative to the object, then based at its path.
    TokenBuffer buffer = new TokenBuffer(p.getCodec(), false);
    buffer.writeStartObject();
    boolean seen = false;
    Set<String> names = checkNames ? new HashSet<>() : null;
    for (String name = first; name != null; name = p.nextFieldName()) {
      if (names != null && !names.add(name)) {
        throw duplicate(name);
      }
      buffer.writeFieldName(name);
      p.nextToken();
      if (key.equals(name)) {
        keyed.key(this);
        seen = true;
      }
      copyOrSkip(buffer);
    }
    checkEndObject();
    if (!seen) {
      throw missing(objectPath.property(key), missing.get());
    }
    buffer.writeEndObject();
    try (JsonParser replay = buffer.asParser()) {
      replay.nextToken();
      return keyed.rest(new JsonIn(replay, warnings, objectPath, false, shared));
    }
  }

  <T, B> T readObject(ObjectCodec<T, B> codec) throws IOException {
    expect(JsonToken.START_OBJECT, "must be an object");
    return readFields(codec, null, codec.newBuilder(), null, null);
  }

  /**
   * Reads the fields of an object into a builder and builds it.
   *
   * @param keyRead  the property already read before the rest of the object, such as the type, or null
   * @param keyValue  its value, or null
   */
  private <T, B> T readFields(ObjectCodec<T, B> codec, Extra extra, B builder, String keyRead, String keyValue)
      throws IOException {
    // The names seen: the key read first, the codec's fields by index in a bit mask, and any others
    // (header, unknown) in a list made only for them.
    long seenFields = 0;
    List<String> seenOthers = null;
    int previous = -1;
    for (;;) {
      // the parser matches the name expected next in place, and only another name is parsed,
      // canonicalised and looked up
      ObjectCodec.Field<T, B, ?> field = codec.expectedAfter(previous);
      String name;
      if (field != null && p.nextFieldName(field.serializedName)) {
        name = field.name;
      } else {
        boolean expectedEnd = field == null;
        name = expectedEnd ? p.nextFieldName() : p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
        if (name == null) {
          if (!expectedEnd) {
            codec.followed(previous, codec.fields().size());
          }
          break;
        }
        field = codec.fieldAfter(previous, name);
        if (field != null) {
          codec.followed(previous, field.index);
        }
      }
      if (field != null) {
        previous = field.index;
      }
      if (checkNames) {
        // before the value, as the parser's detection fails at the name
        if (name.equals(keyRead)) {
          throw duplicate(name);
        }
        if (field != null && field.index < Long.SIZE) {
          long bit = 1L << field.index;
          if ((seenFields & bit) != 0) {
            throw duplicate(name);
          }
          seenFields |= bit;
        } else {
          if (seenOthers == null) {
            seenOthers = new ArrayList<>(2);
          }
          if (seenOthers.contains(name)) {
            throw duplicate(name);
          }
          seenOthers.add(name);
        }
      }
      p.nextToken();
      if (field != null) {
        field.read(builder, this);
      } else if (extra == null || !extra.accept(name, this, keyValue)) {
        unknown(name);
      }
    }
    checkEndObject();
    if (extra != null) {
      extra.finish(this);
    }
    try {
      return codec.build(builder);
    } catch (InvalidValueException e) {
      throw invalid(resolve(here(), codec, e), e);
    }
  }

  private void checkEndObject() throws IOException {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw fail(here(), "must be a property name or the end of the object", describe());
    }
  }

  private void unknown(String name) throws IOException {
    Path at = here();
    if (warnings == null) {
      throw fail(at, "unknown property; check its spelling, or read leniently to skip it", quote(name));
    }
    warnings.add(at, "unknown property '" + shorten(name) + "' skipped");
    copyOrSkip(null);
  }

  /**
   * Copies the current value, whole, to a buffer, or skips it, checking as it goes that no
   * property name repeats within any object inside it.
   *
   * @param buffer  the buffer, or null to skip
   */
  private void copyOrSkip(TokenBuffer buffer) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      if (buffer != null) {
        buffer.copyCurrentEvent(p);
      }
      return;
    }
    if (!checkNames) {
      if (buffer != null) {
        buffer.copyCurrentStructure(p);
      } else {
        p.skipChildren();
      }
      return;
    }
    // The names of each open object, innermost first; a name always belongs to the innermost.
    ArrayDeque<Set<String>> open = new ArrayDeque<>();
    int depth = 0;
    do {
      t = p.currentToken();
      if (t == JsonToken.FIELD_NAME && !open.peek().add(p.currentName())) {
        throw duplicate(p.currentName());
      }
      if (buffer != null) {
        buffer.copyCurrentEvent(p);
      }
      if (t == JsonToken.START_OBJECT) {
        open.push(new HashSet<>());
        depth++;
      } else if (t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT) {
        open.pop();
        depth--;
      } else if (t == JsonToken.END_ARRAY) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /**
   * Reports a property name that repeats in its object, with the message of Jackson's own duplicate
   * detection, at the start of the name (Jackson's points after it).
   *
   * @param name  the repeated name, not null
   * @return the exception to throw, not null
   */
  private JsonParseException duplicate(String name) {
    return new JsonParseException(p, "Duplicate field '" + name + "'", p.currentTokenLocation());
  }

  /** Properties an object may carry besides its codec's fields: a document's header, a variant's type. */
  private interface Extra {
    /**
     * Reads a property that is not a field of the codec, if it is one of these.
     *
     * @param keyValue  the value of the key read before the rest of the object, or null
     */
    boolean accept(String name, JsonIn in, String keyValue) throws IOException;

    void finish(JsonIn in) throws IOException;
  }

  /** The document header, checked as its fields come. */
  private static final class Header implements Extra {
    final String kind;
    boolean versionSeen;
    boolean kindSeen;

    Header(String kind) {
      this.kind = kind;
    }

    @Override
    public boolean accept(String name, JsonIn in, String keyValue) throws IOException {
      if ("c2".equals(name)) {
        checkVersion(in);
        versionSeen = true;
        return true;
      }
      if ("kind".equals(name)) {
        String text = in.text();
        if (!kind.equals(text)) {
          throw in.fail(in.here(), "must be " + kind + " for this reader", quote(text));
        }
        kindSeen = true;
        return true;
      }
      return false;
    }

    @Override
    public void finish(JsonIn in) throws IOException {
      if (!versionSeen) {
        throw in.missing(in.here().property("c2"), "a c2 document has a format version, such as \"c2\": \"1.0\"");
      }
      if (!kindSeen) {
        throw in.missing(in.here().property("kind"), "a c2 document names its kind, such as \"kind\": \"" + kind + "\"");
      }
    }

    static void checkVersion(JsonIn in) throws IOException {
      String text = in.text();
      Matcher m = VERSION.matcher(text);
      if (!m.matches()) {
        throw in.fail(in.here(), "must be a format version 'major.minor', such as 1.0", quote(text));
      }
      int major = Integer.parseInt(m.group(1));
      if (major > MAJOR) {
        throw in.fail(in.here(), "the document uses a newer major format version than this reader, which reads "
            + MAJOR + ".x; upgrade c2-json to read it", quote(text));
      }
      if (major < MAJOR) {
        throw in.fail(in.here(), "unsupported format version; this reader reads " + MAJOR + ".x", quote(text));
      }
    }
  }

  // ---------------------------------------------------------------- arrays

  <V> List<V> readArray(Codec<V> codec, boolean distinct) throws IOException {
    expect(JsonToken.START_ARRAY, "must be an array");
    // The elements go on the read's one stack (an inner array's above its outer's) and are copied
    // out at the end into a list of their exact size: no list growing element by element.
    int start = elementCount;
    try {
      // Distinct arrays are short sets of codes: compared with the earlier elements until they are
      // many, then in a set (built once), rather than a set per array.
      Set<Object> seen = null;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw fail(here(), "must end with ]", "end of input");
        }
        V v = codec.read(this);
        if (distinct) {
          if (seen == null && elementCount - start >= SMALL_SET) {
            seen = new HashSet<>(Arrays.asList(elements).subList(start, elementCount));
          }
          if (seen == null ? repeats(v, start) : !seen.add(v)) {
            throw fail(here(), "must not repeat an earlier element", describe());
          }
        }
        if (elementCount == elements.length) {
          elements = Arrays.copyOf(elements, 2 * elements.length);
        }
        elements[elementCount++] = v;
      }
      if (elementCount == start) {
        return List.of();
      }
      @SuppressWarnings("unchecked") // every element from start on was read by the codec of V
      List<V> values = (List<V>) Arrays.asList(Arrays.copyOfRange(elements, start, elementCount));
      return values;
    } finally {
      elementCount = start;
    }
  }

  /** Whether an element of the array being read, from {@code start} on, equals {@code v}. */
  private boolean repeats(Object v, int start) {
    for (int i = start; i < elementCount; i++) {
      if (Objects.equals(elements[i], v)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- scalars

  JsonToken parserToken() {
    return p.currentToken();
  }

  String nextName() throws IOException {
    String name = p.nextFieldName();
    if (name == null) {
      checkEndObject();
    }
    return name;
  }

  /**
   * Checks that a name of an object read with {@link #nextName()} is new in its object.
   *
   * @param seen  the names of the object so far, to add to, not null
   * @param name  the name just read, not null
   * @throws JsonParseException if the name repeats
   */
  void checkName(Set<String> seen, String name) throws JsonParseException {
    if (checkNames && !seen.add(name)) {
      throw duplicate(name);
    }
  }

  void nextValue() throws IOException {
    p.nextToken();
  }

  /**
   * Reads a string.
   *
   * @return the text, not null
   * @throws IOException unless the current token is a string
   */
  public String text() throws IOException {
    expect(JsonToken.VALUE_STRING, "must be a string");
    // looked for in the parser's characters, a plain array loop: a text without a surrogate (nearly
    // every one) needs no closer check
    char[] chars = p.getTextCharacters();
    boolean surrogate = false;
    for (int i = p.getTextOffset(), end = i + p.getTextLength(); i < end; i++) {
      surrogate |= Character.isSurrogate(chars[i]);
    }
    String text = p.getText();
    if (surrogate) {
      checkUnicode(text);
    }
    return text;
  }

  /**
   * Reads a string that is likely to repeat in the document, such as an id or a code: the same
   * text read twice is the same instance (see {@link SharedTexts}). Accepts exactly what
   * {@link #text()} accepts.
   *
   * @return the text, not null
   * @throws IOException unless the current token is a string
   */
  public String sharedText() throws IOException {
    expect(JsonToken.VALUE_STRING, "must be a string");
    int length = p.getTextLength();
    if (length > SharedTexts.MAX_LENGTH) {
      return text();
    }
    String text = shared.get(p.getTextCharacters(), p.getTextOffset(), length);
    // a text with a surrogate is checked, and made afresh, by text()
    return text != null ? text : text();
  }

  /**
   * Finds the current string among a table's codes, without making a string of it.
   *
   * @param codes  the codes, not null
   * @return the code's index in the table, or -1 if the string is none of them
   * @throws IOException if the current token is not a string
   */
  int code(Codes codes) throws IOException {
    expect(JsonToken.VALUE_STRING, "must be a string");
    int length = p.getTextLength();
    return codes.find(p.getTextCharacters(), p.getTextOffset(), length);
  }

  /** Fails at the current token on a lone surrogate in the text. */
  private void checkUnicode(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        // a lone surrogate (an escape such as \ud800, or bytes the parser decodes leniently) is not
        // Unicode text: it could be written back only as invalid UTF-8
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw fail(here(), "must be Unicode text; character " + (i + 1) + " is an unpaired surrogate",
              String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
        }
      }
    }
  }

  /**
   * Reads an ISO-8601 calendar date, {@code yyyy-MM-dd}.
   *
   * @return the date, not null
   * @throws IOException unless the current token is a valid date
   */
  public LocalDate date() throws IOException {
    expect(JsonToken.VALUE_STRING, "must be a string");
    // yyyy-MM-dd by hand, from the parser's characters without making a string: a regular
    // expression and DateTimeFormatter cost more than the rest of reading a date. Accepts exactly
    // what ISO_LOCAL_DATE (strict) accepts for this shape.
    if (p.getTextLength() == 10) {
      char[] c = p.getTextCharacters();
      int o = p.getTextOffset();
      if (c[o + 4] == '-' && c[o + 7] == '-') {
        int year = digits(c, o, o + 4);
        int month = digits(c, o + 5, o + 7);
        int day = digits(c, o + 8, o + 10);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
          return LocalDate.of(year, month, day);
        }
      }
    }
    String text = text();
    throw fail(here(), "must be an ISO-8601 date yyyy-MM-dd that exists, such as 2009-06-01", quote(text));
  }

  /** The number of the ASCII digits {@code chars[from, to)}, or -1 if any is not a digit. */
  private static int digits(char[] chars, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Reads a whole number in the range of {@code int}.
   *
   * @return the number
   * @throws IOException unless the current token is such a number
   */
  public int integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(here(), "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, describe());
    }
    throw fail(here(), "must be a whole number", describe());
  }

  /**
   * Reads a real number: a JSON number that is finite as a {@code double}, or one of the strings
   * {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"}, as {@link Scalars#REAL} writes the
   * values JSON numbers cannot hold.
   *
   * @return the number
   * @throws IOException unless the current token is such a number or string
   */
  public double real() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isInfinite(d)) {
        throw fail(here(), "must be a number in the range of a double", describe());
      }
      return d;
    }
    if (t == JsonToken.VALUE_STRING) {
      switch (p.getText()) {
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        case "NaN":
          return Double.NaN;
        default:
          break;
      }
    }
    throw fail(here(), "must be a number, or \"Infinity\", \"-Infinity\" or \"NaN\"", describe());
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value
   * @throws IOException unless the current token is a boolean
   */
  public boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw fail(here(), "must be true or false", describe());
  }

  /**
   * Reports a value that c2-core rejected while parsing it, such as a malformed area code, at the
   * current token.
   *
   * @param e  the domain exception, not null
   * @return the exception to throw, not null
   */
  PointedException invalidHere(InvalidValueException e) {
    return invalid(here(), e);
  }

  /**
   * Reports a value at the current token that is not one of a closed set.
   *
   * @param expectation  what is allowed, such as {@code must be one of a, b}, not null
   * @return the exception to throw, not null
   */
  PointedException failHere(String expectation) {
    return fail(here(), expectation, describe());
  }

  private void expect(JsonToken token, String expectation) throws IOException {
    if (p.currentToken() != token) {
      throw fail(here(), expectation, describe());
    }
  }

  // ---------------------------------------------------------------- paths and failures

  /**
   * Gets the JSON Pointer of the current token.
   *
   * @return the path, not null
   */
  public Path here() {
    // The segments of the parser's JSON Pointer (JsonPointer.forPath without the root), read from
    // its contexts directly rather than formatted as a pointer and parsed back. The current context
    // counts only if it has a segment (a property name or an element index); its ancestors always do.
    JsonStreamContext c = p.getParsingContext();
    if (c != null && !c.hasPathSegment()) {
      c = c.getParent();
    }
    return pathOf(c);
  }

  /** The path of a context and its ancestors, after {@link #base}. */
  private Path pathOf(JsonStreamContext context) {
    JsonStreamContext c = context;
    List<String> segments = new ArrayList<>();
    for (; c != null; c = c.getParent()) {
      if (c.inObject()) {
        String name = c.getCurrentName();
        segments.add(name == null ? "" : name);
      } else if (c.inArray()) {
        segments.add(Integer.toString(c.getCurrentIndex()));
      }
    }
    Path path = base;
    for (int i = segments.size() - 1; i >= 0; i--) {
      path = path.property(segments.get(i));
    }
    return path;
  }

  private PointedException fail(Path path, String expectation, String value) {
    return new PointedException(p, path, "(" + expectation + "): " + value, value, null);
  }

  private PointedException missing(Path path, String expectation) {
    return new PointedException(p, path, "(" + expectation + "): missing", null, null);
  }

  private PointedException invalid(Path path, InvalidValueException e) {
    return new PointedException(p, path, "- " + e.getMessage(), e.invalidValue().orElse(null), e);
  }

  /**
   * Extends an object's path with the field an invariant failure names, such as
   * {@code memberships[2].left}, as far as the field exists in the JSON.
   */
  private static Path resolve(Path objectPath, Codec<?> codec, InvalidValueException e) {
    String field = e.field().orElse(e.missingAttributes().isEmpty() ? null : e.missingAttributes().get(0));
    if (field == null) {
      return objectPath;
    }
    Path path = objectPath;
    Codec<?> current = codec;
    for (String part : field.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      ObjectCodec.Field<?, ?, ?> f;
      if (current instanceof ObjectCodec) {
        f = ((ObjectCodec<?, ?>) current).field(name);
      } else if (current instanceof VariantCodec) {
        f = ((VariantCodec<?>) current).field(name);
      } else {
        return path;
      }
      if (f == null) {
        return path;
      }
      path = path.property(name);
      current = f.codec;
      for (int i = bracket; i >= 0; i = part.indexOf('[', i + 1)) {
        int close = part.indexOf(']', i);
        boolean array = f.shape == ObjectCodec.Shape.LIST || f.shape == ObjectCodec.Shape.SET;
        if (!array || close < 0 || !part.substring(i + 1, close).matches("[0-9]{1,9}")) {
          return path;
        }
        path = path.index(Integer.parseInt(part.substring(i + 1, close)));
      }
    }
    return path;
  }

  private String describe() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    try {
      switch (t) {
        case VALUE_STRING:
          return quote(p.getText());
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case FIELD_NAME:
          return "property " + quote(p.currentName());
        default:
          return shorten(p.getText());
      }
    } catch (IOException e) {
      return t.asString() == null ? t.name().toLowerCase(Locale.ROOT) : t.asString();
    }
  }

  private static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "... (" + text.length() + " characters)";
  }
}
