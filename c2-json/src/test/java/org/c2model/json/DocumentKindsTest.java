package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.listening.RankedBallot;
import org.c2model.core.listening.RankedBallots;
import org.c2model.core.rule.Path;
import org.c2model.core.step.StepAssessment;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples of the journey, step assessment, outcome, unit-cost, weak-connector and evaluation
 * documents: typed activities, money, c2-core's invariants reported at their JSON Pointer, and the
 * reports c2 computes, read back checked.
 */
class DocumentKindsTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  private static ObjectNode golden(DocumentKind<?> kind) {
    try (InputStream in = DocumentKindsTest.class.getResourceAsStream("/org/c2model/json/golden/" + kind.code() + ".json")) {
      return (ObjectNode) TREES.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden document of a kind, edited. */
  private static String edited(DocumentKind<?> kind, Consumer<ObjectNode> edit) {
    ObjectNode doc = golden(kind);
    edit.accept(doc);
    return doc.toString();
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static void assertFails(DocumentKind<?> kind, String json, String pointer, String... inMessage) {
    C2JsonException e = assertThrows(C2JsonException.class, () -> C2Json.read(kind, json));
    assertEquals(pointer, e.pointer(), e.getMessage());
    for (String s : inMessage) {
      assertTrue(e.getMessage().contains(s), () -> "message lacks '" + s + "': " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- journey and activities

  @Test
  void readJourney_unknownActivityTypeFailsAtTypeNamingTheAllowedOnes() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/2").put("type", "ExchangeVisit")),
        "/activities/2/type", "'ExchangeVisit'", "exchange_visit", "listening_event", "community_action_plan");
  }

  @Test
  void readJourney_activityWithoutTypeFailsAtType() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/0").remove("type")),
        "/activities/0/type", "missing");
  }

  @Test
  void readJourney_typeAfterTheOtherPropertiesIsReadAllTheSame() {
    String json = edited(DocumentKind.JOURNEY, d -> {
      ObjectNode activity = at(d, "/activities/5");
      String type = activity.remove("type").asText();
      activity.put("type", type);
    });
    assertEquals(GoldenDocuments.journey(), C2Json.read(DocumentKind.JOURNEY, json));
  }

  @Test
  void readJourney_unknownPersonFailsAtTheReferenceAsTheJourneyNamesIt() {
    String json = edited(DocumentKind.JOURNEY, d -> ((ArrayNode) d.at("/activities/0/residentIds")).set(1, "R99"));
    C2JsonException e = assertThrows(C2JsonException.class, () -> C2Json.read(DocumentKind.JOURNEY, json));
    assertEquals("/activities/0/residentIds/1", e.pointer(), e.getMessage());
    assertTrue(e.getMessage().contains("R99"), e.getMessage());
    assertTrue(e.getCause() instanceof InvalidValueException, String.valueOf(e.getCause()));
  }

  @Test
  void readJourney_feedbackReportOfNoListeningEventFailsAtItsId() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/6").put("listeningEventId", "nope")),
        "/activities/6/listeningEventId", "nope", "listening event");
  }

  @Test
  void readJourney_activityOutsideTheJourneyFailsAtItsDate() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/3").put("date", "2008-12-31")),
        "/activities/3/date", "2008-12-31");
  }

  @Test
  void readJourney_unknownPropertyInAnActivityIsAWarningWhenLenient() {
    String json = edited(DocumentKind.JOURNEY, d -> at(d, "/activities/5").put("rsvp", true));
    assertFails(DocumentKind.JOURNEY, json, "/activities/5/rsvp", "unknown property");
    LenientRead<?> read = C2Json.readLenient(DocumentKind.JOURNEY, json);
    assertEquals(GoldenDocuments.journey(), read.value());
    assertEquals(List.of(Path.parse("/activities/5/rsvp")), read.warnings().stream().map(ReadWarning::path).toList());
  }

  /** The Townstal journey with only the given activities. */
  private static Journey townstalWith(Activity... activities) {
    return Journey.builder().from(GoldenDocuments.journey()).activities(List.of(activities)).build();
  }

  @Test
  void write_prioritisationIsTypedByItsMethod() throws IOException {
    ListeningEvent event = (ListeningEvent) GoldenDocuments.journey().activity("listening-to-townstal").orElseThrow();
    ListeningEvent ranked = ListeningEvent.builder().from(event)
        .prioritisation(RankedBallots.of(RankedBallot.of("dentist", "parking"), RankedBallot.of("parking"))).build();
    JsonNode written = TREES.readTree(C2Json.write(townstalWith(ranked)));
    assertEquals("ranked_ballots", written.at("/activities/0/prioritisation/type").asText());
    assertEquals("parking", written.at("/activities/0/prioritisation/ballots/1/ranking/0").asText());
    assertEquals("dot_voting", golden(DocumentKind.JOURNEY).at("/activities/5/prioritisation/type").asText());
  }

  @Test
  void readJourney_unknownPrioritisationMethodFailsAtItsType() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY,
        d -> at(d, "/activities/5/prioritisation").put("type", "show_of_hands")),
        "/activities/5/prioritisation/type", "'show_of_hands'", "dot_voting, ranked_ballots");
  }

  // ---------------------------------------------------------------- money

  @Test
  void write_moneyIsADecimalStringKeptWithItsScaleAndACurrency() throws IOException {
    CelebratedWin win = CelebratedWin.builder().id("w").date(GoldenDocuments.journey().start())
        .description("grant").amount(Money.of(new BigDecimal("0.50"), java.util.Currency.getInstance("EUR"))).build();
    String json = C2Json.write(townstalWith(win));
    JsonNode amount = TREES.readTree(json).at("/activities/0/amount");
    assertEquals("{\"amount\":\"0.50\",\"currency\":\"EUR\"}", amount.toString());
    CelebratedWin read = (CelebratedWin) C2Json.read(DocumentKind.JOURNEY, json).activities().get(0);
    assertEquals(new BigDecimal("0.50"), read.amount().orElseThrow().amount());
  }

  @Test
  void readJourney_moneyThatIsNotADecimalStringOrCurrencyFailsAtIt() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/4/amount").put("amount", 1500)),
        "/activities/4/amount/amount", "must be a string", "1500");
    for (String bad : new String[] {"1e3", "1,500.00", "01500", "+1500", "1500.", "", "NaN"}) {
      assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/4/amount").put("amount", bad)),
          "/activities/4/amount/amount", "plain notation", "'" + bad + "'");
    }
    for (String bad : new String[] {"gbp", "GB", "ZZZ", "£"}) {
      assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/4/amount").put("currency", bad)),
          "/activities/4/amount/currency", "ISO 4217", "'" + bad + "'");
    }
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/4/amount").remove("currency")),
        "/activities/4/amount/currency", "currency");
  }

  @Test
  void readJourney_negativeMoneyWhereCoreForbidsItFailsAtTheMoney() {
    assertFails(DocumentKind.JOURNEY, edited(DocumentKind.JOURNEY, d -> at(d, "/activities/4/amount").put("amount", "-1.00")),
        "/activities/4/amount", "must not be negative");
  }

  // ---------------------------------------------------------------- step assessment

  @Test
  void readWithAPlainMapper_ofAStepAssessmentGivesTheAssessment() throws IOException {
    String json = C2Json.write(GoldenDocuments.stepAssessment());
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertEquals(GoldenDocuments.stepAssessment(), mapper.readValue(json, StepAssessment.class));
  }

  @Test
  void readStepAssessment_stepsOutOfOrderFailAtTheStep() {
    assertFails(DocumentKind.STEP_ASSESSMENT,
        edited(DocumentKind.STEP_ASSESSMENT, d -> {
          ArrayNode steps = d.withArray("steps");
          steps.insert(0, steps.remove(1));
        }),
        "/steps/0/step", "must be locate_energy");
  }

  @Test
  void readStepAssessment_aDateAfterTheAssessmentDateFailsAtTheDate() {
    assertFails(DocumentKind.STEP_ASSESSMENT, edited(DocumentKind.STEP_ASSESSMENT, d -> d.put("asOf", "2009-03-02")),
        "/steps/0/attainedOn", "must not be after asOf 2009-03-02");
  }

  @Test
  void readStepAssessment_aFrontierThatDisagreesWithTheStepsFailsAtTheFrontier() {
    assertFails(DocumentKind.STEP_ASSESSMENT,
        edited(DocumentKind.STEP_ASSESSMENT, d -> d.put("frontier", "locate_energy")),
        "/frontier", "must be the lowest step not attained");
  }

  @Test
  void readStepAssessment_aCriterionOfAnotherStepFailsAtTheCriterion() {
    assertFails(DocumentKind.STEP_ASSESSMENT,
        edited(DocumentKind.STEP_ASSESSMENT, d -> at(d, "/steps/0/criteria/0").put("criterion", "regular_meetings")),
        "/steps/0/criteria/0/criterion", "must be");
  }

  @Test
  void writeStepAssessment_namesEveryStepAndCriterionByItsCode() {
    JsonNode steps = golden(DocumentKind.STEP_ASSESSMENT).get("steps");
    assertEquals(7, steps.size());
    assertEquals("key_residents", steps.at("/0/criteria/1/criterion").asText());
    assertEquals("3 of 5 recommended key residents", steps.at("/0/criteria/1/detail").asText());
    assertEquals("scoping_visit", steps.at("/0/criteria/1/evidence/0/type").asText());
  }

  // ---------------------------------------------------------------- evaluation report and weak connectors

  @Test
  void readEvaluationReport_givesTheTownstalReportFromTextStreamFileAndAPlainMapper() throws IOException {
    EvaluationReport expected = Evaluations.townstal();
    String report = C2Json.write(expected);
    assertEquals(expected, C2Json.read(DocumentKind.EVALUATION_REPORT, report));
    assertEquals(expected, C2Json.read(DocumentKind.EVALUATION_REPORT, 
        new java.io.ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8))));
    java.nio.file.Path file = Files.createTempFile("c2-evaluation", ".json");
    try {
      Files.writeString(file, report);
      assertEquals(expected, C2Json.read(DocumentKind.EVALUATION_REPORT, file));
    } finally {
      Files.delete(file);
    }
    assertEquals(expected, new ObjectMapper().findAndRegisterModules().readValue(report, EvaluationReport.class));
    assertEquals(expected.savings(), C2Json.read(DocumentKind.EVALUATION_REPORT, report).savings());
  }

  /**
   * Edits of the Townstal report that break what its builders check or what its derived values must
   * agree with: the object edited, the property set, its new JSON value, where reading fails and what
   * the message says.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/intermediateOutcomes | serviceChanges | 7 | /intermediateOutcomes/serviceChanges | must be 6",
      "/intermediateOutcomes | periodGranularity | \"quarter\" | /intermediateOutcomes/serviceChangesByPeriod | granularity quarter",
      "/networkChange | lessFragmented | false | /networkChange/lessFragmented | must be true",
      "/savings/lines/0 | events | \"1000\" | /savings/lines/0 | as the appraisal gives it",
      "/baseline | start | \"2008-01-01\" | /indicatorChanges/0/target/baseline/window | must be the baseline",
      "/savings/appraisal | discountSchedule | \"5% forever\" | /savings/appraisal/discountSchedule | constant 3.5%",
      "/indicatorChanges/0 | multiplier | 0 | /indicatorChanges/0/multiplier | above zero"})
  void readEvaluationReport_anEditBreakingAnInvariantFailsAtItsField(String object, String property, String value,
      String failsAt, String inMessage) {
    assertFails(DocumentKind.EVALUATION_REPORT, edited(DocumentKind.EVALUATION_REPORT, d -> {
      try {
        at(d, object).set(property, TREES.readTree(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), failsAt, inMessage);
  }

  @Test
  void readWeakConnectors_givesTheTownstalWeakConnectorsAlsoThroughAPlainMapper() throws IOException {
    WeakConnectors expected = Evaluations.townstalWeakConnectors();
    String connectors = C2Json.write(expected);
    assertEquals(expected, C2Json.read(DocumentKind.WEAK_CONNECTORS, connectors));
    assertEquals(expected, new ObjectMapper().findAndRegisterModules().readValue(connectors, WeakConnectors.class));
  }

  @Test
  void readWeakConnectors_aRankOutOfOrderFailsAtTheRank() {
    assertFails(DocumentKind.WEAK_CONNECTORS, edited(DocumentKind.WEAK_CONNECTORS, d -> at(d, "/residents/1").put("rank", 3)),
        "/residents/1/rank", "must be 2");
  }

  @Test
  void readWeakConnectors_aResidentAmongAgencyStaffFailsAtTheAffiliation() {
    assertFails(DocumentKind.WEAK_CONNECTORS,
        edited(DocumentKind.WEAK_CONNECTORS, d -> at(d, "/agencyStaff/0/measures").put("affiliation", "resident")),
        "/agencyStaff/0/measures/affiliation", "must be agency_staff");
  }

  @Test
  void readWeakConnectors_aSummaryOfAnotherDateFailsAtTheSummaryDate() {
    assertFails(DocumentKind.WEAK_CONNECTORS,
        edited(DocumentKind.WEAK_CONNECTORS, d -> at(d, "/summary").put("date", "2009-12-30")),
        "/summary/date", "must be the date 2009-12-31");
  }

  @Test
  void readWeakConnectors_impossibleMeasuresFailAtTheMeasure() {
    assertFails(DocumentKind.WEAK_CONNECTORS,
        edited(DocumentKind.WEAK_CONNECTORS, d -> at(d, "/residents/0/measures").put("degree", -1)),
        "/residents/0/measures/degree", "must not be negative");
    assertFails(DocumentKind.WEAK_CONNECTORS,
        edited(DocumentKind.WEAK_CONNECTORS, d -> at(d, "/summary").put("fragmentation", 1.5)),
        "/summary/fragmentation", "must be between 0 and 1");
  }

  @Test
  void writeToAFile_ofAnEvaluationReportIsTheWrittenTextWithALineEnd() throws IOException {
    EvaluationReport report = Evaluations.townstal();
    java.nio.file.Path dir = Files.createTempDirectory("c2-evaluation");
    java.nio.file.Path file = dir.resolve("evaluation.json");
    try {
      C2Json.write(report, file);
      assertEquals(C2Json.write(report) + "\n", Files.readString(file));
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Test
  void writeEvaluationReport_holdsEachPartAsItsOwnCodecWritesIt() throws IOException {
    EvaluationReport report = Evaluations.townstal();
    JsonNode json = TREES.readTree(C2Json.write(report));
    assertEquals("evaluation_report", json.get("kind").asText());
    JsonNode steps = TREES.readTree(C2Json.write(report.steps()));
    ((ObjectNode) steps).remove(List.of("c2", "kind"));
    assertEquals(steps, json.get("steps"));
    JsonNode connectors = TREES.readTree(C2Json.write(report.weakConnectors()));
    ((ObjectNode) connectors).remove(List.of("c2", "kind"));
    assertEquals(connectors, json.get("weakConnectors"));
    assertEquals(Townstal.TOP_FIVE.get(0), json.at("/topPriorities/0").asText());
    assertEquals(2, json.at("/intermediateOutcomes/serviceChangesByKind/new_service").asInt());
    assertEquals(4, json.at("/intermediateOutcomes/serviceChangesByPeriod/2010").asInt());
    assertEquals("year", json.at("/intermediateOutcomes/periodGranularity").asText());
    assertEquals("2008-06-01", json.at("/baseline/start").asText(), "whole calendar months before formalisation");
  }

  @Test
  void writeEvaluationReport_writesEveryEstimateTheSameWay() throws IOException {
    JsonNode json = TREES.readTree(C2Json.write(Evaluations.townstal()));
    List<String> order = List.of("value", "lower", "upper", "confidence", "method", "statistic", "unit", "inputs",
        "inputSummary", "suppressionReason");
    List<JsonNode> estimates = new ArrayList<>();
    estimates.add(json.at("/intermediateOutcomes/surveyResults/0/percentage"));
    for (JsonNode change : json.get("indicatorChanges")) {
      for (String name : new String[] {"baselineRate", "followUpRate", "percentageChange", "differenceInDifferences",
          "ratioOfRateRatios", "eventsAvoided"}) {
        estimates.add(change.get(name));
      }
    }
    for (JsonNode e : estimates) {
      List<String> names = new ArrayList<>();
      e.fieldNames().forEachRemaining(names::add);
      List<String> expected = new ArrayList<>(order);
      expected.retainAll(names);
      assertEquals(expected, names, e::toString);
      assertTrue(e.get("value").isDouble() && e.get("confidence").isDouble() && e.get("inputs").isObject(), e::toString);
    }
    assertEquals(-50.0, json.at("/indicatorChanges/0/percentageChange/value").doubleValue());
    assertEquals("better", json.at("/indicatorChanges/0/verdict").asText());
    assertEquals(96.0, json.at("/indicatorChanges/0/eventsAvoided/value").doubleValue(), 1e-9);
  }

  @Test
  void writeEvaluationReport_atConfidenceOneWritesInfiniteLimitsAsStrings() throws IOException {
    EvaluationReport report = Evaluation.builder().journey(Townstal.journey()).observations(Evaluations.townstalObservations())
        .comparator(Evaluations.COMPARATOR).confidence(ConfidenceLevel.of(1)).build().run();
    String written = C2Json.write(report);
    JsonNode json = TREES.readTree(written);
    assertEquals("Infinity", json.at("/indicatorChanges/0/baselineRate/upper").textValue());
    assertEquals(1.0, json.at("/indicatorChanges/0/baselineRate/confidence").doubleValue());
    assertEquals(written, C2Json.writer().writeValueAsString(json));
  }

  @Test
  void writeEvaluationReport_savingsAreMoneyAndDecimalStringsByAgencyAndValueType() throws IOException {
    JsonNode savings = TREES.readTree(C2Json.write(Evaluations.townstal())).get("savings");
    for (String name : new String[] {"gross", "net", "presentValueOfBenefits", "presentValueOfInvestment", "npv",
        "/lines/0/presentValue", "/appraisal/investments/0/amount", "/benefitsByAgency/police"}) {
      JsonNode money = name.startsWith("/") ? savings.at(name) : savings.get(name);
      assertTrue(money.get("amount").isTextual(), name + ": " + money);
      assertEquals("GBP", money.get("currency").asText(), name);
    }
    // Money.gbp("1500") in year 0: undiscounted, its present value in pence (docs/json-format.md)
    assertEquals("1500", savings.at("/appraisal/investments/0/amount/amount").asText(), "the input as given");
    assertEquals("1500.00", savings.at("/presentValueOfInvestment/amount").asText());
    assertTrue(savings.get("benefitCostRatio").isTextual(), savings.get("benefitCostRatio")::toString);
    assertTrue(savings.at("/presentValueByValueType/fiscal").isObject(), savings::toString);
    assertEquals("0", savings.at("/appraisal/adjustments/asb-incidents/deadweight").asText());
    assertTrue(savings.at("/lines/0/discountFactor").isTextual());
    assertTrue(savings.get("appraisal").get("discountSchedule").asText().startsWith("Green Book"));
  }

  @Test
  void writeWeakConnectors_listsPeopleByIdWithSnakeCaseReasonsAndFindings() throws IOException {
    WeakConnectors found = Evaluations.illustrativeWeakConnectors();
    JsonNode json = golden(DocumentKind.WEAK_CONNECTORS);
    assertEquals(found.agencyStaff().size(), json.get("agencyStaff").size());
    assertEquals(found.residents().size(), json.get("residents").size());
    JsonNode first = json.at("/agencyStaff/0");
    assertEquals(found.agencyStaff().get(0).personId(), first.at("/measures/personId").asText());
    assertEquals("agency_staff", first.at("/measures/affiliation").asText());
    List<String> reasons = new ArrayList<>();
    for (JsonNode candidate : json.get("agencyStaff")) {
      candidate.get("reasons").forEach(r -> reasons.add(r.asText()));
    }
    assertTrue(reasons.contains("high_betweenness"), reasons::toString);
    assertTrue(reasons.stream().allMatch(r -> r.matches("[a-z_]+")), reasons::toString);
    assertEquals(found.findings().size(), json.get("findings").size());
    for (JsonNode f : json.get("findings")) {
      assertEquals(WeakConnectors.SINGLE_PERSON_DEPENDENCY.toString(), f.get("ruleId").asText());
      assertEquals("warning", f.get("severity").asText());
      assertTrue(f.get("path").asText().startsWith("/network/people/"), f::toString);
    }
  }

  // ---------------------------------------------------------------- outcomes and unit costs

  @Test
  void readOutcomesFramework_linkToAnIndicatorNotInTheDocumentFailsAtIt() {
    assertFails(DocumentKind.OUTCOMES_FRAMEWORK, edited(DocumentKind.OUTCOMES_FRAMEWORK,
        d -> at(d, "/links/2").put("indicatorId", "fly-posting")), "/links/2/indicatorId", "'fly-posting'", "catalogue");
  }

  @Test
  void readOutcomesFramework_aCouncilsIndicatorAndLinkAreReadWithTheStandardOnes() {
    var framework = C2Json.read(DocumentKind.OUTCOMES_FRAMEWORK, golden(DocumentKind.OUTCOMES_FRAMEWORK).toString());
    assertTrue(framework.catalogue().contains("fly-tipping"));
    assertEquals(1, framework.linksTo("fly-tipping").size());
  }

  @Test
  void readIndicatorCatalogue_repeatedIdOrBadCodeFailsAtIt() {
    assertFails(DocumentKind.INDICATOR_CATALOGUE, edited(DocumentKind.INDICATOR_CATALOGUE,
        d -> at(d, "/indicators/3").put("id", d.at("/indicators/0/id").asText())), "/indicators/3/id", "unique");
    assertFails(DocumentKind.INDICATOR_CATALOGUE, edited(DocumentKind.INDICATOR_CATALOGUE,
        d -> at(d, "/indicators/0").put("id", "A&E visits")), "/indicators/0/id", "'A&E visits'");
    assertFails(DocumentKind.INDICATOR_CATALOGUE, edited(DocumentKind.INDICATOR_CATALOGUE,
        d -> at(d, "/indicators/0").put("horizon", "WITHIN_A_YEAR")), "/indicators/0/horizon",
        "within_a_year, one_to_three_years, three_to_five_years");
  }

  @Test
  void readUnitCostTable_repeatedCostOrBadPriceYearOrAgencyFailsAtIt() {
    assertFails(DocumentKind.UNIT_COST_TABLE, edited(DocumentKind.UNIT_COST_TABLE,
        d -> ((ArrayNode) d.get("costs")).add(d.at("/costs/0").deepCopy())), "/costs/" + golden(DocumentKind.UNIT_COST_TABLE)
        .get("costs").size(), "must not repeat");
    assertFails(DocumentKind.UNIT_COST_TABLE, edited(DocumentKind.UNIT_COST_TABLE, d -> at(d, "/costs/1").put("priceYear", "2013/15")),
        "/costs/1/priceYear", "'2013/15'", "2013/14");
    assertFails(DocumentKind.UNIT_COST_TABLE, edited(DocumentKind.UNIT_COST_TABLE, d -> at(d, "/costs/1").put("agency", "Police")),
        "/costs/1/agency", "'Police'");
    assertFails(DocumentKind.UNIT_COST_TABLE, edited(DocumentKind.UNIT_COST_TABLE, d -> at(d, "/costs/1/cost").put("amount", "-3")),
        "/costs/1/cost", "must not be negative");
  }

  @Test
  void writeUnitCostTable_moneyPriceYearAgencyValueTypeAndSourceAreAllThere() {
    JsonNode cost = golden(DocumentKind.UNIT_COST_TABLE).at("/costs/0");
    for (String name : new String[] {"indicatorId", "cost", "unit", "priceYear", "agency", "valueType", "source"}) {
      assertTrue(cost.has(name), name + " missing in " + cost);
    }
    assertTrue(cost.at("/cost/amount").isTextual(), cost.toString());
    assertEquals("GBP", cost.at("/cost/currency").asText());
  }
}
