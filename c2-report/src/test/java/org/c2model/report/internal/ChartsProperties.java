package org.c2model.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.c2model.metrics.network.Affiliation;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.Tie;

/** The network layout is the same every time and on the page; scales round up to a readable step. */
class ChartsProperties {

  @Property(tries = 40)
  void layout_isDeterministicAndInsideTheSquare(@ForAll @IntRange(min = 1, max = 40) int people,
      @ForAll @IntRange(min = 0, max = 80) int ties, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    Map<String, Affiliation> who = new LinkedHashMap<>();
    for (int i = 0; i < people; i++) {
      who.put("P" + i, i % 3 == 0 ? Affiliation.AGENCY_STAFF : Affiliation.RESIDENT);
    }
    List<Tie> list = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int t = 0; t < ties && people > 1; t++) {
      int a = random.nextInt(people);
      int b = random.nextInt(people);
      if (a != b && seen.add(Math.min(a, b) + "-" + Math.max(a, b))) {
        list.add(Tie.of("P" + a, "P" + b, LocalDate.of(2010, 1, 1).plusDays(t)));
      }
    }
    CommunityNetwork network = CommunityNetwork.builder().putAllPeople(who).addAllTies(list).build();
    Map<String, double[]> first = Charts.layout(network, 460);
    Map<String, double[]> second = Charts.layout(network, 460);
    assertEquals(first.keySet(), who.keySet());
    for (String id : who.keySet()) {
      assertArrayEquals(first.get(id), second.get(id), id);
      double[] at = first.get(id);
      assertTrue(at[0] >= 0 && at[0] <= 460 && at[1] >= 0 && at[1] <= 460, id + " off the page");
    }
  }

  /**
   * Every area of a funnel plot is drawn inside the plotting area, whatever its events and
   * person-years, every label on the chart, and the points table has one row per area.
   */
  @Property(tries = 200)
  void funnel_pointsStayInsideTheChart(@ForAll @IntRange(min = 2, max = 25) int n,
      @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 12) int codeLength) {
    java.util.Random random = new java.util.Random(seed);
    List<Charts.Area> areas = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double exposure = Math.pow(10, -1 + 7 * random.nextDouble());
      double events = random.nextInt(4) == 0 ? 0 : Math.floor(exposure * random.nextDouble() * 0.5);
      String label = ("A" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").substring(0, Math.max(2, codeLength * 3));
      areas.add(new Charts.Area(label, i < 2 ? "neighbourhood" : "peer", events, exposure,
          i < 2 ? Svg.BLUE : Svg.SKY, i < 2));
    }
    java.util.Optional<Charts.Funnel> funnel = Charts.funnel("f", "Indicator", 1000, areas);
    boolean anyEvents = areas.stream().anyMatch(a -> a.events() > 0);
    assertEquals(anyEvents, funnel.isPresent(), "drawn exactly when there are events");
    if (funnel.isEmpty()) {
      return;
    }
    Svg svg = funnel.get().chart();
    List<Svg.Circle> points = svg.circles().stream().filter(c -> !c.tip().isEmpty()).toList();
    assertEquals(n, points.size());
    for (Svg.Circle c : points) {
      double x = Double.parseDouble(c.cx());
      double y = Double.parseDouble(c.cy());
      assertTrue(x >= 64 && x <= svg.width() - 16 && y >= 48 && y <= svg.height() - 36, c.tip() + " at " + x + "," + y);
    }
    for (Svg.Text t : svg.texts()) {
      double x = Double.parseDouble(t.x());
      double y = Double.parseDouble(t.y());
      double width = t.text().length() * t.size() * 0.6;
      double left = t.anchor().equals("end") ? x - width : t.anchor().equals("middle") ? x - width / 2 : x;
      assertTrue(left >= 0 && left + width <= svg.width() + 0.5 && y >= 0 && y <= svg.height(),
          "'" + t.text() + "' at " + x + "," + y);
    }
    assertEquals(n, funnel.get().points().rows().size());
    assertTrue(funnel.get().caption().contains(n + " areas"), funnel.get().caption());
  }

  /**
   * Every area is placed once against the limits at its own person-years: the caption's counts add
   * up to the areas drawn, and an area at the peer average is always within the 95% limits.
   */
  @Property(tries = 100)
  void funnel_placesEveryAreaOnceAndTheAverageInside(@ForAll @IntRange(min = 1, max = 15) int peers,
      @ForAll @IntRange(min = 0, max = 100_000) int seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Charts.Area> areas = new ArrayList<>();
    double events = 0;
    double exposure = 0;
    for (int i = 0; i < peers; i++) {
      double e = 500 + random.nextInt(5000);
      double x = Math.floor(e * random.nextDouble() * 0.3) + 1;
      events += x;
      exposure += e;
      areas.add(new Charts.Area("P" + i, "peer", x, e, Svg.SKY, false));
    }
    // The neighbourhood at exactly the others' average keeps the average unchanged.
    double n = 2000;
    areas.add(0, new Charts.Area("N", "neighbourhood", events / exposure * n, n, Svg.BLUE, true));
    Charts.Funnel funnel = Charts.funnel("f", "Indicator", 1000, areas).orElseThrow();
    List<List<String>> rows = funnel.points().rows();
    assertEquals(areas.size(), rows.size());
    assertEquals("within the 95% limits", rows.get(0).get(7), rows.get(0).toString());
    long within = rows.stream().filter(r -> r.get(7).equals("within the 95% limits")).count();
    long beyond998 = rows.stream().filter(r -> r.get(7).contains("99.8%")).count();
    long beyond95 = rows.size() - within - beyond998;
    String caption = funnel.caption();
    if (within == rows.size()) {
      assertTrue(caption.contains("Every area lies within the 95% limits."), caption);
    } else {
      assertTrue(caption.contains(within + " within the 95% limits."), caption);
      assertEquals(beyond998 > 0, caption.contains("Outside the 99.8% limits: "), caption);
      assertEquals(beyond95 > 0, caption.contains("Outside the 95% limits only: "), caption);
    }
    for (List<String> r : rows) {
      assertEquals(!r.get(7).startsWith("within"), caption.contains(r.get(0) + " ("), r + " in " + caption);
    }
  }

  @Property
  void niceCeiling_isAReadableStepNotBelowTheValue(@ForAll @DoubleRange(min = 0.01, max = 1e12) @net.jqwik.api.constraints.Scale(6) double x) {
    double c = Charts.niceCeiling(x);
    assertTrue(c >= x && c <= 10 * x + 1e-9, x + " -> " + c);
    double mantissa = c / Math.pow(10, Math.floor(Math.log10(c) + 1e-12));
    assertTrue(List.of(1.0, 2.0, 2.5, 5.0, 10.0).stream().anyMatch(s -> Math.abs(s - mantissa) < 1e-9),
        x + " -> " + c);
  }

  /** Any cells written as CSV read back as the same cells, each row one record. */
  @Property
  void csv_readsBackAsTheSameCells(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 12)
      @net.jqwik.api.constraints.Chars({'a', ',', '"', '\n', '\r', ' ', '=', '-', '1', '£'}) String> cells) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i + 1 < cells.size(); i += 2) {
      rows.add(List.of(cells.get(i), cells.get(i + 1)));
    }
    Table table = new Table("t", "t", List.of("first", "second"), rows, List.of(false, false));
    List<List<String>> read = parse(CsvTables.write(table));
    assertEquals(rows.size() + 1, read.size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < 2; c++) {
        String written = rows.get(r).get(c);
        String back = read.get(r + 1).get(c);
        // A cell a spreadsheet would run as a formula gains a leading apostrophe, nothing else.
        assertTrue(back.equals(written) || back.equals("'" + written), written + " -> " + back);
      }
    }
  }

  /** A strict RFC 4180 reader, for the property above. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(ch);
      }
    }
    return rows;
  }
}
