package org.c2model.examples.townstal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.c2model.core.Money;
import org.c2model.core.rule.Finding;
import org.c2model.core.step.StepResult;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.indicator.SeriesPoint;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.SavingsEstimate;

/**
 * Renders an evaluation report as one self-contained HTML page (no scripts, no external files):
 * the step table, findings, indicator changes, and two inline SVG charts: an indicator's monthly
 * rate in the neighbourhood and its comparator with the partnership's key dates marked, and the
 * invest-to-save case by agency.
 */
public final class HtmlReport {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 24;
  private static final int BOTTOM = 40;

  private HtmlReport() {}

  /** A date worth marking on the trend chart, such as the listening event. */
  public record KeyDate(LocalDate date, String label) {}

  /**
   * Renders the page.
   *
   * @param report  the evaluation report, not null
   * @param trend  the neighbourhood's series of the charted indicator, empty if it has no data, not null
   * @param comparatorTrend  the comparator's series of the same indicator, empty for none, not null
   * @param keyDates  the dates to mark on the trend, not null
   * @param note  a note shown under the title, such as where the data came from, not null
   * @return the HTML, not null
   */
  public static String render(EvaluationReport report, Optional<IndicatorSeries> trend,
      Optional<IndicatorSeries> comparatorTrend, List<KeyDate> keyDates, String note) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>C2 evaluation: ")
        .append(esc(report.neighbourhoodName())).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;color:#222;line-height:1.4}")
        .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;")
        .append("text-align:left;vertical-align:top;font-size:0.9em}th{background:#f2f2f2}.note{color:#a33}")
        .append(".error{color:#b00}.warning{color:#b60}.info{color:#357}svg{background:#fcfcfc;border:1px solid #ddd}")
        .append("\n</style></head><body>\n");
    h.append("<h1>C2 evaluation: ").append(esc(report.neighbourhoodName())).append("</h1>\n<p>As of ")
        .append(report.asOf()).append(". <span class=\"note\">").append(esc(note)).append("</span></p>\n");
    steps(h, report);
    governance(h, report);
    trend.ifPresent(t -> h.append("<h2>").append(esc(t.indicatorId()))
        .append(": monthly rate per 1,000 population (data to ").append(report.asOf()).append(" only)</h2>\n")
        .append(trendChart(t, comparatorTrend.orElse(null), keyDates, report.comparatorId().orElse("comparator"),
            report.asOf())));
    changes(h, report);
    h.append("<h2>Intermediate outcomes</h2>\n<pre>").append(esc(report.intermediateOutcomes().toString()))
        .append("</pre>\n");
    report.savings().ifPresent(s -> {
      h.append("<h2>Invest-to-save by agency (present values)</h2>\n").append(savingsChart(s));
      h.append("<p>NPV ").append(esc(s.npv().rounded().toString()));
      s.npvLower().ifPresent(l -> h.append(" (95% interval ").append(esc(l.rounded().toString())).append(" to ")
          .append(esc(s.npvUpper().orElseThrow().rounded().toString())).append(')'));
      s.benefitCostRatio().ifPresent(b -> h.append(", benefit-cost ratio ")
          .append(String.format(Locale.ROOT, "%.2f", b)));
      s.bcrLower().ifPresent(l -> h.append(String.format(Locale.ROOT, " (95%% interval %.2f to %.2f)", l,
          s.bcrUpper().orElseThrow())));
      h.append(". Uncertainty: ").append(esc(s.appraisal().uncertainty().toString()))
          .append(". Adjustments: ").append(esc(s.appraisal().defaultAdjustments().toString())).append(".</p>\n")
          .append("<p><strong>Payback:</strong> ").append(esc(s.paybackStatement())).append("</p>\n");
      if (!s.sensitivity().isEmpty()) {
        h.append("<table><tr><th>assumption</th><th>low</th><th>high</th><th>NPV at low</th><th>NPV at high</th></tr>\n");
        s.sensitivity().forEach(r -> h.append("<tr><td>").append(esc(r.assumption())).append("</td><td>")
            .append(esc(r.low())).append("</td><td>").append(esc(r.high())).append("</td><td>")
            .append(esc(r.npvAtLow().rounded().toString())).append("</td><td>")
            .append(esc(r.npvAtHigh().rounded().toString())).append("</td></tr>\n"));
        h.append("</table>\n");
      }
      h.append("<pre>").append(esc(s.toString())).append("</pre>\n");
    });
    findings(h, report.findings());
    return h.append("</body></html>\n").toString();
  }

  private static void steps(StringBuilder h, EvaluationReport report) {
    h.append("<h2>Steps</h2>\n<table><tr><th>step</th><th>attained on</th><th>evidence</th><th>missing</th></tr>\n");
    for (StepResult s : report.steps().steps()) {
      h.append("<tr><td>").append(s.step().number()).append(". ").append(esc(s.step().title())).append("</td><td>")
          .append(s.attainedOn().map(LocalDate::toString).orElse("not yet")).append("</td><td>")
          .append(esc(String.join(", ", s.evidenceIds()))).append("</td><td>");
      s.unmetCriteria().forEach(c -> h.append(esc(c.description())).append("<br>"));
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void governance(StringBuilder h, EvaluationReport report) {
    h.append("<h2>Governance over the whole period to ").append(report.asOf()).append("</h2>\n");
    if (report.governanceHistory().isEmpty()) {
      h.append("<p>No governance rule failed at any time.</p>\n");
      return;
    }
    h.append("<ul>\n");
    report.governanceHistory().forEach(f -> h.append("<li class=\"").append(f.severity().code()).append("\">")
        .append(esc(f.message())).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void changes(StringBuilder h, EvaluationReport report) {
    h.append("<h2>Long-term indicators</h2>\n<p>");
    report.baseline().ifPresent(b -> h.append("Baseline ").append(b));
    report.followUp().ifPresent(f -> h.append(", follow-up ").append(f));
    h.append(" (end dates exclusive; no data after ").append(report.asOf()).append(" read).</p>\n")
        .append("<table><tr><th>indicator</th><th>baseline</th><th>follow-up</th>")
        .append("<th>change</th><th>verdict</th><th>difference in differences</th></tr>\n");
    java.util.Set<Finding> shown = new java.util.HashSet<>();
    for (IndicatorChange c : report.indicatorChanges()) {
      h.append("<tr><td>").append(esc(c.indicator().name())).append("<br><small>").append(esc(c.rateLabel()))
          .append("</small></td><td>").append(esc(c.baselineRate().toString()))
          .append("</td><td>").append(esc(c.followUpRate().toString())).append("</td><td>")
          .append(esc(c.percentageChange().toString())).append("</td><td>").append(esc(c.verdictText()))
          .append(c.relativeVerdictText().map(v -> "; " + esc(v)).orElse(""))
          .append(c.verdictNote().map(n -> "<br><small>" + esc(n) + "</small>").orElse("")).append("</td><td>")
          .append(esc(c.differenceInDifferences().map(Object::toString).orElse(""))).append("</td></tr>\n");
      // Every data-quality finding next to the figure it qualifies.
      String prefix = "/indicators/" + c.indicator().id();
      List<Finding> own = new ArrayList<>();
      c.findings().stream().filter(shown::add).forEach(own::add);
      report.dataFindings().stream().filter(f -> f.path().toString().startsWith(prefix)).filter(shown::add)
          .forEach(own::add);
      for (Finding f : own) {
        h.append("<tr class=\"").append(f.severity().code()).append("\"><td></td><td colspan=\"5\">")
            .append(f.severity().code()).append(": ").append(esc(f.message())).append("</td></tr>\n");
      }
    }
    h.append("</table>\n");
    List<Finding> rest = report.dataFindings().stream().filter(f -> !shown.contains(f)).toList();
    if (!rest.isEmpty()) {
      h.append("<h3>Data that do not fit, and the windows</h3>\n<ul>\n");
      rest.forEach(f -> h.append("<li class=\"").append(f.severity().code()).append("\">").append(f.severity().code())
          .append(": ").append(esc(f.message())).append("</li>\n"));
      h.append("</ul>\n");
    }
  }

  private static void findings(StringBuilder h, List<Finding> findings) {
    h.append("<h2>Findings</h2>\n<table><tr><th>severity</th><th>rule</th><th>path</th><th>date</th><th>message</th></tr>\n");
    for (Finding f : findings) {
      h.append("<tr class=\"").append(f.severity().code()).append("\"><td>").append(f.severity().code())
          .append("</td><td>").append(esc(f.ruleId().toString())).append("</td><td>").append(esc(f.path().toString()))
          .append("</td><td>").append(f.date()).append("</td><td>").append(esc(f.message())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** Monthly rates per 1,000 of a series, by month, up to a date (no data after the as-of date are shown). */
  private static Map<YearMonth, Double> rates(IndicatorSeries series, LocalDate asOf) {
    Map<YearMonth, Double> out = new LinkedHashMap<>();
    for (SeriesPoint p : series.points()) {
      if (p.period().end().isAfter(asOf.plusDays(1))) {
        continue;
      }
      double denominator = p.denominator().orElse(Double.NaN);
      if (denominator > 0) {
        out.put(YearMonth.from(p.period().start()), p.numerator() / denominator * 1000);
      }
    }
    return out;
  }

  static String trendChart(IndicatorSeries trend, IndicatorSeries comparator, List<KeyDate> keyDates,
      String comparatorName) {
    return trendChart(trend, comparator, keyDates, comparatorName, LocalDate.MAX.minusDays(1));
  }

  static String trendChart(IndicatorSeries trend, IndicatorSeries comparator, List<KeyDate> keyDates,
      String comparatorName, LocalDate asOf) {
    Map<YearMonth, Double> target = rates(trend, asOf);
    Map<YearMonth, Double> other = comparator == null ? Map.of() : rates(comparator, asOf);
    TreeSet<YearMonth> months = new TreeSet<>(target.keySet());
    months.addAll(other.keySet());
    if (months.isEmpty()) {
      return "<p>No monthly data to chart.</p>\n";
    }
    YearMonth first = months.first();
    long span = Math.max(1, first.until(months.last(), java.time.temporal.ChronoUnit.MONTHS));
    double max = 0;
    for (double v : target.values()) {
      max = Math.max(max, v);
    }
    for (double v : other.values()) {
      max = Math.max(max, v);
    }
    max = niceCeiling(max);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "role=\"img\" aria-label=\"monthly rate per 1,000 with key dates\">\n", WIDTH, HEIGHT));
    for (int i = 0; i <= 4; i++) {
      double y = TOP + plotH - plotH * i / 4;
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
          + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.1f</text>\n",
          LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, max * i / 4));
    }
    for (YearMonth m = first; !m.isAfter(months.last()); m = m.plusMonths(1)) {
      if (m.getMonthValue() == 1) {
        double x = LEFT + plotW * first.until(m, java.time.temporal.ChronoUnit.MONTHS) / span;
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>\n",
            x, HEIGHT - BOTTOM + 16, m.getYear()));
      }
    }
    for (KeyDate k : keyDates) {
      YearMonth m = YearMonth.from(k.date());
      if (m.isBefore(first) || m.isAfter(months.last())) {
        continue;
      }
      double x = LEFT + plotW * (first.until(m, java.time.temporal.ChronoUnit.MONTHS) + (k.date().getDayOfMonth() - 1) / 31.0) / span;
      // Labels run upwards from the foot of the line, inside the plot, so neighbours do not collide.
      int foot = HEIGHT - BOTTOM - 4;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" "
          + "stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#555\" "
          + "transform=\"rotate(-90 %.1f %d)\">%s</text>\n",
          x, TOP, x, HEIGHT - BOTTOM, x - 3, foot, x - 3, foot, esc(k.label() + " " + k.date())));
    }
    s.append(polyline(other, first, span, max, plotW, plotH, "#999", comparatorName));
    s.append(polyline(target, first, span, max, plotW, plotH, "#1f6fb2", trend.indicatorId() + " (neighbourhood)"));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1f6fb2\">neighbourhood</text>"
        + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#999\">%s</text>\n",
        LEFT + 8, TOP + 14, LEFT + 110, TOP + 14, esc(comparatorName)));
    return s.append("</svg>\n").toString();
  }

  private static String polyline(Map<YearMonth, Double> values, YearMonth first, long span, double max, double plotW,
      double plotH, String colour, String title) {
    if (values.isEmpty()) {
      return "";
    }
    StringBuilder points = new StringBuilder();
    values.forEach((m, v) -> points.append(String.format(Locale.ROOT, "%.1f,%.1f ",
        LEFT + plotW * first.until(m, java.time.temporal.ChronoUnit.MONTHS) / span, TOP + plotH - plotH * v / max)));
    return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\">"
        + "<title>%s</title></polyline>\n", colour, points.toString().strip(), esc(title));
  }

  static String savingsChart(SavingsEstimate savings) {
    Map<AgencyCode, Money> benefits = savings.benefitsByAgency();
    Map<AgencyCode, Money> invested = savings.investmentByAgency();
    List<AgencyCode> agencies = new ArrayList<>(new TreeSet<>(benefits.keySet()));
    invested.keySet().stream().filter(a -> !agencies.contains(a)).forEach(agencies::add);
    if (agencies.isEmpty()) {
      return "<p>No savings to chart.</p>\n";
    }
    double max = 0;
    for (AgencyCode a : agencies) {
      max = Math.max(max, Math.abs(value(benefits.get(a))));
      max = Math.max(max, Math.abs(value(invested.get(a))));
    }
    max = niceCeiling(max);
    int rowH = 34;
    int height = TOP + agencies.size() * rowH + 30;
    double plotW = WIDTH - 180 - RIGHT;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"savings by agency\">\n", WIDTH, height));
    for (int i = 0; i < agencies.size(); i++) {
      AgencyCode a = agencies.get(i);
      double y = TOP + i * rowH;
      double b = value(benefits.get(a));
      double v = value(invested.get(a));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%s</text>\n",
          170, y + 16, esc(a.toString())));
      s.append(bar(180, y + 2, plotW * Math.abs(b) / max, b < 0 ? "#d9822b" : "#2e8b57",
          String.format(Locale.ROOT, b < 0 ? "a cost of £%,.0f (the indicator got worse)" : "benefits £%,.0f", Math.abs(b))));
      s.append(bar(180, y + 16, plotW * Math.abs(v) / max, "#c0504d", String.format(Locale.ROOT, "invested £%,.0f", v)));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"180\" y=\"%d\" font-size=\"11\">green: benefits (PV); orange: costs where "
        + "an indicator got worse; red: invested (PV); scale £0 to £%,.0f</text>\n", height - 8, max));
    return s.append("</svg>\n").toString();
  }

  private static String bar(double x, double y, double w, String colour, String label) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>"
        + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%s</text>\n", x, y, Math.max(w, 1), colour, x + Math.max(w, 1) + 4,
        y + 10, esc(label));
  }

  private static double value(Money m) {
    return m == null ? 0 : m.amount().doubleValue();
  }

  private static double niceCeiling(double x) {
    if (x <= 0) {
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

  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
