package org.c2model.examples.townstal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.c2model.json.C2Json;
import org.c2model.json.C2JsonException;
import org.c2model.json.DocumentKind;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.savings.Scales;
import org.c2model.metrics.savings.SavingsEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the Townstal evaluation report of the main job (uprated unit costs, staff time, Monte
 * Carlo) is JSON a CRM can book: every money amount in pence, every factor and ratio at its stated
 * precision ({@code docs/json-format.md}, "Money and factors"), and the totals add up exactly.
 */
class TownstalReportScalesTest {

  /** The decimal places allowed for the decimal fields that are not money. */
  private static final Map<String, Integer> PLACES = Map.of("discountFactor", Scales.FACTOR,
      "benefitCostRatio", Scales.RATIO, "bcrLower", Scales.RATIO, "bcrUpper", Scales.RATIO, "events", Scales.EVENTS);

  @TempDir
  Path out;

  private Path report() {
    try (PrintStream print = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      TownstalEvaluation.run(Optional.empty(), Optional.empty(), Optional.of("E01020150,E01020151"), out, print);
    }
    return out.resolve("evaluation.json");
  }

  @Test
  void everyMoneyAmountIsInPenceAndEveryFactorAtItsStatedPrecision() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toFile());
    List<String> wrong = new ArrayList<>();
    int[] seen = new int[2];
    walk(json, "", wrong, seen);
    assertEquals(List.of(), wrong);
    assertTrue(seen[0] >= 100, seen[0] + " money amounts: the walk must reach the savings lines");
    assertTrue(seen[1] >= 20, seen[1] + " factors and ratios");
  }

  private static void walk(JsonNode node, String pointer, List<String> wrong, int[] seen) {
    if (node.isObject()) {
      if (node.has("amount") && node.has("currency") && node.size() == 2) {
        seen[0]++;
        BigDecimal amount = new BigDecimal(node.get("amount").asText());
        if (amount.scale() > 2) {
          wrong.add(pointer + "/amount = " + amount + ": more than 2 decimals");
        }
      }
      node.fields().forEachRemaining(e -> {
        String at = pointer + "/" + e.getKey();
        Integer places = PLACES.get(e.getKey());
        if (places != null && e.getValue().isTextual()) {
          seen[1]++;
          BigDecimal value = new BigDecimal(e.getValue().asText());
          if (value.scale() > places) {
            wrong.add(at + " = " + value + ": more than " + places + " decimals");
          }
        }
        walk(e.getValue(), at, wrong, seen);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, wrong, seen);
      }
    }
  }

  @Test
  void theReportReadBackAddsUpAndAnEditedTotalIsRefused() throws Exception {
    Path file = report();
    EvaluationReport read = C2Json.read(DocumentKind.EVALUATION_REPORT, file);
    SavingsEstimate savings = read.savings().orElseThrow();
    BigDecimal lines = savings.lines().stream().map(l -> l.presentValue().amount()).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assertEquals(0, lines.compareTo(savings.presentValueOfBenefits().amount()));
    assertEquals(0, savings.presentValueOfBenefits().minus(savings.presentValueOfInvestment()).amount()
        .compareTo(savings.npv().amount()));

    String json = Files.readString(file);
    String found = "\"npv\": {\n      \"amount\": \"" + savings.npv().amount().toPlainString() + "\"";
    assertTrue(json.contains(found), "the report writes the NPV as " + found);
    String penny = savings.npv().amount().add(new BigDecimal("0.01")).toPlainString();
    C2JsonException e = assertThrows(C2JsonException.class, () -> C2Json.read(DocumentKind.EVALUATION_REPORT,
        json.replace(found, found.replace(savings.npv().amount().toPlainString(), penny))));
    assertTrue(e.pointer().endsWith("/npv"), e.pointer());
  }
}
