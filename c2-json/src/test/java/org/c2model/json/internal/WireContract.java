package org.c2model.json.internal;

import java.util.Map;

/**
 * The one list of the exceptions to "every attribute of every coded type is on the wire, in the
 * schema and varied by the generators", each with its reason. The guard tests
 * ({@link CodecCoverageTest}, {@link GeneratorCoverageTest}) allow exactly these; an entry needs a
 * reason a reviewer accepts, and none is added to make a test pass.
 */
final class WireContract {

  private WireContract() {}

  /** Attributes, as {@code Type.attribute}, that no codec field writes, and why. */
  static final Map<String, String> OMITTED = Map.of(
      "OutcomesFramework.catalogue",
      "written as \"indicators\", the catalogue's indicators beside the links that must name them");

  /**
   * Fields, as {@code Type.field}, that the document generators cannot vary through the public API,
   * and why; each is varied by the property named instead.
   */
  static final Map<String, String> NOT_GENERATED = Map.of(
      "AvoidedEvents.firstYear",
      "Evaluation, the only way to an evaluation report, always starts in year 1 (the partnership's first);"
          + " SavingsEstimateRoundTripProperties varies it",
      "SavingsEstimate.warnings",
      "Evaluation leaves out an indicator without a unit cost before the appraisal, which is what would warn;"
          + " SavingsEstimateRoundTripProperties sets it");
}
