package org.c2model.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.c2model.core.Money;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.SeriesPoint;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowTotals;
import org.c2model.metrics.network.Affiliation;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.Tie;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.ControlLimits;
import org.c2model.metrics.stats.Estimate;
import org.c2model.metrics.stats.Funnels;
import org.c2model.metrics.stats.Rates;

/**
 * Places the shapes of the report's charts: indicator trends with confidence bands, funnel plots,
 * the community network before and after, and the invest-to-save case by agency. Colours are
 * Okabe-Ito; every chart has a title and a description.
 */
public final class Charts {

  private static final int W = 640;
  private static final int H = 300;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 48;
  private static final int BOTTOM = 36;

  private Charts() {}

  /**
   * A date marked on a trend, such as a step's attainment.
   *
   * @param date  the date
   * @param key  the short mark drawn on the chart, such as "S3"
   * @param label  what happened, for the caption
   */
  public record Marker(LocalDate date, String key, String label) {}

  /**
   * The rate of one area in one window, per population per year, with its interval.
   *
   * @param change  the change whose windows these are
   * @param totals  the window's totals
   * @return the estimate, not null
   */
  static Estimate rate(IndicatorChange change, WindowTotals totals) {
    double years = IndicatorChange.coveredYears(totals);
    double population = totals.denominator().isPresent() && !totals.periods().isEmpty()
        ? totals.denominator().getAsDouble() / totals.periods().size() * years : years;
    return Rates.crude(totals.numerator(), Math.max(population, Double.MIN_NORMAL), change.multiplier(),
        change.baselineRate().confidence());
  }

  /** Person-years (or years, without a denominator) behind a window's totals. */
  static double exposure(WindowTotals totals) {
    double years = IndicatorChange.coveredYears(totals);
    return totals.denominator().isPresent() && !totals.periods().isEmpty()
        ? totals.denominator().getAsDouble() / totals.periods().size() * years : years;
  }

  /** Monthly (or per-period) rates of a series, annualised, up to the as-of date. */
  private static Map<LocalDate, Double> points(IndicatorSeries series, double multiplier, LocalDate asOf) {
    Map<LocalDate, Double> out = new LinkedHashMap<>();
    for (SeriesPoint p : series.points()) {
      if (p.period().end().isAfter(asOf.plusDays(1))) {
        continue;
      }
      double perYear = 12.0 / p.period().granularity().months();
      if (multiplier == 1) {
        out.put(p.period().start(), p.numerator() * perYear);
      } else if (p.denominator().isPresent() && p.denominator().getAsDouble() > 0) {
        out.put(p.period().start(), p.numerator() / p.denominator().getAsDouble() * multiplier * perYear);
      }
    }
    return out;
  }

  /**
   * Draws an indicator's trend: the baseline and follow-up windows shaded, each window's rate with
   * its confidence band for the neighbourhood (and comparator), the period series when given, and
   * the marked dates.
   *
   * @param id  the HTML id
   * @param change  the indicator's change
   * @param asOf  the as-of date: no data after it are drawn
   * @param series  the neighbourhood's series, if any
   * @param comparatorSeries  the comparator's series, if any
   * @param comparatorId  the comparator's id, if any
   * @param markers  the dates to mark
   * @return the chart, not null
   */
  static Svg trend(String id, IndicatorChange change, LocalDate asOf, Optional<IndicatorSeries> series,
      Optional<IndicatorSeries> comparatorSeries, Optional<String> comparatorId, List<Marker> markers) {
    StudyWindow base = change.target().baseline().window();
    StudyWindow follow = change.target().followUp().window();
    double m = change.multiplier();
    Map<LocalDate, Double> own = series.map(s -> points(s, m, asOf)).orElse(Map.of());
    Map<LocalDate, Double> other = comparatorSeries.map(s -> points(s, m, asOf)).orElse(Map.of());
    LocalDate from = base.start();
    LocalDate to = follow.end().isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : follow.end();
    for (LocalDate d : own.keySet()) {
      from = d.isBefore(from) ? d : from;
      to = d.plusMonths(1).isAfter(to) && !d.plusMonths(1).isAfter(asOf.plusDays(1)) ? d.plusMonths(1) : to;
    }
    for (LocalDate d : other.keySet()) {
      from = d.isBefore(from) ? d : from;
    }
    Estimate b = change.baselineRate();
    Estimate f = change.followUpRate();
    Optional<Estimate> cb = change.comparator().map(c -> rate(change, c.baseline()));
    Optional<Estimate> cf = change.comparator().map(c -> rate(change, c.followUp()));
    double max = 0;
    for (Estimate e : List.of(b, f)) {
      max = Math.max(max, top(e));
    }
    max = Math.max(max, cb.map(Charts::top).orElse(0.0));
    max = Math.max(max, cf.map(Charts::top).orElse(0.0));
    for (double v : own.values()) {
      max = Math.max(max, v);
    }
    for (double v : other.values()) {
      max = Math.max(max, v);
    }
    final double yMax = niceCeiling(max);
    final LocalDate end = to;
    String unit = m == 1 ? "events a year" : String.format(Locale.ROOT, "per %,.0f population per year", m);
    String desc = change.indicator().name() + ", " + unit + ": baseline " + Fmt.estimate(b) + ", follow-up "
        + Fmt.estimate(f) + cf.map(e -> "; comparator follow-up " + Fmt.estimate(e)).orElse("")
        + ". Shaded: baseline window " + base + " and follow-up window " + follow + ". Marked: "
        + String.join("; ", markers.stream().map(k -> k.key() + " " + k.label() + " " + k.date()).toList()) + ".";
    Svg.Builder s = new Svg.Builder(id, change.indicator().name() + " (" + unit + "), neighbourhood"
        + comparatorId.map(c -> " and comparator " + c).orElse(""), desc, W, H);
    Scale x = new Scale(from, end);
    double plotH = H - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - plotH * Math.min(v, yMax) / yMax;
    // Windows shaded, labelled inside at the top.
    s.rect(x.at(base.start()), TOP, x.at(base.end()) - x.at(base.start()), plotH, SKY_LIGHT, 1, "baseline window " + base);
    s.rect(x.at(follow.start()), TOP, x.at(min(follow.end(), to)) - x.at(follow.start()), plotH, GREEN_LIGHT, 1,
        "follow-up window " + follow);
    s.text(x.at(base.start()) + 3, TOP + 12, "baseline", 10, "start", Svg.INK);
    s.text(x.at(follow.start()) + 3, TOP + 12, "follow-up", 10, "start", Svg.INK);
    for (int i = 0; i <= 4; i++) {
      double v = yMax * i / 4;
      s.line(LEFT, y.applyAsDouble(v), W - RIGHT, y.applyAsDouble(v), Svg.GRID, 1, "");
      s.text(LEFT - 6, y.applyAsDouble(v) + 4, Fmt.sig(v), 10, "end", Svg.INK);
    }
    for (int year = from.getYear() + 1; !LocalDate.of(year, 1, 1).isAfter(to); year++) {
      double xx = x.at(LocalDate.of(year, 1, 1));
      s.line(xx, TOP + plotH, xx, TOP + plotH + 4, Svg.INK, 1, "");
      s.text(xx, TOP + plotH + 16, Integer.toString(year), 10, "middle", Svg.INK);
    }
    s.text(LEFT, H - 4, unit, 10, "start", Svg.INK);
    // Confidence bands of each window's rate, then the rate itself.
    cb.ifPresent(e -> band(s, x, y, base, end, e, Svg.ORANGE, comparatorId.orElse("comparator") + " baseline"));
    cf.ifPresent(e -> band(s, x, y, follow, end, e, Svg.ORANGE, comparatorId.orElse("comparator") + " follow-up"));
    band(s, x, y, base, to, b, Svg.BLUE, "neighbourhood baseline");
    band(s, x, y, follow, to, f, Svg.BLUE, "neighbourhood follow-up");
    if (!other.isEmpty()) {
      s.poly(other.entrySet().stream().map(e -> new double[] {x.at(e.getKey().plusDays(14)),
          y.applyAsDouble(e.getValue())}).toList(), Svg.ORANGE, 1.2, "4 3", "comparator by period");
    }
    if (!own.isEmpty()) {
      s.poly(own.entrySet().stream().map(e -> new double[] {x.at(e.getKey().plusDays(14)),
          y.applyAsDouble(e.getValue())}).toList(), Svg.BLUE, 1.2, "", "neighbourhood by period");
    }
    double lastX = -100;
    int level = 0;
    for (Marker k : markers.stream().sorted(Comparator.comparing(Marker::date)).toList()) {
      if (k.date().isBefore(from) || !k.date().isBefore(to)) {
        continue;
      }
      double xx = x.at(k.date());
      level = xx - lastX < 22 ? (level + 1) % 3 : 0;
      lastX = xx;
      s.line(xx, TOP - 4 - level * 11 + 2, xx, TOP + plotH, Svg.PURPLE, 1, "3 3");
      s.text(xx, TOP - 6 - level * 11, k.key(), 9, "middle", Svg.PURPLE);
    }
    // Legend above the plot.
    s.line(LEFT, 10, LEFT + 18, 10, Svg.BLUE, 3, "");
    s.text(LEFT + 22, 14, "neighbourhood (band: " + b.confidence() + " CI)", 10, "start", Svg.INK);
    if (cb.isPresent() || !other.isEmpty()) {
      s.line(LEFT + 250, 10, LEFT + 268, 10, Svg.ORANGE, 3, "");
      s.text(LEFT + 272, 14, "comparator " + comparatorId.orElse(""), 10, "start", Svg.INK);
    }
    return s.build();
  }

  private static final String SKY_LIGHT = "#e6f3fb";
  private static final String GREEN_LIGHT = "#e3f4ee";

  private static void band(Svg.Builder s, Scale x, java.util.function.DoubleUnaryOperator y, StudyWindow w,
      LocalDate to, Estimate e, String colour, String what) {
    if (e.value().isEmpty()) {
      return;
    }
    double x1 = x.at(w.start());
    double x2 = x.at(min(w.end(), to));
    if (e.hasInterval()) {
      double hi = y.applyAsDouble(e.upper().getAsDouble());
      double lo = y.applyAsDouble(e.lower().getAsDouble());
      s.rect(x1, hi, x2 - x1, lo - hi, colour, 0.25, what + ": " + Fmt.interval(e));
    }
    double v = y.applyAsDouble(e.value().getAsDouble());
    s.line(x1, v, x2, v, colour, 3, "");
  }

  private static double top(Estimate e) {
    if (e.upper().isPresent() && Double.isFinite(e.upper().getAsDouble())) {
      return e.upper().getAsDouble();
    }
    return e.value().orElse(0);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Maps dates to x on the plot. */
  private static final class Scale {
    private final LocalDate from;
    private final double days;

    Scale(LocalDate from, LocalDate to) {
      this.from = from;
      this.days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    }

    double at(LocalDate d) {
      double plotW = W - LEFT - RIGHT;
      return LEFT + plotW * Math.max(0, Math.min(days, ChronoUnit.DAYS.between(from, d))) / days;
    }
  }

  /**
   * One area of a funnel plot.
   *
   * @param label  the area's id or code
   * @param role  "neighbourhood", "comparator" or "peer"
   * @param events  its events
   * @param exposure  its person-years
   * @param colour  its colour
   * @param highlighted  whether it is drawn large and labelled (the neighbourhood and comparator)
   */
  record Area(String label, String role, double events, double exposure, String colour, boolean highlighted) {}

  /**
   * A funnel plot with what it shows in words and as a table.
   *
   * @param chart  the chart
   * @param caption  how many areas, the peer average and which areas lie outside the limits
   * @param points  one row per area: events, person-years, rate, limits and where it lies
   */
  public record Funnel(Svg chart, String caption, Table points) {}

  /**
   * Draws a funnel plot of the follow-up rates: each area's rate against its person-years, with
   * the peer average of all areas drawn and the 95% and 99.8% exact Poisson control limits
   * c2-metrics computes.
   *
   * @param id  the HTML id
   * @param change  the indicator's change
   * @param areas  the areas, at least two
   * @return the chart, or empty when there are fewer than two areas, no denominator or no events
   */
  static Optional<Funnel> funnel(String id, IndicatorChange change, List<Area> areas) {
    return funnel(id, change.indicator().name(), change.multiplier(), areas);
  }

  /**
   * Draws a funnel plot; see {@link #funnel(String, IndicatorChange, List)}.
   *
   * @param id  the HTML id
   * @param name  the indicator's name
   * @param m  the rates' multiplier, 1 when the indicator has no denominator
   * @param areas  the areas
   * @return the chart, or empty when there are fewer than two areas, no denominator or no events
   */
  static Optional<Funnel> funnel(String id, String name, double m, List<Area> areas) {
    if (areas.size() < 2 || m == 1 || areas.stream().anyMatch(a -> !(a.exposure() > 0))) {
      return Optional.empty();
    }
    double[] events = areas.stream().mapToDouble(Area::events).toArray();
    double[] exposure = areas.stream().mapToDouble(Area::exposure).toArray();
    double average = Funnels.average(events, exposure) * m;
    if (!(average > 0)) {
      return Optional.empty();
    }
    double xMax = niceCeiling(areas.stream().mapToDouble(Area::exposure).max().orElse(1) * 1.25);
    double yMaxData = areas.stream().mapToDouble(a -> a.events() / a.exposure() * m).max().orElse(0);
    double yMax = niceCeiling(Math.max(yMaxData * 1.15, average * 2));
    double plotW = W - LEFT - RIGHT;
    double plotH = H - TOP - BOTTOM;
    java.util.function.DoubleUnaryOperator px = v -> LEFT + plotW * Math.max(0, Math.min(v, xMax)) / xMax;
    java.util.function.DoubleUnaryOperator py = v -> TOP + plotH - plotH * Math.max(0, Math.min(v, yMax)) / yMax;
    String unit = String.format(Locale.ROOT, "per %,.0f population per year", m);
    // Where each area lies against the limits at its own person-years.
    List<String> positions = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<String> beyond998 = new ArrayList<>();
    List<String> beyond95 = new ArrayList<>();
    for (Area a : areas) {
      double r = a.events() / a.exposure() * m;
      ControlLimits l95 = Funnels.rate(average, a.exposure(), m, ConfidenceLevel.P95);
      ControlLimits l998 = Funnels.rate(average, a.exposure(), m, ConfidenceLevel.P99_8);
      String position;
      if (r > l998.upper() || r < l998.lower()) {
        position = (r > l998.upper() ? "above" : "below") + " the 99.8% limits";
        beyond998.add(a.label() + " (" + (r > l998.upper() ? "above" : "below") + ")");
      } else if (r > l95.upper() || r < l95.lower()) {
        position = (r > l95.upper() ? "above" : "below") + " the 95% limits";
        beyond95.add(a.label() + " (" + (r > l95.upper() ? "above" : "below") + ")");
      } else {
        position = "within the 95% limits";
      }
      positions.add(position);
      rows.add(List.of(a.label(), a.role(), Fmt.number(a.events(), 0), Fmt.number(a.exposure(), 0), Fmt.sig(r),
          Fmt.sig(l95.lower()) + " to " + Fmt.sig(l95.upper()), Fmt.sig(l998.lower()) + " to " + Fmt.sig(l998.upper()),
          position));
    }
    long peers = areas.stream().filter(a -> a.role().equals("peer")).count();
    StringBuilder caption = new StringBuilder(name).append(": follow-up rates of ").append(areas.size())
        .append(" areas (").append(areas.stream().filter(Area::highlighted).map(a -> a.role() + " " + a.label())
            .reduce((x, y) -> x + ", " + y).orElse("no highlighted area"))
        .append(peers > 0 ? " and " + Fmt.count((int) peers, "peer area", "peer areas") : "").append("), ")
        .append(unit).append("; peer average ").append(Fmt.sig(average)).append(" over all of them. ");
    if (beyond998.isEmpty() && beyond95.isEmpty()) {
      caption.append("Every area lies within the 95% limits.");
    } else {
      if (!beyond998.isEmpty()) {
        caption.append("Outside the 99.8% limits: ").append(String.join(", ", beyond998)).append(". ");
      }
      if (!beyond95.isEmpty()) {
        caption.append("Outside the 95% limits only: ").append(String.join(", ", beyond95)).append(". ");
      }
      caption.append(areas.size() - beyond998.size() - beyond95.size()).append(" within the 95% limits.");
    }
    caption.append(" Limits are exact Poisson around the average of the areas drawn; an area outside them differs "
        + "by more than chance would explain, not necessarily because of the partnership.");
    StringBuilder desc = new StringBuilder("Follow-up rates ").append(unit).append(" against person-years, ")
        .append("peer average ").append(Fmt.sig(average)).append(", with 95% and 99.8% exact Poisson limits: ");
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      desc.append(a.label()).append(' ').append(Fmt.sig(a.events() / a.exposure() * m)).append(" over ")
          .append(Fmt.number(a.exposure(), 0)).append(" person-years, ").append(positions.get(i)).append("; ");
    }
    desc.append(caption);
    Svg.Builder s = new Svg.Builder(id, name + ": funnel plot of follow-up rates", desc.toString(), W, H);
    for (int i = 0; i <= 4; i++) {
      double v = yMax * i / 4;
      s.line(LEFT, py.applyAsDouble(v), W - RIGHT, py.applyAsDouble(v), Svg.GRID, 1, "");
      s.text(LEFT - 6, py.applyAsDouble(v) + 4, Fmt.sig(v), 10, "end", Svg.INK);
      double xv = xMax * i / 4;
      // The last tick's label ends at the right edge, so a wide figure such as 1,000,000 stays on the chart.
      s.text(px.applyAsDouble(xv), TOP + plotH + 16, Fmt.number(xv, 0), 10, i == 4 ? "end" : "middle", Svg.INK);
    }
    s.text(LEFT, H - 4, unit + " (vertical) against person-years (horizontal)", 10, "start", Svg.INK);
    for (ConfidenceLevel level : List.of(ConfidenceLevel.P95, ConfidenceLevel.P99_8)) {
      List<double[]> upper = new ArrayList<>();
      List<double[]> lower = new ArrayList<>();
      for (int i = 1; i <= 60; i++) {
        double n = xMax * i / 60;
        ControlLimits l = Funnels.rate(average, n, m, level);
        upper.add(new double[] {px.applyAsDouble(n), py.applyAsDouble(l.upper())});
        lower.add(new double[] {px.applyAsDouble(n), py.applyAsDouble(l.lower())});
      }
      String dash = level.equals(ConfidenceLevel.P95) ? "5 3" : "1 3";
      s.poly(upper, Svg.INK, 1, dash, level + " upper limit");
      s.poly(lower, Svg.INK, 1, dash, level + " lower limit");
    }
    s.line(LEFT, py.applyAsDouble(average), W - RIGHT, py.applyAsDouble(average), Svg.GREEN, 1.5, "");
    List<double[]> labelled = new ArrayList<>();
    // Peers first and small, the neighbourhood and comparator last and large, so they are never hidden.
    for (boolean highlighted : new boolean[] {false, true}) {
      for (int i = 0; i < areas.size(); i++) {
        Area a = areas.get(i);
        if (a.highlighted() != highlighted) {
          continue;
        }
        double r = a.events() / a.exposure() * m;
        double cx = px.applyAsDouble(a.exposure());
        double cy = py.applyAsDouble(r);
        s.circle(cx, cy, highlighted ? 6 : 4, a.colour(), highlighted ? Svg.INK : "#ffffff", 1,
            a.label() + ": " + Fmt.sig(r) + ", " + positions.get(i));
        if (!highlighted && positions.get(i).startsWith("within")) {
          continue;
        }
        // A label that would sit on an earlier one moves down a line; one that would leave the chart turns left.
        double ly = cy + 4;
        for (double[] l : labelled) {
          if (Math.abs(l[0] - cx) < 90 && Math.abs(l[1] - ly) < 12) {
            ly = l[1] + 12;
          }
        }
        ly = Math.min(ly, TOP + plotH - 2);
        labelled.add(new double[] {cx, ly});
        boolean left = cx + 8 + a.label().length() * 6.0 > W - RIGHT;
        s.text(left ? cx - 8 : cx + 8, ly, a.label(), 10, left ? "end" : "start", Svg.INK);
      }
    }
    s.line(LEFT, 10, LEFT + 18, 10, Svg.GREEN, 2, "");
    s.text(LEFT + 22, 14, "peer average", 10, "start", Svg.INK);
    s.line(LEFT + 110, 10, LEFT + 128, 10, Svg.INK, 1, "5 3");
    s.text(LEFT + 132, 14, "95% limits", 10, "start", Svg.INK);
    s.line(LEFT + 210, 10, LEFT + 228, 10, Svg.INK, 1, "1 3");
    s.text(LEFT + 232, 14, "99.8% limits", 10, "start", Svg.INK);
    if (peers > 0) {
      s.circle(LEFT + 320, 10, 4, Svg.SKY, "#ffffff", 1, "");
      s.text(LEFT + 328, 14, "peer areas", 10, "start", Svg.INK);
    }
    Table table = new Table(id + "-points", name + ": funnel plot points (follow-up window, " + unit + ")",
        List.of("area", "role", "events", "person-years", "rate", "95% limits", "99.8% limits", "position"), rows,
        List.of(false, false, true, true, true, false, false, false));
    return Optional.of(new Funnel(s.build(), caption.toString().strip(), table));
  }

  /**
   * Places every person of a network, the same place in every picture: a deterministic
   * force-directed layout (Fruchterman-Reingold from a circle in id order, fixed iterations).
   *
   * @param network  the network at its latest, not null
   * @param size  the square's side in pixels
   * @return each person's x and y, by id
   */
  static Map<String, double[]> layout(CommunityNetwork network, double size) {
    List<String> ids = new ArrayList<>(new TreeSet<>(network.people().keySet()));
    int n = ids.size();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(ids.get(i), i);
    }
    double[] px = new double[n];
    double[] py = new double[n];
    for (int i = 0; i < n; i++) {
      px[i] = Math.cos(2 * Math.PI * i / Math.max(1, n));
      py[i] = Math.sin(2 * Math.PI * i / Math.max(1, n));
    }
    List<int[]> edges = new ArrayList<>();
    for (Tie t : network.ties()) {
      Integer a = index.get(t.first());
      Integer b = index.get(t.second());
      if (a != null && b != null) {
        edges.add(new int[] {a, b});
      }
    }
    if (n <= 400) {
      double k = Math.sqrt(4.0 / Math.max(1, n));
      double temperature = 0.2;
      for (int iteration = 0; iteration < 250; iteration++) {
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            double ddx = px[i] - px[j];
            double ddy = py[i] - py[j];
            double d2 = Math.max(1e-6, ddx * ddx + ddy * ddy);
            double force = k * k / d2;
            dx[i] += ddx * force;
            dy[i] += ddy * force;
            dx[j] -= ddx * force;
            dy[j] -= ddy * force;
          }
          // A weak pull to the centre keeps separate components on the page.
          dx[i] -= px[i] * 0.05;
          dy[i] -= py[i] * 0.05;
        }
        for (int[] e : edges) {
          double ddx = px[e[0]] - px[e[1]];
          double ddy = py[e[0]] - py[e[1]];
          double d = Math.max(1e-3, Math.sqrt(ddx * ddx + ddy * ddy));
          double force = d / k;
          dx[e[0]] -= ddx * force;
          dy[e[0]] -= ddy * force;
          dx[e[1]] += ddx * force;
          dy[e[1]] += ddy * force;
        }
        for (int i = 0; i < n; i++) {
          double d = Math.max(1e-9, Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
          double step = Math.min(d, temperature);
          px[i] += dx[i] / d * step;
          py[i] += dy[i] / d * step;
        }
        temperature *= 0.985;
      }
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, px[i]);
      maxX = Math.max(maxX, px[i]);
      minY = Math.min(minY, py[i]);
      maxY = Math.max(maxY, py[i]);
    }
    double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
    Map<String, double[]> out = new LinkedHashMap<>();
    double margin = 36;
    for (int i = 0; i < n; i++) {
      out.put(ids.get(i), new double[] {margin + (px[i] - minX) / span * (size - 2 * margin),
          margin + (py[i] - minY) / span * (size - 2 * margin)});
    }
    return out;
  }

  /**
   * Draws the network on a date: people by id (never by name) at their fixed places, residents and
   * agency staff in two colours, weak connectors ringed, ties new since {@code since} in green.
   *
   * @param id  the HTML id
   * @param network  the network as it stood on the date
   * @param date  the date
   * @param since  ties first observed after this date are drawn as new, or null for none
   * @param places  the fixed places, from {@link #layout}
   * @param weak  the weak connectors' ids
   * @param size  the square's side in pixels
   * @return the chart, not null
   */
  static Svg network(String id, CommunityNetwork network, LocalDate date, LocalDate since, Map<String, double[]> places,
      Set<String> weak, int size) {
    int newTies = 0;
    for (Tie t : network.ties()) {
      if (since != null && t.firstObserved().isAfter(since)) {
        newTies++;
      }
    }
    String desc = "The network on " + date + ": " + Fmt.count(network.people().size(), "person", "people") + ", "
        + Fmt.count(network.ties().size(), "tie", "ties") + (since == null ? "" : ", " + newTies + " new since " + since)
        + "; weak connectors ringed: " + (weak.isEmpty() ? "none" : String.join(", ", new TreeSet<>(weak))) + ".";
    Svg.Builder s = new Svg.Builder(id, "Community network on " + date + " (people by id)", desc, size, size + 28);
    for (Tie t : network.ties()) {
      double[] a = places.get(t.first());
      double[] b = places.get(t.second());
      if (a == null || b == null) {
        continue;
      }
      boolean isNew = since != null && t.firstObserved().isAfter(since);
      s.line(a[0], a[1] + 28, b[0], b[1] + 28, isNew ? Svg.GREEN : "#9a9a9a", 0.8, "", 0.45);
    }
    boolean labelAll = network.people().size() <= 60;
    for (Map.Entry<String, Affiliation> p : new java.util.TreeMap<>(network.people()).entrySet()) {
      double[] at = places.get(p.getKey());
      if (at == null) {
        continue;
      }
      boolean isWeak = weak.contains(p.getKey());
      String fill = p.getValue() == Affiliation.RESIDENT ? Svg.BLUE : Svg.ORANGE;
      s.circle(at[0], at[1] + 28, isWeak ? 7 : 5, fill, isWeak ? Svg.VERMILLION : "#ffffff", isWeak ? 3 : 1,
          p.getKey() + " (" + Fmt.words(p.getValue().code()) + (isWeak ? ", weak connector" : "") + ")");
      if (labelAll || isWeak) {
        s.text(at[0] + 8, at[1] + 31, p.getKey(), 9, "start", Svg.INK);
      }
    }
    s.circle(10, 10, 5, Svg.BLUE, "#ffffff", 1, "");
    s.text(18, 14, "resident", 10, "start", Svg.INK);
    s.circle(80, 10, 5, Svg.ORANGE, "#ffffff", 1, "");
    s.text(88, 14, "agency staff", 10, "start", Svg.INK);
    s.circle(172, 10, 6, "#ffffff", Svg.VERMILLION, 3, "");
    s.text(181, 14, "weak connector", 10, "start", Svg.INK);
    if (since != null) {
      s.line(272, 10, 290, 10, Svg.GREEN, 2, "");
      s.text(294, 14, "new tie", 10, "start", Svg.INK);
    }
    return s.build();
  }

  /**
   * Draws who invests and who benefits, by agency, as present values.
   *
   * @param id  the HTML id
   * @param benefits  benefits by agency
   * @param invested  investment by agency
   * @return the chart, not null
   */
  static Svg bars(String id, Map<AgencyCode, Money> benefits, Map<AgencyCode, Money> invested) {
    List<AgencyCode> agencies = new ArrayList<>(new TreeSet<>(benefits.keySet()));
    invested.keySet().stream().filter(a -> !agencies.contains(a)).sorted().forEach(agencies::add);
    double max = 0;
    for (AgencyCode a : agencies) {
      max = Math.max(max, Math.abs(amount(benefits.get(a))));
      max = Math.max(max, Math.abs(amount(invested.get(a))));
    }
    max = niceCeiling(max);
    int rowH = 40;
    int height = TOP + agencies.size() * rowH + 24;
    double left = 150;
    double plotW = W - left - 110;
    StringBuilder desc = new StringBuilder("Present values by agency: ");
    Svg.Builder s = new Svg.Builder(id, "Who invests and who benefits, by agency (present values)", "", W, height);
    s.rect(12, 6, 12, 10, Svg.GREEN, 1, "");
    s.text(28, 15, "benefit", 10, "start", Svg.INK);
    s.rect(92, 6, 12, 10, Svg.VERMILLION, 1, "");
    s.text(108, 15, "cost where an indicator got worse", 10, "start", Svg.INK);
    s.rect(292, 6, 12, 10, Svg.BLUE, 1, "");
    s.text(308, 15, "invested", 10, "start", Svg.INK);
    for (int i = 0; i < agencies.size(); i++) {
      AgencyCode a = agencies.get(i);
      double y = TOP + i * rowH;
      double b = amount(benefits.get(a));
      double v = amount(invested.get(a));
      String name = Fmt.words(a.toString());
      desc.append(name).append(" benefits ").append(money(b)).append(", invested ").append(money(v)).append("; ");
      s.text(left - 8, y + 16, name, 11, "end", Svg.INK);
      double bw = plotW * Math.abs(b) / max;
      s.rect(left, y + 4, bw, 13, b < 0 ? Svg.VERMILLION : Svg.GREEN, 1, name + " benefits " + money(b));
      s.text(left + bw + 4, y + 14, money(b), 10, "start", Svg.INK);
      double vw = plotW * Math.abs(v) / max;
      s.rect(left, y + 20, vw, 13, Svg.BLUE, 1, name + " invested " + money(v));
      s.text(left + vw + 4, y + 30, money(v), 10, "start", Svg.INK);
    }
    s.line(left, TOP, left, TOP + agencies.size() * rowH, Svg.INK, 1, "");
    Svg drawn = s.build();
    return new Svg(drawn.id(), drawn.title(), desc.toString(), drawn.width(), drawn.height(), drawn.rects(),
        drawn.lines(), drawn.polylines(), drawn.circles(), drawn.texts());
  }

  private static String money(double x) {
    return (x < 0 ? "-£" : "£") + String.format(Locale.ROOT, "%,.0f", Math.abs(x));
  }

  private static double amount(Money m) {
    return m == null ? 0 : m.amount().doubleValue();
  }

  /** Rounds up to 1, 2, 2.5 or 5 times a power of ten. */
  static double niceCeiling(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(x)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= x) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
