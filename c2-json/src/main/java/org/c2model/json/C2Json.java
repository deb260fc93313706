package org.c2model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
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
import org.c2model.core.journey.Journey;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.OutcomesFramework;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.step.StepAssessment;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.json.internal.DuplicateSuspected;
import org.c2model.json.internal.JsonIn;
import org.c2model.json.internal.Warnings;

/**
 * Reads and writes c2 JSON documents, ready configured: the entry point for CRMs and scripts.
 *
 * <pre>{@code
 * Partnership p = C2Json.readPartnership(Path.of("townstal.json"));
 * String json = C2Json.write(p);
 * LenientRead<Partnership> r = C2Json.readLenient(DocumentKind.PARTNERSHIP, json);
 * }</pre>
 *
 * <h2>The format</h2>
 * Every document is a JSON object that starts with its format version and kind,
 * {@code "c2": "1.0", "kind": "partnership"}, followed by camelCase properties. Enums are stable
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
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  // ---------------------------------------------------------------- per kind

  /**
   * Reads a {@code partnership} document.
   *
   * @param json  the JSON text, not null
   * @return the partnership, not null
   * @throws C2JsonException if the text is not a valid partnership document
   */
  public static Partnership readPartnership(String json) {
    return read(DocumentKind.PARTNERSHIP, json);
  }

  /**
   * Reads a {@code partnership} document from a stream of UTF-8 (or UTF-16/32, detected) bytes; the
   * stream is not closed.
   *
   * @param in  the stream, not null
   * @return the partnership, not null
   * @throws C2JsonException if the input cannot be read or is not a valid partnership document
   */
  public static Partnership readPartnership(InputStream in) {
    return read(DocumentKind.PARTNERSHIP, in);
  }

  /**
   * Reads a {@code partnership} document from a file.
   *
   * @param file  the file, not null
   * @return the partnership, not null
   * @throws C2JsonException if the file cannot be read or is not a valid partnership document
   */
  public static Partnership readPartnership(java.nio.file.Path file) {
    return read(DocumentKind.PARTNERSHIP, file);
  }

  /**
   * Reads a {@code neighbourhood} document.
   *
   * @param json  the JSON text, not null
   * @return the neighbourhood, not null
   * @throws C2JsonException if the text is not a valid neighbourhood document
   */
  public static Neighbourhood readNeighbourhood(String json) {
    return read(DocumentKind.NEIGHBOURHOOD, json);
  }

  /**
   * Reads a {@code neighbourhood} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the neighbourhood, not null
   * @throws C2JsonException if the input cannot be read or is not a valid neighbourhood document
   */
  public static Neighbourhood readNeighbourhood(InputStream in) {
    return read(DocumentKind.NEIGHBOURHOOD, in);
  }

  /**
   * Reads a {@code neighbourhood} document from a file.
   *
   * @param file  the file, not null
   * @return the neighbourhood, not null
   * @throws C2JsonException if the file cannot be read or is not a valid neighbourhood document
   */
  public static Neighbourhood readNeighbourhood(java.nio.file.Path file) {
    return read(DocumentKind.NEIGHBOURHOOD, file);
  }

  /**
   * Reads a {@code rule_thresholds} document; absent thresholds take the paper's defaults.
   *
   * @param json  the JSON text, not null
   * @return the thresholds, not null
   * @throws C2JsonException if the text is not a valid rule thresholds document
   */
  public static RuleThresholds readRuleThresholds(String json) {
    return read(DocumentKind.RULE_THRESHOLDS, json);
  }

  /**
   * Reads a {@code rule_thresholds} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the thresholds, not null
   * @throws C2JsonException if the input cannot be read or is not a valid rule thresholds document
   */
  public static RuleThresholds readRuleThresholds(InputStream in) {
    return read(DocumentKind.RULE_THRESHOLDS, in);
  }

  /**
   * Reads a {@code rule_thresholds} document from a file.
   *
   * @param file  the file, not null
   * @return the thresholds, not null
   * @throws C2JsonException if the file cannot be read or is not a valid rule thresholds document
   */
  public static RuleThresholds readRuleThresholds(java.nio.file.Path file) {
    return read(DocumentKind.RULE_THRESHOLDS, file);
  }

  /**
   * Reads a {@code findings} document.
   *
   * @param json  the JSON text, not null
   * @return the report, not null
   * @throws C2JsonException if the text is not a valid findings document
   */
  public static RuleReport readFindings(String json) {
    return read(DocumentKind.FINDINGS, json);
  }

  /**
   * Reads a {@code findings} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the report, not null
   * @throws C2JsonException if the input cannot be read or is not a valid findings document
   */
  public static RuleReport readFindings(InputStream in) {
    return read(DocumentKind.FINDINGS, in);
  }

  /**
   * Reads a {@code findings} document from a file.
   *
   * @param file  the file, not null
   * @return the report, not null
   * @throws C2JsonException if the file cannot be read or is not a valid findings document
   */
  public static RuleReport readFindings(java.nio.file.Path file) {
    return read(DocumentKind.FINDINGS, file);
  }

  /**
   * Reads a {@code journey} document.
   *
   * @param json  the JSON text, not null
   * @return the journey, not null
   * @throws C2JsonException if the text is not a valid journey document
   */
  public static Journey readJourney(String json) {
    return read(DocumentKind.JOURNEY, json);
  }

  /**
   * Reads a {@code journey} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the journey, not null
   * @throws C2JsonException if the input cannot be read or is not a valid journey document
   */
  public static Journey readJourney(InputStream in) {
    return read(DocumentKind.JOURNEY, in);
  }

  /**
   * Reads a {@code journey} document from a file.
   *
   * @param file  the file, not null
   * @return the journey, not null
   * @throws C2JsonException if the file cannot be read or is not a valid journey document
   */
  public static Journey readJourney(java.nio.file.Path file) {
    return read(DocumentKind.JOURNEY, file);
  }

  /**
   * Reads a {@code step_assessment} document: an assessment stored earlier, checked as
   * {@code StepAssessment.builder()} checks it (the seven steps in order, nothing after the
   * assessment date, the frontier agreeing with the steps).
   *
   * @param json  the JSON text, not null
   * @return the step assessment, not null
   * @throws C2JsonException if the text is not a valid step assessment document
   */
  public static StepAssessment readStepAssessment(String json) {
    return read(DocumentKind.STEP_ASSESSMENT, json);
  }

  /**
   * Reads a {@code step_assessment} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the step assessment, not null
   * @throws C2JsonException if the input cannot be read or is not a valid step assessment document
   */
  public static StepAssessment readStepAssessment(InputStream in) {
    return read(DocumentKind.STEP_ASSESSMENT, in);
  }

  /**
   * Reads a {@code step_assessment} document from a file.
   *
   * @param file  the file, not null
   * @return the step assessment, not null
   * @throws C2JsonException if the file cannot be read or is not a valid step assessment document
   */
  public static StepAssessment readStepAssessment(java.nio.file.Path file) {
    return read(DocumentKind.STEP_ASSESSMENT, file);
  }

  /**
   * Reads an {@code indicator_catalogue} document.
   *
   * @param json  the JSON text, not null
   * @return the indicator catalogue, not null
   * @throws C2JsonException if the text is not a valid indicator catalogue document
   */
  public static IndicatorCatalogue readIndicatorCatalogue(String json) {
    return read(DocumentKind.INDICATOR_CATALOGUE, json);
  }

  /**
   * Reads an {@code indicator_catalogue} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the indicator catalogue, not null
   * @throws C2JsonException if the input cannot be read or is not a valid indicator catalogue document
   */
  public static IndicatorCatalogue readIndicatorCatalogue(InputStream in) {
    return read(DocumentKind.INDICATOR_CATALOGUE, in);
  }

  /**
   * Reads an {@code indicator_catalogue} document from a file.
   *
   * @param file  the file, not null
   * @return the indicator catalogue, not null
   * @throws C2JsonException if the file cannot be read or is not a valid indicator catalogue document
   */
  public static IndicatorCatalogue readIndicatorCatalogue(java.nio.file.Path file) {
    return read(DocumentKind.INDICATOR_CATALOGUE, file);
  }

  /**
   * Reads an {@code outcomes_framework} document.
   *
   * @param json  the JSON text, not null
   * @return the outcomes framework, not null
   * @throws C2JsonException if the text is not a valid outcomes framework document
   */
  public static OutcomesFramework readOutcomesFramework(String json) {
    return read(DocumentKind.OUTCOMES_FRAMEWORK, json);
  }

  /**
   * Reads an {@code outcomes_framework} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the outcomes framework, not null
   * @throws C2JsonException if the input cannot be read or is not a valid outcomes framework document
   */
  public static OutcomesFramework readOutcomesFramework(InputStream in) {
    return read(DocumentKind.OUTCOMES_FRAMEWORK, in);
  }

  /**
   * Reads an {@code outcomes_framework} document from a file.
   *
   * @param file  the file, not null
   * @return the outcomes framework, not null
   * @throws C2JsonException if the file cannot be read or is not a valid outcomes framework document
   */
  public static OutcomesFramework readOutcomesFramework(java.nio.file.Path file) {
    return read(DocumentKind.OUTCOMES_FRAMEWORK, file);
  }

  /**
   * Reads a {@code unit_cost_table} document.
   *
   * @param json  the JSON text, not null
   * @return the unit-cost table, not null
   * @throws C2JsonException if the text is not a valid unit-cost table document
   */
  public static UnitCostTable readUnitCostTable(String json) {
    return read(DocumentKind.UNIT_COST_TABLE, json);
  }

  /**
   * Reads a {@code unit_cost_table} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the unit-cost table, not null
   * @throws C2JsonException if the input cannot be read or is not a valid unit-cost table document
   */
  public static UnitCostTable readUnitCostTable(InputStream in) {
    return read(DocumentKind.UNIT_COST_TABLE, in);
  }

  /**
   * Reads a {@code unit_cost_table} document from a file.
   *
   * @param file  the file, not null
   * @return the unit-cost table, not null
   * @throws C2JsonException if the file cannot be read or is not a valid unit-cost table document
   */
  public static UnitCostTable readUnitCostTable(java.nio.file.Path file) {
    return read(DocumentKind.UNIT_COST_TABLE, file);
  }

  /**
   * Reads a {@code weak_connectors} document: weak connectors stored earlier, checked as
   * {@code WeakConnectors.builder()} checks them.
   *
   * @param json  the JSON text, not null
   * @return the weak connectors, not null
   * @throws C2JsonException if the text is not a valid weak connectors document
   */
  public static WeakConnectors readWeakConnectors(String json) {
    return read(DocumentKind.WEAK_CONNECTORS, json);
  }

  /**
   * Reads a {@code weak_connectors} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the weak connectors, not null
   * @throws C2JsonException if the input cannot be read or is not a valid weak connectors document
   */
  public static WeakConnectors readWeakConnectors(InputStream in) {
    return read(DocumentKind.WEAK_CONNECTORS, in);
  }

  /**
   * Reads a {@code weak_connectors} document from a file.
   *
   * @param file  the file, not null
   * @return the weak connectors, not null
   * @throws C2JsonException if the file cannot be read or is not a valid weak connectors document
   */
  public static WeakConnectors readWeakConnectors(java.nio.file.Path file) {
    return read(DocumentKind.WEAK_CONNECTORS, file);
  }

  /**
   * Reads an {@code evaluation_report} document: a report stored earlier, checked as
   * {@code EvaluationReport.builder()} and the builders of its parts check it; the totals it holds
   * must agree with their parts, and its invest-to-save case with its appraisal.
   *
   * @param json  the JSON text, not null
   * @return the report, not null
   * @throws C2JsonException if the text is not a valid evaluation report document
   */
  public static EvaluationReport readEvaluationReport(String json) {
    return read(DocumentKind.EVALUATION_REPORT, json);
  }

  /**
   * Reads an {@code evaluation_report} document from a stream; the stream is not closed.
   *
   * @param in  the stream, not null
   * @return the report, not null
   * @throws C2JsonException if the input cannot be read or is not a valid evaluation report document
   */
  public static EvaluationReport readEvaluationReport(InputStream in) {
    return read(DocumentKind.EVALUATION_REPORT, in);
  }

  /**
   * Reads an {@code evaluation_report} document from a file.
   *
   * @param file  the file, not null
   * @return the report, not null
   * @throws C2JsonException if the file cannot be read or is not a valid evaluation report document
   */
  public static EvaluationReport readEvaluationReport(java.nio.file.Path file) {
    return read(DocumentKind.EVALUATION_REPORT, file);
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
    return LenientRead.of(value, warnings.items());
  }

  private static <T> T read(DocumentKind<T> kind, Source source, Warnings warnings) {
    Objects.requireNonNull(kind, "kind");
    if (!kind.isReadable()) {
      throw InvalidValueException.of("kind", "must be a kind that is read; " + kind
          + " is a report c2 writes but never reads: recompute it instead", kind);
    }
    if (source.repeatable()) {
      // The parser's duplicate detection keeps a hash set per object (a quarter of what reading a
      // journey allocates); the codecs check the names instead and, where a name may repeat or
      // they cannot check, the input is read again with the parser's detection: the outcome is
      // that of the strict read, the same value or the same failure.
      try {
        return read(kind, source, warnings, true);
      } catch (StrictReadNeeded e) {
        if (warnings != null) {
          warnings.clear();
        }
      }
    }
    return read(kind, source, warnings, false);
  }

  /**
   * Reads a text with the parser's duplicate detection only, as a read falls back to: for tests
   * that compare it with the read through c2's own check.
   */
  static <T> LenientRead<T> readWithParserDetection(DocumentKind<T> kind, String json, boolean lenient) {
    Warnings warnings = lenient ? new Warnings() : null;
    T value = read(kind, Source.of(json), warnings, false);
    return LenientRead.of(value, lenient ? warnings.items() : java.util.List.of());
  }

  /** Signals that the read must be done again with the parser's duplicate detection. */
  private static final class StrictReadNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StrictReadNeeded() {
      super(null, null, false, false);
    }
  }

  private static <T> T read(DocumentKind<T> kind, Source source, Warnings warnings, boolean ownDuplicateCheck) {
    JsonParser p;
    try {
      p = source.open(MAPPER.getFactory());
    } catch (IOException e) {
      throw Failures.translate(e, null);
    }
    try {
      if (ownDuplicateCheck) {
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
      if (ownDuplicateCheck) {
        reader = reader.withAttribute(JsonIn.OWN_DUPLICATE_CHECK, Boolean.TRUE);
      }
      T value = kind.type().cast(reader.readValue(p));
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw Failures.document("nothing may follow the document", trailing == JsonToken.START_OBJECT
            ? "an object" : trailing == JsonToken.START_ARRAY ? "an array" : "'" + p.getText() + "'", p);
      }
      return value;
    } catch (DuplicateSuspected e) {
      throw new StrictReadNeeded();
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

    /** Whether the source can be opened again, for a second read. */
    default boolean repeatable() {
      return true;
    }

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

        @Override
        public boolean repeatable() {
          return false; // read once, with the parser's duplicate detection
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
