package org.c2model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * A kind of c2 JSON document, such as {@code partnership}: the value of a document's
 * {@code "kind"} property, the Java type it maps to and its JSON Schema.
 * <p>
 * The kinds form a closed set, listed by {@link #all()}. Each has a schema (draft 2020-12) shipped
 * in the jar at {@code org/c2model/json/schema/<kind>.schema.json}; {@link #schema()} reads it.
 * <p>
 * Every kind is read and written. The reports c2 computes, such as {@link #EVALUATION_REPORT}, are
 * read back through the public builders of c2-core and c2-metrics, which check their invariants; the
 * values derived from other fields that a report also holds (totals, changes) must agree with them.
 * <p>
 * Adding a kind (the recipe): a constant here, listed in {@code all()}; a codec per type, which
 * alone names its properties, in the {@code *Codecs} class of its package, each listed in
 * {@code Adapters.ALL} (it is then read with {@code C2Json.read(kind, ...)}); a schema; and in the tests a
 * golden value in {@code GoldenDocuments}, its golden file (written by
 * {@code -Dc2.golden.write=true}) and a generator in {@code DomainArbitraries.forKind}. Every test
 * family iterates {@code all()} and fails until each piece exists.
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

  /**
   * A journey: its partnership, whole, and every activity, each typed by its {@code "type"}:
   * {@code "kind": "journey"}.
   */
  public static final DocumentKind<Journey> JOURNEY = new DocumentKind<>("journey", Journey.class);
  /**
   * The assessment of a journey's seven steps as of a date, with the journey rules' findings:
   * {@code "kind": "step_assessment"}. c2-core computes it with
   * {@code JourneyRules.assess(journey, date)}; a stored one is read back through
   * {@code StepAssessment.builder()}, which checks it.
   */
  public static final DocumentKind<StepAssessment> STEP_ASSESSMENT =
      new DocumentKind<>("step_assessment", StepAssessment.class);
  /** A catalogue of long-term indicators: {@code "kind": "indicator_catalogue"}. */
  public static final DocumentKind<IndicatorCatalogue> INDICATOR_CATALOGUE =
      new DocumentKind<>("indicator_catalogue", IndicatorCatalogue.class);
  /**
   * The outcome mapping: an outcomes framework, its indicators and the links from each intermediate
   * outcome to the indicators it drives, side by side in one document, since every link must name
   * an indicator of the catalogue: {@code "kind": "outcomes_framework"}. A council extends the
   * catalogue by appending its indicators, and links to them, to one such file.
   */
  public static final DocumentKind<OutcomesFramework> OUTCOMES_FRAMEWORK =
      new DocumentKind<>("outcomes_framework", OutcomesFramework.class);
  /** A table of unit costs, each with its money, price year, agency and source: {@code "kind": "unit_cost_table"}. */
  public static final DocumentKind<UnitCostTable> UNIT_COST_TABLE =
      new DocumentKind<>("unit_cost_table", UnitCostTable.class);

  /**
   * The weak connectors of a community network as of a date: residents and agency staff who hold the
   * network together, each with their measures and the reasons they are listed, and the findings
   * where the network depends on one person (<i>Positively Local</i> sec. 3;
   * {@code docs/c2-model.md} section 3, "weak connector"):
   * {@code "kind": "weak_connectors"}. For facilitators, on its own; an evaluation report holds one
   * too. c2-metrics computes it with {@code WeakConnectors.of(network, date)}; a stored one is read
   * back through {@code WeakConnectors.builder()}, which checks it.
   */
  public static final DocumentKind<WeakConnectors> WEAK_CONNECTORS =
      new DocumentKind<>("weak_connectors", WeakConnectors.class);
  /**
   * The evaluation of a neighbourhood as of a date: steps, top priorities, governance, intermediate
   * outcomes, network change and weak connectors, indicator changes with their estimates, data
   * findings and the invest-to-save case ({@code docs/c2-model.md} sections 2, 4 and 5):
   * {@code "kind": "evaluation_report"}. c2-metrics computes it with
   * {@code Evaluation.builder()...build().run()}; a stored one is read back through
   * {@code EvaluationReport.builder()}, which checks that its parts fit together.
   */
  public static final DocumentKind<EvaluationReport> EVALUATION_REPORT =
      new DocumentKind<>("evaluation_report", EvaluationReport.class);

  private static final List<DocumentKind<?>> ALL = List.of(NEIGHBOURHOOD, PARTNERSHIP, RULE_THRESHOLDS, FINDINGS,
      JOURNEY, STEP_ASSESSMENT, INDICATOR_CATALOGUE, OUTCOMES_FRAMEWORK, UNIT_COST_TABLE, WEAK_CONNECTORS,
      EVALUATION_REPORT);

  private final String code;
  private final Class<T> type;
  private final boolean readable;

  private DocumentKind(String code, Class<T> type) {
    this(code, type, true);
  }

  private DocumentKind(String code, Class<T> type, boolean readable) {
    this.code = code;
    this.type = type;
    this.readable = readable;
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
   * Checks if documents of this kind can be read. Every kind of this version is; a write-only kind
   * would be one {@link C2Json} writes and refuses to read.
   *
   * @return true if readable, false if write-only
   */
  public boolean isReadable() {
    return readable;
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
