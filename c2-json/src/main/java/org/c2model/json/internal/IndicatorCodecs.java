package org.c2model.json.internal;


import java.time.LocalDate;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.WindowTotals;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.indicator} that reports hold: study windows,
 * reporting periods, and an indicator's totals in a baseline and a follow-up window. Windows and
 * periods are ordinary values and are read where they appear; totals are read back through
 * {@code WindowTotals.builder()}, which checks that their periods lie in the window.
 */
public final class IndicatorCodecs {

  private IndicatorCodecs() {}

  /** A reporting period as its text, such as {@code "2009-04"}, {@code "2009-Q2"} or {@code "2009"}. */
  public static final Codec<ReportingPeriod> REPORTING_PERIOD =
      Scalars.textForm(ReportingPeriod.class, ReportingPeriod::parse, ReportingPeriod::toString, "reportingPeriod",
          SchemaGenerator.node("description", "A calendar month, quarter or year, such as 2009-04, 2009-Q2 or 2009.",
              "type", "string", "pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"));

  /** The length of a reporting period as its code: {@code "month"}, {@code "quarter"} or {@code "year"}. */
  public static final Codec<ReportingPeriod.Granularity> GRANULARITY =
      Scalars.codes(ReportingPeriod.Granularity.class,
      "The length of a reporting period.");

  /** A study window: its first day and the day after its last, {@code {"start": ..., "end": ...}}. */
  public static final ObjectCodec<StudyWindow, Values> STUDY_WINDOW =
      ObjectCodec.of(StudyWindow.class, Values::new, v -> StudyWindow.of(v.<LocalDate>get("start"), v.<LocalDate>get("end")))
          .describedAs("A span of days an indicator is totalled over.")
          .field("start", Scalars.DATE, StudyWindow::start, (b, v) -> b.put("start", v))
          .doc("The first day.")
          .field("end", Scalars.DATE, StudyWindow::end, (b, v) -> b.put("end", v))
          .doc("The day after the last day.")
          .build();

  /**
   * An indicator's totals over a window. The coverage, which c2-metrics derives from the periods, is
   * written too, and on reading must be the one derived.
   */
  public static final ObjectCodec<WindowTotals, Derived<WindowTotals.Builder>> WINDOW_TOTALS =
      ObjectCodec.of(WindowTotals.class, () -> new Derived<>(WindowTotals.builder()),
              (Derived<WindowTotals.Builder> d) -> d.check(d.builder.build(), "coverage", WindowTotals::coverage))
          .describedAs("An indicator's totals over a window.")
          .field("indicatorId", Scalars.ID, WindowTotals::indicatorId, (d, v) -> d.builder.indicatorId(v))
          .constrain("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
          .field("window", STUDY_WINDOW, WindowTotals::window, (d, v) -> d.builder.window(v))
          .field("numerator", Scalars.REAL, WindowTotals::numerator, (d, v) -> d.builder.numerator(v))
          .doc("The numerator summed over the periods inside the window.")
          .optional("denominator", Scalars.REAL, t -> Scalars.boxed(t.denominator()),
              (d, v) -> d.builder.denominator(v.doubleValue()))
          .doc("The denominator summed likewise; absent unless every such period has one.")
          .list("periods", REPORTING_PERIOD, WindowTotals::periods, (d, v) -> d.builder.periods(v))
          .doc("The periods summed, in order.")
          .list("straddlingPeriods", REPORTING_PERIOD, WindowTotals::straddlingPeriods,
              (d, v) -> d.builder.straddlingPeriods(v))
          .doc("The periods left out because they straddle an edge of the window, in order.")
          .field("coverage", Scalars.REAL, WindowTotals::coverage, (d, v) -> d.put("coverage", v))
          .doc("The share of the window's days the summed periods cover.")
          .build();

  /** An indicator's baseline and follow-up totals. */
  public static final ObjectCodec<WindowComparison, Values> WINDOW_COMPARISON =
      ObjectCodec.of(WindowComparison.class, Values::new,
              v -> WindowComparison.of(v.<WindowTotals>get("baseline"), v.<WindowTotals>get("followUp")))
          .describedAs("An indicator's totals in the baseline and follow-up windows.")
          .field("baseline", WINDOW_TOTALS, WindowComparison::baseline, (b, v) -> b.put("baseline", v))
          .field("followUp", WINDOW_TOTALS, WindowComparison::followUp, (b, v) -> b.put("followUp", v))
          .build();
}
