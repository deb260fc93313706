package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.BASELINE;
import static org.c2model.json.internal.C2JsonNames.COVERAGE;
import static org.c2model.json.internal.C2JsonNames.DENOMINATOR;
import static org.c2model.json.internal.C2JsonNames.END;
import static org.c2model.json.internal.C2JsonNames.FOLLOW_UP;
import static org.c2model.json.internal.C2JsonNames.INDICATOR_ID;
import static org.c2model.json.internal.C2JsonNames.NUMERATOR;
import static org.c2model.json.internal.C2JsonNames.PERIODS;
import static org.c2model.json.internal.C2JsonNames.START;
import static org.c2model.json.internal.C2JsonNames.STRADDLING_PERIODS;
import static org.c2model.json.internal.C2JsonNames.WINDOW;

import java.time.LocalDate;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.indicator.WindowComparison;
import org.c2model.metrics.indicator.WindowTotals;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.indicator} that reports hold: study windows,
 * reporting periods, and an indicator's totals in a baseline and a follow-up window. Windows and
 * periods are ordinary values and are read where they appear; totals are results c2 computes, written
 * and never read.
 */
public final class IndicatorCodecs {

  private IndicatorCodecs() {}

  private static final String WRITE_ONLY = "window totals are a result c2 computes and writes, not reads: "
      + "recompute them from the observations with IndicatorSeries.compare";

  /** A reporting period as its text, such as {@code "2009-04"}, {@code "2009-Q2"} or {@code "2009"}. */
  public static final Codec<ReportingPeriod> REPORTING_PERIOD =
      Scalars.textForm(ReportingPeriod.class, ReportingPeriod::parse, ReportingPeriod::toString);

  /** The length of a reporting period as its code: {@code "month"}, {@code "quarter"} or {@code "year"}. */
  public static final Codec<ReportingPeriod.Granularity> GRANULARITY =
      Scalars.codes(ReportingPeriod.Granularity.class, Scalars::lowerCaseName);

  /** A study window: its first day and the day after its last, {@code {"start": ..., "end": ...}}. */
  public static final ObjectCodec<StudyWindow, Values> STUDY_WINDOW =
      ObjectCodec.of(StudyWindow.class, Values::new, v -> StudyWindow.of(v.<LocalDate>get(START), v.<LocalDate>get(END)))
          .field(START, Scalars.DATE, StudyWindow::start, (b, v) -> b.put(START, v))
          .field(END, Scalars.DATE, StudyWindow::end, (b, v) -> b.put(END, v))
          .build();

  /**
   * An indicator's totals over a window; write-only. The coverage, which c2-metrics derives from the
   * periods, is written too.
   */
  public static final ObjectCodec<WindowTotals, Void> WINDOW_TOTALS =
      ObjectCodec.writeOnly(WindowTotals.class, WRITE_ONLY)
          .field(INDICATOR_ID, Scalars.TEXT, WindowTotals::indicatorId, null)
          .field(WINDOW, STUDY_WINDOW, WindowTotals::window, null)
          .field(NUMERATOR, Scalars.REAL, WindowTotals::numerator, null)
          .optional(DENOMINATOR, Scalars.REAL, t -> Scalars.boxed(t.denominator()), null)
          .list(PERIODS, REPORTING_PERIOD, WindowTotals::periods, null)
          .list(STRADDLING_PERIODS, REPORTING_PERIOD, WindowTotals::straddlingPeriods, null)
          .field(COVERAGE, Scalars.REAL, WindowTotals::coverage, null)
          .build();

  /** An indicator's baseline and follow-up totals; write-only. */
  public static final ObjectCodec<WindowComparison, Void> WINDOW_COMPARISON =
      ObjectCodec.writeOnly(WindowComparison.class, WRITE_ONLY)
          .field(BASELINE, WINDOW_TOTALS, WindowComparison::baseline, null)
          .field(FOLLOW_UP, WINDOW_TOTALS, WindowComparison::followUp, null)
          .build();
}
