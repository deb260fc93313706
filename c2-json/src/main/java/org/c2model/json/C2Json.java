package org.c2model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.c2model.json.internal.JsonIn;
import org.c2model.json.internal.Warnings;

/**
 * Reads and writes c2 JSON documents, ready configured: the entry point for CRMs and scripts.
 *
 * <pre>{@code
 * Partnership p = C2Json.read(DocumentKind.PARTNERSHIP, Path.of("townstal.json"));
 * String json = C2Json.write(p);
 * LenientRead<Partnership> r = C2Json.readLenient(DocumentKind.PARTNERSHIP, json);
 * }</pre>
 *
 * <h2>The format</h2>
 * Every document is a JSON object that starts with its format version and kind,
 * {@code "c2": "1.1", "kind": "partnership"}, followed by camelCase properties. Enums are stable
 * lower-case codes ({@code "local_authority"}), dates ISO-8601 ({@code "2009-06-01"}), absent
 * optional values are left out (and read back from {@code null} too), and no Java class name ever
 * appears. Money is an object of a decimal string and an ISO 4217 currency,
 * {@code {"amount": "1500.00", "currency": "GBP"}}. A value of a closed set of types, such as a
 * journey's activities, names its type first: {@code {"type": "listening_event", ...}}. Each kind has
 * a JSON Schema (draft 2020-12), see {@link DocumentKind#schema()}. Every kind is read and written,
 * the reports c2 computes too (see {@link DocumentKind#isReadable()}). The real numbers c2 computes
 * for a report (rates, intervals, network measures) are JSON numbers as Java prints a
 * {@code double}, such as {@code 72.0} or {@code 1.0E-4}, so that a parsed report writes back to the same text; an interval limit a JSON
 * number cannot hold is a string, {@code "Infinity"}. Every estimate is written alike:
 * {@code value}, {@code lower}, {@code upper} (each left out when not available),
 * {@code confidence}, {@code method}, {@code statistic}, {@code unit}, {@code inputs},
 * {@code inputSummary} and, when something is missing, {@code suppressionReason}.
 *
 * <h2>Versions</h2>
 * {@link #FORMAT_VERSION} is {@code major.minor}. A minor version only adds optional properties; a
 * major version may change anything. This reader reads every {@code 1.x} document; a document of a
 * newer major version fails with a message saying so. Because unknown properties are rejected by
 * default, read a document of a newer minor version with {@link #readLenient(DocumentKind, String)},
 * which skips them and reports each as a warning.
 *
 * <h2>Safe reading</h2>
 * Input is limited to {@link #MAX_DOCUMENT_LENGTH} characters (or bytes), nesting to
 * {@link #MAX_NESTING_DEPTH}, strings to {@link #MAX_STRING_LENGTH} characters, numbers to
 * {@link #MAX_NUMBER_LENGTH} digits and property names to {@link #MAX_NAME_LENGTH}. Duplicate
 * keys, anything after the document, numbers out of range, unknown properties and values of the
 * wrong type are rejected. Every failure is a {@link C2JsonException} with the JSON Pointer of the
 * offending value; nothing half-read is ever returned.
 *
 * @implSpec This class is thread-safe: one shared, immutable reader and writer serve every call.
 */
public final class C2Json {

  /** The format version written into every document: {@value}. */
  public static final String FORMAT_VERSION = JsonIn.FORMAT_VERSION;
  /** The longest document read, in characters or bytes: {@value} (16 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** The deepest nesting of arrays and objects read: {@value}. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read, in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number read, in characters: {@value}. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name read, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final ObjectMapper MAPPER = newMapper();
  private static final Map<DocumentKind<?>, ObjectReader> READERS = readers();
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private C2Json() {}

  /**
   * Obtains a new mapper with the {@link C2Module} and the safety settings of this class (limits,
   * duplicate keys and trailing tokens rejected), for callers who embed c2 values in their own
   * JSON. The mapper is the caller's to configure further.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new C2Module())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private static Map<DocumentKind<?>, ObjectReader> readers() {
    Map<DocumentKind<?>, ObjectReader> readers = new HashMap<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      readers.put(kind, MAPPER.readerFor(kind.type()));
    }
    return Map.copyOf(readers);
  }

  /** The writer of every document, for tests that write a JSON tree the same way. */
  static ObjectWriter writer() {
    return WRITER;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter.Indenter indenter = new LineIndenter();
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new EncodedSeparators(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
  }

  /**
   * A {@link DefaultPrettyPrinter} that writes its separators ({@code ": "} and {@code ","} here) as
   * strings encoded once: Jackson's writes each one as a {@code String}, copied and encoded
   * character by character on every field and element. The text is the same.
   */
  private static final class EncodedSeparators extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private final SerializedString fieldValue;
    private final SerializedString entry;
    private final SerializedString arrayValue;

    EncodedSeparators(DefaultPrettyPrinter base) {
      super(base);
      fieldValue = new SerializedString(_objectFieldValueSeparatorWithSpaces);
      entry = new SerializedString(_objectEntrySeparator);
      arrayValue = new SerializedString(_arrayValueSeparator);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new EncodedSeparators(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(fieldValue);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(entry);
      _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(arrayValue);
      _arrayIndenter.writeIndentation(g, _nesting);
    }
  }

  /**
   * Writes what {@code new DefaultIndenter("  ", "\n")} writes, a new line and two spaces per
   * level, as one run of bytes encoded once per level: Jackson's indenter encodes its characters
   * one by one on every line, which was a third of the time writing a journey took.
   */
  private static final class LineIndenter implements DefaultPrettyPrinter.Indenter {
    private static final SerializedString[] LEVELS = new SerializedString[32];

    static {
      for (int level = 0; level < LEVELS.length; level++) {
        LEVELS[level] = new SerializedString("\n" + "  ".repeat(level));
      }
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      g.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString("\n" + "  ".repeat(level)));
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }

  // ---------------------------------------------------------------- any kind

  /**
   * Reads a document of a given kind.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param json  the JSON text, not null
   * @return the document, not null
   * @throws C2JsonException if the text is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only, see {@link DocumentKind#isReadable()}
   */
  public static <T> T read(DocumentKind<T> kind, String json) {
    Objects.requireNonNull(json, "json");
    return read(kind, Source.of(json), null);
  }

  /**
   * Reads a document of a given kind from a stream; the stream is not closed.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param in  the stream, not null
   * @return the document, not null
   * @throws C2JsonException if the input cannot be read or is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only, see {@link DocumentKind#isReadable()}
   */
  public static <T> T read(DocumentKind<T> kind, InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(kind, Source.of(in), null);
  }

  /**
   * Reads a document of a given kind from a file.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param file  the file, not null
   * @return the document, not null
   * @throws C2JsonException if the file cannot be read or is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only, see {@link DocumentKind#isReadable()}
   */
  public static <T> T read(DocumentKind<T> kind, java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    return read(kind, Source.of(file), null);
  }

  /**
   * Reads a document leniently: unknown properties are skipped and reported as warnings instead of
   * failing the read. Everything else is as strict as {@link #read(DocumentKind, String)}.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param json  the JSON text, not null
   * @return the document and the warnings, not null
   * @throws C2JsonException if the text is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only, see {@link DocumentKind#isReadable()}
   */
  public static <T> LenientRead<T> readLenient(DocumentKind<T> kind, String json) {
    Objects.requireNonNull(json, "json");
    return readLenient(kind, Source.of(json));
  }

  /**
   * Reads a document leniently from a stream; the stream is not closed.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param in  the stream, not null
   * @return the document and the warnings, not null
   * @throws C2JsonException if the input cannot be read or is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only
   * @see #readLenient(DocumentKind, String)
   */
  public static <T> LenientRead<T> readLenient(DocumentKind<T> kind, InputStream in) {
    Objects.requireNonNull(in, "in");
    return readLenient(kind, Source.of(in));
  }

  /**
   * Reads a document leniently from a file.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @param file  the file, not null
   * @return the document and the warnings, not null
   * @throws C2JsonException if the file cannot be read or is not a valid document of the kind
   * @throws InvalidValueException if the kind is write-only
   * @see #readLenient(DocumentKind, String)
   */
  public static <T> LenientRead<T> readLenient(DocumentKind<T> kind, java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    return readLenient(kind, Source.of(file));
  }

  private static <T> LenientRead<T> readLenient(DocumentKind<T> kind, Source source) {
    Warnings warnings = new Warnings();
    T value = read(kind, source, warnings);
    return LenientRead.of(value, warnings.items(ReadWarning::of));
  }

  private static <T> T read(DocumentKind<T> kind, Source source, Warnings warnings) {
    Objects.requireNonNull(kind, "kind");
    if (!kind.isReadable()) {
      throw InvalidValueException.of("kind", "must be a kind that is read; " + kind
          + " is a report c2 writes but never reads: recompute it instead", kind);
    }
    return read(kind, source, warnings, false);
  }

  /**
   * Reads a text with the parser's duplicate detection on as well, which then finds a repeated
   * name before c2's own check: for tests that compare the outcome with a normal read.
   */
  static <T> LenientRead<T> readWithParserDetection(DocumentKind<T> kind, String json, boolean lenient) {
    Warnings warnings = lenient ? new Warnings() : null;
    T value = read(kind, Source.of(json), warnings, true);
    return LenientRead.of(value, lenient ? warnings.items(ReadWarning::of) : java.util.List.of());
  }

  /**
   * Reads a document in one pass. The codecs check that no property name repeats in an object (a
   * bit per field of the object's codec), so the parser's own detection, which keeps a hash set per
   * object (a quarter of what reading a journey allocated), is off.
   */
  private static <T> T read(DocumentKind<T> kind, Source source, Warnings warnings, boolean parserDetection) {
    JsonParser p;
    try {
      p = source.open(MAPPER.getFactory());
    } catch (IOException e) {
      throw Failures.translate(e, null);
    }
    try {
      if (!parserDetection) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      }
      JsonToken first = p.nextToken();
      if (first == null) {
        throw Failures.document("a c2 document is a JSON object; the input is empty", "end of input", p);
      }
      if (first != JsonToken.START_OBJECT) {
        throw Failures.document("a c2 document is a JSON object", first == JsonToken.START_ARRAY ? "an array"
            : first.asString() != null ? first.asString() : "'" + p.getText() + "'", p);
      }
      ObjectReader reader = READERS.get(kind);
      if (warnings != null) {
        reader = reader.withAttribute(Warnings.KEY, warnings);
      }
      T value = kind.type().cast(reader.readValue(p));
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw Failures.document("nothing may follow the document", trailing == JsonToken.START_OBJECT
            ? "an object" : trailing == JsonToken.START_ARRAY ? "an array" : "'" + p.getText() + "'", p);
      }
      return value;
    } catch (IOException e) {
      throw Failures.translate(e, p);
    } finally {
      source.close(p);
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a document as pretty-printed JSON (two-space indents, {@code \n} line ends, no final
   * line end). The output is deterministic: the same value always gives the same text.
   *
   * @param document  a value of a {@link DocumentKind}, such as a partnership, not null
   * @return the JSON text, not null
   * @throws InvalidValueException if the value is not of a document kind
   */
  public static String write(Object document) {
    return new String(bytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes a document as pretty-printed UTF-8 JSON, ending with a line end; the stream is not closed.
   *
   * @param document  a value of a {@link DocumentKind}, not null
   * @param out  the stream, not null
   * @throws InvalidValueException if the value is not of a document kind
   * @throws C2JsonException if the stream fails
   */
  public static void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = bytes(document);
    try {
      out.write(bytes);
      out.write('\n');
    } catch (IOException e) {
      throw Failures.writing(e);
    }
  }

  /**
   * Writes a document to a file as pretty-printed UTF-8 JSON, ending with a line end, replacing
   * the file if it exists.
   *
   * @param document  a value of a {@link DocumentKind}, not null
   * @param file  the file, not null
   * @throws InvalidValueException if the value is not of a document kind
   * @throws C2JsonException if the file cannot be written
   */
  public static void write(Object document, java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    } catch (IOException e) {
      throw Failures.writing(e);
    }
  }

  private static byte[] bytes(Object document) {
    Objects.requireNonNull(document, "document");
    if (DocumentKind.of(document).isEmpty()) {
      throw InvalidValueException.of("document", "must be a c2 document: one of "
          + DocumentKind.all(), document.getClass().getSimpleName());
    }
    try {
      return WRITER.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw Failures.writing(e);
    }
  }

  /** Where a document comes from. */
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;

    default void close(JsonParser p) {
      try {
        p.close();
      } catch (IOException e) {
        // the document has been read or has failed; a failure to release the source changes neither
      }
    }

    static Source of(String json) {
      // A leading byte order mark is skipped, as the stream readers' encoding detection does.
      if (json.startsWith("\uFEFF")) {
        return factory -> factory.createParser(json.toCharArray(), 1, json.length() - 1);
      }
      return factory -> factory.createParser(json);
    }

    static Source of(InputStream in) {
      return new Source() {
        @Override
        public JsonParser open(JsonFactory factory) throws IOException {
          return factory.createParser(in);
        }
      };
    }

    static Source of(java.nio.file.Path file) {
      return new Source() {
        private InputStream in;

        @Override
        public JsonParser open(JsonFactory factory) throws IOException {
          in = Files.newInputStream(file);
          return factory.createParser(in);
        }

        @Override
        public void close(JsonParser p) {
          Source.super.close(p);
          try {
            in.close();
          } catch (IOException e) {
            // as above: the outcome of the read is already decided
          }
        }
      };
    }
  }
}
