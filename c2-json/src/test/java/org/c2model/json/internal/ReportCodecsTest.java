package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.util.List;
import org.c2model.json.C2Json;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.network.WeakConnectorThresholds;
import org.c2model.metrics.stats.Change;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.EventCount;
import org.c2model.metrics.stats.Rates;
import org.junit.jupiter.api.Test;

/**
 * The pieces of the reports: real numbers, estimates, window totals, and the ordinary values a report
 * holds that are read where they appear (confidence levels, study windows, reporting periods,
 * weak-connector thresholds).
 */
class ReportCodecsTest {

  private static final ObjectMapper MAPPER = C2Json.newMapper();
  /** A mapper that reads bare real numbers through {@link Scalars#REAL}. */
  private static final ObjectMapper REALS = new ObjectMapper()
      .registerModule(new SimpleModule().addDeserializer(Double.class, Adapters.deserializer(Scalars.REAL, null))
          .addSerializer(Double.class, Adapters.serializer(Scalars.REAL, null)));

  private static PointedException fails(Class<?> type, String json) {
    return assertThrows(PointedException.class, () -> MAPPER.readValue(json, type));
  }

  @Test
  void real_writesJavasShortestFormAndNonFiniteValuesAsStrings() throws Exception {
    assertEquals("[72.0,1.0E-4,-0.0,1.0E21,\"Infinity\",\"-Infinity\",\"NaN\"]", REALS.writeValueAsString(
        List.of(72.0, 1.0E-4, -0.0, 1.0E21, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN)));
  }

  @Test
  void real_readsNumbersAndTheNamesOfNonFiniteValues() throws Exception {
    assertEquals(72.0, REALS.readValue("72", Double.class));
    assertEquals(1.0E-4, REALS.readValue("1.0E-4", Double.class));
    assertEquals(Double.POSITIVE_INFINITY, REALS.readValue("\"Infinity\"", Double.class));
    assertEquals(Double.NEGATIVE_INFINITY, REALS.readValue("\"-Infinity\"", Double.class));
    assertTrue(REALS.readValue("\"NaN\"", Double.class).isNaN());
  }

  @Test
  void real_rejectsOtherStringsAndNumbersBeyondADouble() {
    PointedException text = assertThrows(PointedException.class, () -> REALS.readValue("\"inf\"", Double.class));
    assertTrue(text.getMessage().contains("'inf'"), text.getMessage());
    PointedException huge = assertThrows(PointedException.class, () -> REALS.readValue("1e400", Double.class));
    assertTrue(huge.getMessage().contains("range of a double"), huge.getMessage());
  }

  @Test
  void estimate_isWrittenWithEveryFieldInOrderAndLimitsLeftOutWhenSuppressed() throws Exception {
    Estimate rate = Rates.crude(18, 25, 100, ConfidenceLevel.P95);
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(rate));
    List<String> names = List.of("value", "lower", "upper", "confidence", "method", "statistic", "unit", "inputs",
        "inputSummary");
    assertEquals(names, iterable(written));
    assertEquals(0.95, written.get("confidence").doubleValue());
    assertEquals(rate.value().getAsDouble(), written.get("value").doubleValue());

    Estimate suppressed = Change.percentageChange(EventCount.of(0, 1000), EventCount.of(5, 1000), ConfidenceLevel.P95);
    assertTrue(suppressed.isSuppressed(), suppressed::toString);
    JsonNode none = MAPPER.readTree(MAPPER.writeValueAsString(suppressed));
    assertFalse(none.has("value"), none::toString);
    assertEquals(suppressed.suppressionReason().orElseThrow(), none.get("suppressionReason").asText());
  }

  @Test
  void estimate_readsBackWhatIsWrittenAndRejectsALimitWithoutAReasonAtTheEstimate() throws Exception {
    Estimate rate = Rates.crude(18, 25, 100, ConfidenceLevel.P95);
    assertEquals(rate, MAPPER.readValue(MAPPER.writeValueAsString(rate), Estimate.class));
    Estimate suppressed = Change.percentageChange(EventCount.of(0, 1000), EventCount.of(5, 1000), ConfidenceLevel.P95);
    assertEquals(suppressed, MAPPER.readValue(MAPPER.writeValueAsString(suppressed), Estimate.class));
    PointedException e = fails(Estimate.class,
        "{\"value\": 1, \"confidence\": 0.95, \"method\": \"m\", \"statistic\": \"s\"}");
    assertTrue(e.getMessage().contains("suppressionReason"), e.getMessage());
  }

  @Test
  void windowTotals_aCoverageThatDisagreesWithThePeriodsFailsAtTheCoverage() throws Exception {
    String totals = "{\"indicatorId\": \"asb-incidents\", \"window\": {\"start\": \"2009-01-01\", "
        + "\"end\": \"2009-03-01\"}, \"numerator\": 12.0, \"periods\": [\"2009-01\", \"2009-02\"], "
        + "\"straddlingPeriods\": [], \"coverage\": %s}";
    WindowTotals read = MAPPER.readValue(String.format(totals, "1.0"), WindowTotals.class);
    assertEquals(List.of(ReportingPeriod.parse("2009-01"), ReportingPeriod.parse("2009-02")), read.periods());
    PointedException e = fails(WindowTotals.class, String.format(totals, "0.5"));
    assertEquals("/coverage", e.path().toString(), e.getMessage());
    PointedException outside = fails(WindowTotals.class, String.format(totals, "1.0").replace("2009-02\"]", "2009-03\"]"));
    assertTrue(outside.getMessage().contains("must lie inside the window"), outside.getMessage());
  }

  @Test
  void confidenceLevel_readsAProportionOrAPercentageAndRejectsOthersAtTheValue() throws Exception {
    assertEquals(ConfidenceLevel.P95, MAPPER.readValue("0.95", ConfidenceLevel.class));
    assertEquals(ConfidenceLevel.P99_8, MAPPER.readValue("99.8", ConfidenceLevel.class));
    PointedException e = fails(ConfidenceLevel.class, "0.5");
    assertTrue(e.getMessage().contains("0.5"), e.getMessage());
  }

  @Test
  void studyWindowAndReportingPeriod_readBackWhatIsWritten() throws Exception {
    StudyWindow window = StudyWindow.of(LocalDate.of(2008, 6, 2), LocalDate.of(2009, 6, 2));
    assertEquals("{\"start\":\"2008-06-02\",\"end\":\"2009-06-02\"}", MAPPER.writeValueAsString(window));
    assertEquals(window, MAPPER.readValue(MAPPER.writeValueAsString(window), StudyWindow.class));
    for (String period : new String[] {"2009-04", "2009-Q2", "2009"}) {
      ReportingPeriod p = ReportingPeriod.parse(period);
      assertEquals("\"" + period + "\"", MAPPER.writeValueAsString(p));
      assertEquals(p, MAPPER.readValue("\"" + period + "\"", ReportingPeriod.class));
    }
  }

  @Test
  void studyWindow_endNotAfterStartFailsAtEnd() {
    assertEquals("/end", fails(StudyWindow.class, "{\"start\": \"2009-06-02\", \"end\": \"2009-06-02\"}").path()
        .toJsonPointer());
    assertEquals("", fails(ReportingPeriod.class, "\"2009-13\"").path().toJsonPointer());
  }

  @Test
  void weakConnectorThresholds_readWithDefaultsForAbsentFieldsAndRejectABadShare() throws Exception {
    assertEquals(WeakConnectorThresholds.defaults(), MAPPER.readValue("{}", WeakConnectorThresholds.class));
    WeakConnectorThresholds strict = WeakConnectorThresholds.builder().singlePersonShare(0.05).build();
    assertEquals(strict, MAPPER.readValue(MAPPER.writeValueAsString(strict), WeakConnectorThresholds.class));
    assertEquals("/singlePersonShare",
        fails(WeakConnectorThresholds.class, "{\"singlePersonShare\": 1.5}").path().toJsonPointer());
  }

  private static List<String> iterable(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
