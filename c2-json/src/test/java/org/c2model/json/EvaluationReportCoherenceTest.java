package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a stored evaluation report is checked for coherence and bounds as it is read; an edited
 * number that would drive work (a year of 2147483647) or an unknown statistic gives a
 * {@link C2JsonException} with the path, never an OutOfMemoryError, an endless loop or a report
 * whose {@code toString()} throws later.
 */
class EvaluationReportCoherenceTest {

  private static String golden() throws IOException {
    try (InputStream in = EvaluationReportCoherenceTest.class.getResourceAsStream(
        "/org/c2model/json/golden/evaluation_report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static C2JsonException reject(String json) {
    // Fails fast: a bounded year is rejected as it is read, not after building a line per year.
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(C2JsonException.class,
        () -> C2Json.read(DocumentKind.EVALUATION_REPORT, json)));
  }

  @Test
  void read_aLastYearOfIntegerMaxValueIsRejectedWithItsPath() throws IOException {
    String json = golden();
    assertTrue(json.contains("\"lastYear\": 5"), "the golden report has a five-year appraisal");
    C2JsonException e = reject(json.replaceFirst("\"lastYear\": 5", "\"lastYear\": 2147483647"));
    assertTrue(e.pointer().endsWith("/lastYear"), e.pointer());
    assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
  }

  @Test
  void read_anUnknownStatisticIsRejectedAtTheIndicatorChange() throws IOException {
    C2JsonException e = reject(golden().replaceFirst("\"statistic\": \"percentage change\"", "\"statistic\": \"x\""));
    assertTrue(e.pointer().startsWith("/indicatorChanges/0"), e.pointer());
    assertTrue(e.getMessage().contains("percentageChange.statistic") || e.pointer().contains("percentageChange"),
        e.getMessage());
  }

  @Test
  void read_anInvestmentInYearIntegerMaxValueIsRejected() throws IOException {
    String json = golden();
    int at = json.indexOf("\"investments\": [");
    int year = json.indexOf("\"year\": 0", at);
    assertTrue(at > 0 && year > at, "the golden appraisal invests in year 0");
    C2JsonException e = reject(json.substring(0, year) + "\"year\": 2147483647" + json.substring(year + 9));
    assertTrue(e.pointer().endsWith("/year"), e.pointer());
  }

  @Test
  void read_theGoldenReportStillReadsAndWritesBackUnchanged() throws IOException {
    String json = golden();
    assertEquals(json, C2Json.write(C2Json.read(DocumentKind.EVALUATION_REPORT, json)) + "\n");
  }
}
