package org.c2model.metrics.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the synthetic control of California's Proposition 99 (Abadie, Diamond &amp; Hainmueller
 * 2010) from the public panel shipped beside this test (its README names the source and licence).
 * <p>
 * The specification reproduced is the outcome-only one: the 19 pre-period years 1970-1988 of
 * per-capita cigarette sales, equally weighted (V = I), 38 donor states. Its exact optimum is
 * published to four decimals by Malo et al. (2024, Table 1, "Optimum"), which the weights match to
 * within rounding (0.00005 plus the solver's 1e-6). ADH's own weights (Table 2) come from a
 * predictor specification with a V found by nested optimisation, which c2 does not do; they are
 * not reproducible to more than which donors matter, so the test checks only that ADH's five donors
 * carry at least 95% of the outcome-only weight. The gap is ADH's: about -26 packs by 2000 (Figure 3); the
 * placebo inference differs from ADH's with this specification, as explained on its test.
 */
class Prop99ReproductionTest {

  private static final Map<String, Map<Integer, Double>> SALES = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        Prop99ReproductionTest.class.getResourceAsStream("prop99-smoking.csv")), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        SALES.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
      }
    }
  }

  static SyntheticControlInput.Builder california() {
    SyntheticControlInput.Builder b = SyntheticControlInput.builder().treatedCode("California").preperiods(19)
        .asOf(LocalDate.of(2000, 12, 31));
    for (int y = 1970; y <= 2000; y++) {
      b.addPeriods(Integer.toString(y));
    }
    b.treated(series("California"));
    SALES.keySet().stream().filter(s -> !s.equals("California")).forEach(s -> b.putDonors(s, series(s)));
    return b;
  }

  private static List<Double> series(String state) {
    return new ArrayList<>(SALES.get(state).values());
  }

  @Test
  void panelIs39StatesOver31Years() {
    assertEquals(39, SALES.size());
    SALES.values().forEach(s -> assertEquals(31, s.size()));
    assertEquals(90.1, SALES.get("California").get(1988));
  }

  @Test
  void outcomeOnlyWeightsMatchThePublishedOptimum() {
    SyntheticControl sc = SyntheticControl.fit(california().placebosInSpace(0).build());
    Map<String, Double> published = new LinkedHashMap<>();
    published.put("Utah", 0.3939);
    published.put("Montana", 0.2318);
    published.put("Nevada", 0.2049);
    published.put("Connecticut", 0.1091);
    published.put("New Hampshire", 0.0454);
    published.put("Colorado", 0.0148);
    SALES.keySet().stream().filter(s -> !s.equals("California")).forEach(s -> {
      double w = sc.weights().getOrDefault(s, 0.0);
      assertEquals(published.getOrDefault(s, 0.0), w, 0.00005 + 1e-6, s);
    });
    assertEquals(List.copyOf(published.keySet()), List.copyOf(sc.weights().keySet()).subList(0, 6));
    assertEquals(1.0, sc.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertTrue(sc.findings().isEmpty(), sc::toString);
  }

  @Test
  void gapIsAbout26PacksBy2000AndAverages19_6() {
    SyntheticControl sc = SyntheticControl.fit(california().placebosInSpace(0).build());
    List<Double> gaps = sc.postGaps();
    assertEquals(12, gaps.size());
    // ADH Figure 3: "about 26 packs" by 2000; our outcome-only fit gives -26.6.
    assertEquals(-26.0, gaps.get(11), 1.0);
    // Arkhangelsky et al. (2021) Table 1, SC: -19.6, from a lightly regularised fit of the same
    // specification; the exact optimum gives -19.51.
    assertEquals(-19.6, sc.meanPostGap(), 0.15);
    assertEquals(sc.meanPostGap() * 12, sc.cumulativeGapEvents(), 1e-9);
    // The pre-period fit: 1.66 packs, 1.4% of California's mean sales before 1989.
    assertEquals(1.656, sc.preRmspe(), 0.001);
    // Before 1989 the synthetic control is within 6 packs of California every year (5.6 in 1970).
    for (int t = 0; t < 19; t++) {
      assertEquals(series("California").get(t), sc.synthetic().get(t), 6.0, "year " + (1970 + t));
    }
  }

  @Test
  void admsFiveDonorsCarryNearlyAllTheWeight() {
    SyntheticControl sc = SyntheticControl.fit(california().placebosInSpace(0).build());
    double adh = List.of("Utah", "Nevada", "Montana", "Colorado", "Connecticut").stream()
        .mapToDouble(s -> sc.weights().getOrDefault(s, 0.0)).sum();
    assertTrue(adh >= 0.95, "ADH's donors carry " + adh);
    List.of("Utah", "Nevada", "Montana", "Colorado", "Connecticut")
        .forEach(s -> assertTrue(sc.weights().containsKey(s), s));
  }

  /**
   * ADH rank California first of 39 (p = 1/39 = 0.026) with their predictor specification. With the
   * outcome-only specification two placebo states fit their own past more tightly still (Missouri
   * and Virginia, pre-period RMSPE 0.44 and 0.82 packs against California's 1.66) and their
   * post/pre ratios (23.9 and 19.8) pass California's 12.4: rank 3, p = 3/39 = 0.077. This is not a
   * published figure; it was cross-checked during development with an independent solver (SciPy's
   * SLSQP on the same data), and it shows why the ratio, not the post-period gap alone, is ranked.
   */
  @Test
  void californiaRanksThirdOf39PlacebosOnOutcomesOnly() {
    SyntheticControl sc = SyntheticControl.fit(california().build());
    PlaceboInSpace p = sc.placeboInSpace().orElseThrow();
    assertEquals(38, p.placebos());
    assertEquals(12.44, p.ratio(), 0.01);
    assertEquals(3, p.rank());
    assertEquals(3.0 / 39, p.pValue(), 1e-12);
    assertTrue(sc.toString().contains("p = 0.077"), sc::toString);
    // Backdating the start 9 years to 1980 (half the pre-period): the gap 1980-1988 stays small against
    // the real one, so the synthetic control predicts California without an intervention.
    PlaceboInTime time = sc.placeboInTime().orElseThrow();
    assertEquals("1980", time.pretendStart());
    assertTrue(Math.abs(time.meanGap()) < Math.abs(sc.meanPostGap()) / 4, time::toString);
  }
}
