package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every input the reference rejects (the test resource {@code phe/errors.csv}, 63 cases) is rejected by
 * c2 too: each case is mapped to the equivalent c2 call, which must throw
 * {@link InvalidValueException} naming the argument and the value (or, where R says a required
 * argument is missing, {@link NullPointerException} naming it).
 * <p>
 * Cases that only exist in R have no Java equivalent and are listed in {@link #R_ONLY} with the
 * reason; their tests check that the CSV still describes that scenario. A test fails if a case in
 * the file is neither mapped nor listed, so nothing is skipped silently.
 */
class PheRejectionsTest {

  private static final ConfidenceLevel C95 = ConfidenceLevel.P95;

  private static final String SEVERAL_LEVELS = "each c2 call takes exactly one ConfidenceLevel, so two or"
      + " three levels cannot be passed (a compile-time rejection); call once per level";
  private static final String WRONG_R_TYPE = "an R column or argument of the wrong type (text); c2's"
      + " double and int parameters cannot hold text (a compile-time rejection)";

  /** R-only cases: scenario (must match the CSV) and why there is no Java equivalent. */
  private static final Map<String, String[]> R_ONLY = new LinkedHashMap<>();

  static {
    rOnly("err-008", "three confidence levels", SEVERAL_LEVELS);
    rOnly("err-009", "two levels other than 0.95/0.998", SEVERAL_LEVELS);
    rOnly("err-010", "invalid output type", "R's `type` argument picks data-frame columns; c2 always returns"
        + " the whole Estimate");
    rOnly("err-017", "three confidence levels", SEVERAL_LEVELS);
    rOnly("err-018", "two levels other than 0.95/0.998", SEVERAL_LEVELS);
    rOnly("err-019", "x field not numeric", WRONG_R_TYPE);
    rOnly("err-020", "n field not numeric", WRONG_R_TYPE);
    rOnly("err-021", "stdpop field not numeric", WRONG_R_TYPE);
    rOnly("err-028", "confidence not numeric", WRONG_R_TYPE);
    rOnly("err-032", "three confidence levels", SEVERAL_LEVELS);
    rOnly("err-033", "two levels other than 0.95/0.998", SEVERAL_LEVELS);
    rOnly("err-034", "multiplier not numeric", WRONG_R_TYPE);
    rOnly("err-036", "independent_events not boolean", "c2 has no flag: the caller chooses"
        + " StandardisedRates.direct or directNonIndependent");
    rOnly("err-039", "eventfreq not numeric", WRONG_R_TYPE);
    rOnly("err-040", "eventfreq missing", "event frequencies are a Java int[], which has no missing value");
    rOnly("err-052", "three confidence levels", SEVERAL_LEVELS);
    rOnly("err-053", "two levels other than 0.95/0.998", SEVERAL_LEVELS);
    rOnly("err-056", "three confidence levels", SEVERAL_LEVELS);
    rOnly("err-057", "two levels other than 0.95/0.998", SEVERAL_LEVELS);
  }

  private static void rOnly(String id, String scenario, String reason) {
    R_ONLY.put(id, new String[] {scenario, reason});
  }

  // A small valid standardisation data set: three strata.
  private static final double[] X = {10, 20, 30};
  private static final double[] N = {1000, 2000, 3000};
  private static final double[] S = {5000, 6000, 7000};

  private final Map<String, List<Rejection>> mapped = new LinkedHashMap<>();

  PheRejectionsTest() {
    // phe_proportion
    invalid("err-001", "numerator", "-80", () -> Proportions.of(-80, 100, 100, C95));
    invalid("err-002", "denominator", "0", () -> Proportions.of(30, 0, 100, C95));
    invalid("err-003", "denominator", "-100", () -> Proportions.of(30, -100, 100, C95));
    invalid("err-004", "numerator", "101", () -> Proportions.of(101, 100, 100, C95));
    confidence("err-005", 0.8);
    confidence("err-006", 50);
    confidence("err-007", 130);
    // phe_rate
    invalid("err-011", "numerator", "-65", () -> Rates.crude(-65, 100, 100000, C95));
    invalid("err-012", "denominator", "0", () -> Rates.crude(30, 0, 100000, C95));
    invalid("err-013", "denominator", "-100", () -> Rates.crude(80, -100, 100000, C95));
    confidence("err-014", 0.5);
    confidence("err-015", 40);
    confidence("err-016", 9998);
    // calculate_dsr
    invalid("err-022", "populations[0]", "NA",
        () -> StandardisedRates.direct(X, new double[] {Double.NaN, Double.NaN, Double.NaN}, S, 100000, C95));
    invalid("err-023", "standardPopulations[0]", "NA",
        () -> StandardisedRates.direct(X, N, new double[] {Double.NaN, Double.NaN, Double.NaN}, 100000, C95));
    invalid("err-024", "counts[1]", "-26", () -> StandardisedRates.direct(new double[] {10, -26, 30}, N, S, 100000, C95));
    invalid("err-025", "populations[1]", "0", () -> StandardisedRates.direct(X, new double[] {1000, 0, 3000}, S, 100000, C95));
    invalid("err-026", "populations[1]", "-558",
        () -> StandardisedRates.direct(X, new double[] {1000, -558, 3000}, S, 100000, C95));
    invalid("err-027", "standardPopulations[2]", "-6000",
        () -> StandardisedRates.direct(X, N, new double[] {5000, 6000, -6000}, 100000, C95));
    confidence("err-029", 0.74);
    confidence("err-030", 3);
    confidence("err-031", 1000);
    invalid("err-035", "multiplier", "-1", () -> StandardisedRates.direct(X, N, S, -1, C95));
    String[] bands = {"0-4", "5-9", "0-4", "5-9"};
    int[] freq = {1, 1, 2, 2};
    double[] persons = {10, 12, 2, 3};
    double[] pops = {1000, 2000, 1000, 2000};
    double[] stds = {5000, 6000, 5000, 6000};
    missing("err-037", "eventFrequencies",
        () -> StandardisedRates.directNonIndependent(bands, null, persons, pops, stds, 100000, C95));
    missing("err-038", "strata",
        () -> StandardisedRates.directNonIndependent(null, freq, persons, pops, stds, 100000, C95));
    invalid("err-041", "strata[0]", "null", () -> StandardisedRates.directNonIndependent(
        new String[] {null, null, null, null}, freq, persons, pops, stds, 100000, C95));
    invalid("err-042", "populations[3]", "2001, 6000", () -> StandardisedRates.directNonIndependent(
        bands, freq, persons, new double[] {1000, 2000, 1000, 2001}, stds, 100000, C95));
    invalid("err-043", "populations[2]", "1000, 5001", () -> StandardisedRates.directNonIndependent(
        bands, freq, persons, pops, new double[] {5000, 6000, 5001, 6000}, 100000, C95));
    // calculate_ISRatio / calculate_ISRate: both functions for each case
    double[] xRef = {100, 300, 600};
    double[] nRef = {50000, 60000, 70000};
    for (boolean ratio : new boolean[] {true, false}) {
      invalid("err-044", "counts[1]", "-26", () -> indirect(ratio, new double[] {10, -26, 30}, N, xRef, nRef, C95));
      invalid("err-045", "populations[1]", "-558",
          () -> indirect(ratio, X, new double[] {1000, -558, 3000}, xRef, nRef, C95));
      invalid("err-046", "populations.length", "2", () -> indirect(ratio, X, new double[] {1000, 2000}, xRef, nRef, C95));
      invalid("err-047", "referenceCounts.length", "2", () -> indirect(ratio, X, N, new double[] {100, 300}, nRef, C95));
      invalid("err-048", "referencePopulations.length", "2",
          () -> indirect(ratio, X, N, xRef, new double[] {50000, 60000}, C95));
    }
    confidence("err-049", 0.74);
    confidence("err-050", 3);
    confidence("err-051", 1000);
    // phe_mean
    confidence("err-054", 0.2);
    confidence("err-055", 200);
    confidence("err-055", 202);
    // byars_lower / byars_upper
    invalid("err-058", "observed", "-4", () -> Rates.byarsLower(-4, C95));
    invalid("err-058", "observed", "-4", () -> Rates.byarsUpper(-4, C95));
    confidence("err-059", 0.7);
    confidence("err-059", 14);
    confidence("err-059", 125);
    // wilson_lower / wilson_upper
    invalid("err-060", "x", "-4", () -> Proportions.wilsonLower(-4, 100, C95));
    invalid("err-060", "x", "-4", () -> Proportions.wilsonUpper(-4, 100, C95));
    invalid("err-061", "n", "-6", () -> Proportions.wilsonLower(0, -6, C95));
    invalid("err-061", "n", "-6", () -> Proportions.wilsonUpper(0, -6, C95));
    invalid("err-062", "x", "80", () -> Proportions.wilsonLower(80, 50, C95));
    invalid("err-062", "x", "80", () -> Proportions.wilsonUpper(80, 50, C95));
    confidence("err-063", 0.7);
    confidence("err-063", 14);
    confidence("err-063", 125);
  }

  private static Estimate indirect(boolean ratio, double[] x, double[] n, double[] xRef, double[] nRef,
      ConfidenceLevel c) {
    return ratio ? StandardisedRates.indirectRatio(x, n, xRef, nRef, 100, c)
        : StandardisedRates.indirectRate(x, n, xRef, nRef, 100000, c);
  }

  /** A rejected call, checked for its exception type, field and value. */
  private static final class Rejection {
    final Class<? extends RuntimeException> type;
    final String field;
    final String value;
    final Executable call;

    Rejection(Class<? extends RuntimeException> type, String field, String value, Executable call) {
      this.type = type;
      this.field = field;
      this.value = value;
      this.call = call;
    }
  }

  private void invalid(String id, String field, String value, Executable call) {
    mapped.computeIfAbsent(id, k -> new ArrayList<>()).add(new Rejection(InvalidValueException.class, field, value, call));
  }

  private void missing(String id, String field, Executable call) {
    mapped.computeIfAbsent(id, k -> new ArrayList<>()).add(new Rejection(NullPointerException.class, field, null, call));
  }

  private void confidence(String id, double level) {
    String printed = level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    invalid(id, "confidence", printed, () -> ConfidenceLevel.of(level));
  }

  @TestFactory
  Stream<DynamicTest> everyReferenceRejectionIsRejected() {
    return PheCsv.read("errors.csv").stream().map(row -> {
      String id = row.get("case_id");
      if (R_ONLY.containsKey(id)) {
        String[] why = R_ONLY.get(id);
        return dynamicTest(id + " has no Java equivalent: " + why[1],
            () -> assertEquals(why[0], row.get("scenario"), id + " scenario changed; revisit the mapping"));
      }
      return dynamicTest(id + " " + row.get("scenario"), () -> {
        List<Rejection> rejections = mapped.get(id);
        assertTrue(rejections != null, id + " (" + row.get("scenario") + ") is neither mapped to a c2 call nor"
            + " listed as R-only");
        for (Rejection r : rejections) {
          RuntimeException e = assertThrows(r.type, r.call, id);
          if (e instanceof InvalidValueException) {
            InvalidValueException ive = (InvalidValueException) e;
            assertEquals(r.field, ive.field().orElse(null), id + " field: " + e.getMessage());
            assertTrue(e.getMessage().endsWith(": " + r.value), id + " value " + r.value + " in: " + e.getMessage());
          } else {
            assertEquals(r.field, e.getMessage(), id + " names the missing argument");
          }
        }
      });
    });
  }

  @TestFactory
  Stream<DynamicTest> inputsTheReferenceAcceptsAreAccepted() {
    return Stream.of(
        dynamicTest("err-045 note: an ISR population of 0 is allowed",
            () -> assertDoesNotThrow(() -> StandardisedRates.indirectRatio(X, new double[] {1000, 0, 3000},
                new double[] {100, 300, 600}, new double[] {50000, 60000, 70000}, 100, C95))),
        dynamicTest("err-061 note: the Wilson helpers accept n = 0",
            () -> assertEquals(1.0, Proportions.wilsonUpper(0, 0, C95))),
        dynamicTest("rate-039: more events than population is allowed for a rate",
            () -> assertDoesNotThrow(() -> Rates.crude(250, 220, 100000, C95))),
        dynamicTest("confidence 95 and 0.95 are the same level",
            () -> assertEquals(ConfidenceLevel.of(0.95), ConfidenceLevel.of(95))));
  }
}
