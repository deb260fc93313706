package org.c2model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;

/**
 * A kind of c2 JSON document, such as {@code partnership}: the value of a document's
 * {@code "kind"} property, the Java type it maps to and its JSON Schema.
 * <p>
 * The kinds form a closed set, listed by {@link #all()}. Each has a schema (draft 2020-12) shipped
 * in the jar at {@code org/c2model/json/schema/<kind>.schema.json}; {@link #schema()} reads it.
 *
 * @param <T>  the Java type of the document
 * @implSpec This class is immutable and thread-safe.
 */
public final class DocumentKind<T> {

  /** A neighbourhood and the GSS areas it covers: {@code "kind": "neighbourhood"}. */
  public static final DocumentKind<Neighbourhood> NEIGHBOURHOOD =
      new DocumentKind<>("neighbourhood", Neighbourhood.class);
  /** A partnership with its people and board history: {@code "kind": "partnership"}. */
  public static final DocumentKind<Partnership> PARTNERSHIP =
      new DocumentKind<>("partnership", Partnership.class);
  /** The configuration of the rule thresholds: {@code "kind": "rule_thresholds"}. */
  public static final DocumentKind<RuleThresholds> RULE_THRESHOLDS =
      new DocumentKind<>("rule_thresholds", RuleThresholds.class);
  /** The findings of an evaluation, a {@link RuleReport}: {@code "kind": "findings"}. */
  public static final DocumentKind<RuleReport> FINDINGS =
      new DocumentKind<>("findings", RuleReport.class);

  private static final List<DocumentKind<?>> ALL = List.of(NEIGHBOURHOOD, PARTNERSHIP, RULE_THRESHOLDS, FINDINGS);

  private final String code;
  private final Class<T> type;

  private DocumentKind(String code, Class<T> type) {
    this.code = code;
    this.type = type;
  }

  /**
   * Gets every document kind, in a fixed order.
   *
   * @return the kinds, not null
   */
  public static List<DocumentKind<?>> all() {
    return ALL;
  }

  /**
   * Finds the document kind of a {@code "kind"} value.
   *
   * @param code  the code, such as {@code partnership}, not null
   * @return the kind, empty if no kind has that code
   */
  public static Optional<DocumentKind<?>> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    return ALL.stream().filter(k -> k.code.equals(code)).findFirst();
  }

  /**
   * Finds the document kind of a value, such as {@link #PARTNERSHIP} for a partnership.
   *
   * @param value  the value, not null
   * @return the kind, empty if the value is not a document
   */
  public static Optional<DocumentKind<?>> of(Object value) {
    Objects.requireNonNull(value, "value");
    return ALL.stream().filter(k -> k.type.isInstance(value)).findFirst();
  }

  /**
   * Gets the code, the value of the document's {@code "kind"} property, such as {@code partnership}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the Java type of the document.
   *
   * @return the type, not null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Gets the name of the schema resource in the c2-json jar, such as
   * {@code org/c2model/json/schema/partnership.schema.json}.
   *
   * @return the resource name, not null
   */
  public String schemaResource() {
    return "org/c2model/json/schema/" + code + ".schema.json";
  }

  /**
   * Reads the JSON Schema (draft 2020-12) of this kind from the jar.
   *
   * @return the schema text, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public String schema() {
    try (InputStream in = DocumentKind.class.getResourceAsStream("/" + schemaResource())) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(schemaResource() + " is missing from the c2-json jar"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the code, such as {@code partnership}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
