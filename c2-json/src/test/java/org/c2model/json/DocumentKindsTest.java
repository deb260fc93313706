package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.listening.RankedBallot;
import org.c2model.core.listening.RankedBallots;
import org.c2model.core.rule.Path;
import org.c2model.core.step.StepAssessment;
import org.junit.jupiter.api.Test;

/**
 * Examples of the journey, step assessment, outcome and unit-cost documents: typed activities,
 * money, c2-core's invariants reported at their JSON Pointer, and the write-only report.
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
    assertEquals(GoldenDocuments.journey(), C2Json.readJourney(json));
  }

  @Test
  void readJourney_unknownPersonFailsAtTheReferenceAsTheJourneyNamesIt() {
    String json = edited(DocumentKind.JOURNEY, d -> ((ArrayNode) d.at("/activities/0/residentIds")).set(1, "R99"));
    C2JsonException e = assertThrows(C2JsonException.class, () -> C2Json.readJourney(json));
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
    CelebratedWin read = (CelebratedWin) C2Json.readJourney(json).activities().get(0);
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

  // ---------------------------------------------------------------- step assessment: write-only

  @Test
  void readWithAPlainMapper_ofAStepAssessmentFailsSayingHowToGetOne() {
    String json = C2Json.write(GoldenDocuments.stepAssessment());
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, StepAssessment.class));
    assertTrue(e.getMessage().contains("JourneyRules.assess"), e.getMessage());
  }

  @Test
  void writeStepAssessment_namesEveryStepAndCriterionByItsCode() {
    JsonNode steps = golden(DocumentKind.STEP_ASSESSMENT).get("steps");
    assertEquals(7, steps.size());
    assertEquals("key_residents", steps.at("/0/criteria/1/criterion").asText());
    assertEquals("5 of 5 key residents", steps.at("/0/criteria/1/detail").asText());
    assertEquals("scoping_visit", steps.at("/0/criteria/1/evidence/0/type").asText());
  }

  // ---------------------------------------------------------------- outcomes and unit costs

  @Test
  void readOutcomesFramework_linkToAnIndicatorNotInTheDocumentFailsAtIt() {
    assertFails(DocumentKind.OUTCOMES_FRAMEWORK, edited(DocumentKind.OUTCOMES_FRAMEWORK,
        d -> at(d, "/links/2").put("indicatorId", "fly-posting")), "/links/2/indicatorId", "'fly-posting'", "catalogue");
  }

  @Test
  void readOutcomesFramework_aCouncilsIndicatorAndLinkAreReadWithTheStandardOnes() {
    var framework = C2Json.readOutcomesFramework(golden(DocumentKind.OUTCOMES_FRAMEWORK).toString());
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
