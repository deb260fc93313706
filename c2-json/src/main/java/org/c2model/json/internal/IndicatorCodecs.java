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
      Scalars.textForm(ReportingPeriod.class, ReportingPeriod::parse, ReportingPeriod::toString);

  /** The length of a reporting period as its code: {@code "month"}, {@code "quarter"} or {@code "year"}. */
  public static final Codec<ReportingPeriod.Granularity> GRANULARITY =
      Scalars.codes(ReportingPeriod.Granularity.class);

  /** A study window: its first day and the day after its last, {@code {"start": ..., "end": ...}}. */
  public static final ObjectCodec<StudyWindow, Values> STUDY_WINDOW =
      ObjectCodec.of(StudyWindow.class, Values::new, v -> StudyWindow.of(v.<LocalDate>get("start"), v.<LocalDate>get("end")))
          .field("start", Scalars.DATE, StudyWindow::start, (b, v) -> b.put("start", v))
          .field("end", Scalars.DATE, StudyWindow::end, (b, v) -> b.put("end", v))
          .build();

  /**
   * An indicator's totals over a window. The coverage, which c2-metrics derives from the periods, is
   * written too, and on reading must be the one derived.
   */
  public static final ObjectCodec<WindowTotals, Derived<WindowTotals.Builder>> WINDOW_TOTALS =
      ObjectCodec.of(WindowTotals.class, () -> new Derived<>(WindowTotals.builder()),
              (Derived<WindowTotals.Builder> d) -> d.check(d.builder.build(), "coverage", WindowTotals::coverage))
          .field("indicatorId", Scalars.TEXT, WindowTotals::indicatorId, (d, v) -> d.builder.indicatorId(v))
          .field("window", STUDY_WINDOW, WindowTotals::window, (d, v) -> d.builder.window(v))
          .field("numerator", Scalars.REAL, WindowTotals::numerator, (d, v) -> d.builder.numerator(v))
          .optional("denominator", Scalars.REAL, t -> Scalars.boxed(t.denominator()),
              (d, v) -> d.builder.denominator(v.doubleValue()))
          .list("periods", REPORTING_PERIOD, WindowTotals::periods, (d, v) -> d.builder.periods(v))
          .list("straddlingPeriods", REPORTING_PERIOD, WindowTotals::straddlingPeriods,
              (d, v) -> d.builder.straddlingPeriods(v))
          .field("coverage", Scalars.REAL, WindowTotals::coverage, (d, v) -> d.put("coverage", v))
          .build();

  /** An indicator's baseline and follow-up totals. */
  public static final ObjectCodec<WindowComparison, Values> WINDOW_COMPARISON =
      ObjectCodec.of(WindowComparison.class, Values::new,
              v -> WindowComparison.of(v.<WindowTotals>get("baseline"), v.<WindowTotals>get("followUp")))
          .field("baseline", WINDOW_TOTALS, WindowComparison::baseline, (b, v) -> b.put("baseline", v))
          .field("followUp", WINDOW_TOTALS, WindowComparison::followUp, (b, v) -> b.put("followUp", v))
          .build();
}
