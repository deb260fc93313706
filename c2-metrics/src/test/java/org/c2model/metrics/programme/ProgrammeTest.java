package org.c2model.metrics.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Townstal;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Step;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.junit.jupiter.api.Test;

/** A programme of Townstal at two dates and a site whose data cannot be read. */
class ProgrammeTest {

  private static final Neighbourhood COMPARATOR = Neighbourhood.of("N-CMP", "Comparator estate", "E01020200");

  /**
   * Synthetic monthly counts for the two Townstal LSOAs (2,000 people each) and the comparator:
   * Townstal's ASB falls from 10 to 5 a month per area after the constitution, its burglaries rise
   * from 1 to 6 while the comparator's stay at 2.
   */
  static ObservationSource observations() {
    List<Observation> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2008, 1); m.isBefore(YearMonth.of(2011, 7)); m = m.plusMonths(1)) {
      boolean after = !m.isBefore(YearMonth.of(2009, 6));
      for (String area : List.of("E01020136", "E01020137")) {
        out.add(Observation.of(area, "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, after ? 5 : 10, 2000));
        out.add(Observation.of(area, "burglary", m.toString(), BoundaryVintage.LSOA_2011, after ? 6 : 1, 2000));
      }
      out.add(Observation.of("E01020200", "asb-incidents", m.toString(), BoundaryVintage.LSOA_2011, 20, 4000));
      out.add(Observation.of("E01020200", "burglary", m.toString(), BoundaryVintage.LSOA_2011, 2, 4000));
    }
    return ObservationSource.of(out);
  }

  private static Site townstal(String id, LocalDate asOf) {
    return Site.of(id, Evaluation.builder().journey(Townstal.journey()).observations(observations())
        .comparator(COMPARATOR).asOf(asOf).build());
  }

  /** A site whose observation store fails; its message quotes a value that must not reach a finding. */
  private static Site broken() {
    ObservationSource offline = (indicator, areas) -> {
      throw new IllegalStateException("store offline while reading the record of Mrs Example");
    };
    return Site.of("T-BROKEN", Evaluation.builder().journey(Townstal.journey()).observations(offline).build());
  }

  @Test
  void evaluate_everySiteWithOneProgressCallback_failedSiteListedFirstAndTheOthersStillEvaluated() {
    Programme programme = Programme.builder().id("PR-DEVON").name("Devon C2 programme")
        .addSites(townstal("T-2010", LocalDate.of(2010, 12, 31)), broken(), townstal("T-2009", LocalDate.of(2009, 12, 31)))
        .build();
    List<String> calls = new ArrayList<>();
    PortfolioReport portfolio = programme.evaluate((site, done, total) -> calls.add(site + " " + done + "/" + total));
    assertEquals(List.of("T-2010 1/3", "T-BROKEN 2/3", "T-2009 3/3"), calls);
    assertEquals(3, portfolio.sites().size());
    SiteResult first = portfolio.sites().get(0);
    assertEquals("T-BROKEN", first.siteId(), portfolio::toString);
    assertFalse(first.evaluated());
    assertEquals(1, first.attention().size());
    var failure = first.attention().get(0);
    assertEquals(Programme.SITE_NOT_EVALUATED, failure.ruleId());
    assertEquals(Severity.ERROR, failure.severity());
    assertEquals("/sites/T-BROKEN", failure.path().toJsonPointer());
    assertTrue(failure.message().contains("IllegalStateException"), failure::message);
    assertFalse(failure.message().contains("Example"), "the exception's message may name a person");
    assertFalse(portfolio.toString().contains("Example"), portfolio::toString);
    assertTrue(portfolio.sites().stream().filter(SiteResult::evaluated).count() == 2);
  }

  @Test
  void evaluate_worseIndicatorIsAReasonForAttentionWithItsPath() {
    PortfolioReport portfolio = Programme.builder().id("PR-1").name("one site")
        .addSites(townstal("T-2010", LocalDate.of(2010, 12, 31))).build().evaluate();
    SiteResult site = portfolio.sites().get(0);
    assertEquals(Step.CONTINUED_TRAJECTORY, site.frontier().orElseThrow());
    assertEquals(6, site.stepsAttained());
    assertTrue(site.attention().stream().anyMatch(f -> f.ruleId().equals(Programme.INDICATOR_WORSE)
        && f.path().toJsonPointer().equals("/sites/T-2010/indicators/burglary")), site.attention()::toString);
    assertTrue(site.attention().stream().noneMatch(f -> f.path().toJsonPointer().contains("asb-incidents")),
        "ASB fell: no reason for attention");
    String text = portfolio.toString();
    assertTrue(text.startsWith("C2 programme PR-1: 1 sites, 1 needing attention"), text);
    assertTrue(text.contains("Programme:IndicatorWorse"), text);
  }

  @Test
  void evaluate_stalledWhenNoStepWasAttainedForTheGivenMonths() {
    // Townstal attained its last step in 2010; two years later, with step 7 still open, it has stalled.
    Site late = townstal("T-2012", LocalDate.of(2012, 12, 31));
    PortfolioReport portfolio = Programme.builder().id("PR-1").name("late").addSites(late).build().evaluate();
    var stalled = portfolio.findings().stream().filter(f -> f.ruleId().equals(Programme.STALLED)).toList();
    assertEquals(1, stalled.size(), portfolio::toString);
    assertEquals("/sites/T-2012/steps", stalled.get(0).path().toJsonPointer());
    assertEquals("7", stalled.get(0).args().get("frontier"));
    PortfolioReport patient = Programme.builder().id("PR-1").name("late").addSites(late).stalledAfterMonths(60).build()
        .evaluate();
    assertTrue(patient.findings().stream().noneMatch(f -> f.ruleId().equals(Programme.STALLED)));
  }

  @Test
  void evaluate_cancelledByTheCallback_returnsNothing() {
    Programme programme = Programme.builder().id("PR-1").name("two")
        .addSites(townstal("T-2010", LocalDate.of(2010, 12, 31)), townstal("T-2009", LocalDate.of(2009, 12, 31)))
        .build();
    List<Integer> done = new ArrayList<>();
    CancellationException e = assertThrows(CancellationException.class, () -> programme.evaluate((s, d, t) -> {
      done.add(d);
      return false;
    }));
    assertEquals(List.of(1), done, "no site is evaluated after the cancel");
    assertTrue(e.getMessage().contains("after 1 of 2 sites"), e::getMessage);
  }

  @Test
  void build_rejectsNoSitesAndDuplicateIds_namingTheField() {
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> Programme.builder().id("PR-1").name("none").build());
    assertEquals("sites", none.field().orElseThrow());
    Site a = townstal("T", LocalDate.of(2010, 12, 31));
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> Programme.builder().id("PR-1").name("twice").addSites(a, a).build());
    assertTrue(twice.getMessage().contains("sites"), twice::getMessage);
    assertThrows(InvalidValueException.class,
        () -> Programme.builder().id("PR-1").name("x").addSites(a).stalledAfterMonths(0).build());
  }
}
