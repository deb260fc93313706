package org.c2model.examples.townstal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.synth.PlaceboInSpace;
import org.c2model.metrics.synth.SyntheticControl;
import org.c2model.report.ReportOptions;
import org.c2model.report.Reports;
import org.junit.jupiter.api.Test;

/**
 * Townstal's synthetic controls against the ten bundled ILLUSTRATIVE peer areas: one per indicator,
 * shown in the report with its placebo p-value, and the appraisal's deadweight only when asked.
 */
class TownstalSyntheticControlTest {

  private static final List<String> PEERS = TownstalData.peerAreas().stream().map(o -> o.areaCode().toString())
      .distinct().sorted().toList();

  private static Evaluation.Builder townstal() {
    return TownstalData.evaluation(TownstalData.journey(), ObservationSource.of(TownstalData.observations()),
            TownstalData.unitCosts())
        .comparator(TownstalData.comparator(TownstalData.COMPARATOR_CODES))
        .donorAreas(PEERS).donorObservations(ObservationSource.of(TownstalData.peerAreas()));
  }

  @Test
  void everyCrimeIndicatorHasASyntheticControlFromThePeers() {
    Map<String, SyntheticControl> sc = townstal().build().syntheticControls();
    assertEquals(10, PEERS.size());
    assertTrue(sc.keySet().containsAll(List.of("asb-incidents", "criminal-damage", "burglary", "vehicle-crime")),
        sc::toString);
    sc.forEach((id, s) -> {
      assertTrue(PEERS.containsAll(s.weights().keySet()), id);
      assertEquals(1.0, s.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, id);
      // Baseline and follow-up windows of 12 months each.
      assertEquals(12, s.preperiods(), id);
      assertEquals(12, s.postGaps().size(), id);
      PlaceboInSpace p = s.placeboInSpace().orElseThrow();
      assertEquals(10, p.placebos(), id);
      assertTrue(p.pValue() >= 1.0 / 11 && p.pValue() <= 1, id);
    });
    // Anti-social behaviour fell against its synthetic control.
    assertTrue(sc.get("asb-incidents").meanPostGap() < 0, sc.get("asb-incidents")::toString);
  }

  @Test
  void theAppraisalUsesTheSyntheticControlAsDeadweightOnlyWhenAsked() {
    EvaluationReport comparator = townstal().build().run();
    comparator.savings().orElseThrow().appraisal().counterfactuals().values()
        .forEach(c -> assertTrue(c.startsWith("comparator"), c));
    Evaluation asked = townstal().syntheticControlDeadweight(true).build();
    EvaluationReport synthetic = asked.run();
    var appraisal = synthetic.savings().orElseThrow().appraisal();
    Map<String, AvoidedEvents> avoided = appraisal.avoidedEvents().stream()
        .collect(Collectors.toMap(AvoidedEvents::indicatorId, a -> a));
    assertTrue(!avoided.isEmpty());
    avoided.forEach((id, a) -> {
      SyntheticControl sc = asked.syntheticControls().get(id);
      assertTrue(appraisal.counterfactuals().get(id).startsWith("synthetic control as deadweight (asked for)"), id);
      // The cumulative gap over the 12 follow-up months, a year, with the sign of events avoided.
      assertEquals(-sc.cumulativeGapEvents(), a.perYear().doubleValue(), 1e-3, id);
      assertTrue(a.lower().isEmpty() && a.upper().isEmpty(), id);
      assertEquals(0, appraisal.adjustments().get(id).deadweight().signum(), id);
    });
  }

  @Test
  void theReportShowsTheGapWithThePlaceboPValue() {
    Evaluation e = townstal().build();
    String html = Reports.htmlString(e.run(), ReportOptions.builder().journey(TownstalData.journey())
        .syntheticControls(e.syntheticControls()).build());
    SyntheticControl asb = e.syntheticControls().get("asb-incidents");
    assertTrue(html.contains("synthetic control gap, follow-up mean"), "gap row");
    assertTrue(html.contains(String.format(java.util.Locale.ROOT, "placebo p = %.3f (rank %d of 11)",
        asb.placeboInSpace().orElseThrow().pValue(), asb.placeboInSpace().orElseThrow().rank())), "p-value");
    assertTrue(html.contains("SyntheticControl:PoorPreFit") == !asb.findings().isEmpty(), "fit finding");
  }

  @Test
  void donorsMustNotBeTheNeighbourhoodsOwnAreasAndDeadweightNeedsDonors() {
    String own = TownstalData.journey().neighbourhood().areaCodes().get(0).toString();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> townstal().donorAreas(Set.of(own)).build());
    assertTrue(e.getMessage().contains("donorAreas[0]"), e.getMessage());
    InvalidValueException d = assertThrows(InvalidValueException.class,
        () -> townstal().donorAreas(List.of()).syntheticControlDeadweight(true).build());
    assertTrue(d.getMessage().contains("syntheticControlDeadweight"), d.getMessage());
  }
}
