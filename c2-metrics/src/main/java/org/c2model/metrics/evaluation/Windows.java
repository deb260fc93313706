package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.indicator.StudyWindow;
import org.immutables.value.Value;

/**
 * The baseline and follow-up windows an evaluation compares indicators over, such as the 12 months
 * before the partnership was formalised against the latest complete 12 months before the as-of date
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: long-term outcomes are
 * compared before and after the partnership). Windows are in whole calendar months, so monthly
 * data fit them without straddling periods.
 * <p>
 * Use {@link #defaults(LocalDate, LocalDate)} for the usual pair, or {@link #of(StudyWindow,
 * StudyWindow)} to choose them. An evaluation never reads data after its as-of date whichever
 * windows are chosen: it cuts every window at the day after the as-of date
 * ({@link #boundedBy(LocalDate)}) and says so in a finding.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Windows {

  /** The months of each default window. */
  public static final int DEFAULT_MONTHS = 12;

  Windows() {}

  /**
   * Gets the baseline window, before the partnership.
   *
   * @return the window, not null
   */
  @Value.Parameter
  public abstract StudyWindow baseline();

  /**
   * Gets the follow-up window, after the partnership was formalised.
   *
   * @return the window, not before the baseline, not null
   */
  @Value.Parameter
  public abstract StudyWindow followUp();

  /**
   * Obtains the windows chosen by the user.
   *
   * @param baseline  the baseline window, not null
   * @param followUp  the follow-up window, not before the baseline ends, not null
   * @return the windows, not null
   * @throws InvalidValueException if the follow-up starts before the baseline ends
   */
  public static Windows of(StudyWindow baseline, StudyWindow followUp) {
    return ImmutableWindows.of(baseline, followUp);
  }

  /**
   * Obtains the default windows: the 12 complete calendar months before the month the partnership
   * was formalised in, and the latest 12 complete calendar months up to the as-of date, starting no
   * earlier than the month after the baseline (a follow-up shorter than 12 months is then reported
   * with its coverage).
   * <p>
   * As of 2010-12-31 with the constitution adopted on 2009-06-02: baseline 2008-06-01/2009-06-01,
   * follow-up 2010-01-01/2011-01-01 (end dates exclusive).
   *
   * @param formalised  the day the partnership was formalised (its constitution adopted), not null
   * @param asOf  the as-of date, not null
   * @return the windows, empty when not one whole month has passed between formalisation and as-of
   */
  public static Optional<Windows> defaults(LocalDate formalised, LocalDate asOf) {
    Objects.requireNonNull(formalised, "formalised");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate baselineEnd = formalised.withDayOfMonth(1);
    StudyWindow baseline = StudyWindow.of(baselineEnd.minusMonths(DEFAULT_MONTHS), baselineEnd);
    LocalDate followUpEnd = firstDayAfterWholeMonths(asOf);
    LocalDate earliest = baselineEnd.plusMonths(1);
    LocalDate followUpStart = followUpEnd.minusMonths(DEFAULT_MONTHS);
    if (followUpStart.isBefore(earliest)) {
      followUpStart = earliest;
    }
    if (!followUpEnd.isAfter(followUpStart)) {
      return Optional.empty();
    }
    return Optional.of(of(baseline, StudyWindow.of(followUpStart, followUpEnd)));
  }

  /** The first day of the month after the last whole calendar month that ends on or before a date. */
  static LocalDate firstDayAfterWholeMonths(LocalDate asOf) {
    return asOf.plusDays(1).withDayOfMonth(1);
  }

  /**
   * Gets these windows with every end cut at the day after the as-of date, so that no data after it
   * are read.
   *
   * @param asOf  the as-of date, not null
   * @return the bounded windows, empty when the follow-up starts after the as-of date
   */
  public Optional<Windows> boundedBy(LocalDate asOf) {
    LocalDate limit = asOf.plusDays(1);
    Optional<StudyWindow> base = cut(baseline(), limit);
    Optional<StudyWindow> follow = cut(followUp(), limit);
    return base.isPresent() && follow.isPresent() ? Optional.of(of(base.get(), follow.get())) : Optional.empty();
  }

  private static Optional<StudyWindow> cut(StudyWindow w, LocalDate limit) {
    if (!w.end().isAfter(limit)) {
      return Optional.of(w);
    }
    return limit.isAfter(w.start()) ? Optional.of(StudyWindow.of(w.start(), limit)) : Optional.empty();
  }

  /**
   * Checks whether any window ends after the as-of date.
   *
   * @param asOf  the as-of date, not null
   * @return true if a window reaches past it
   */
  public boolean reachesPast(LocalDate asOf) {
    LocalDate limit = asOf.plusDays(1);
    return baseline().end().isAfter(limit) || followUp().end().isAfter(limit);
  }

  @Value.Check
  void check() {
    if (followUp().start().isBefore(baseline().end())) {
      throw InvalidValueException.of("followUp.start", "must not be before the baseline's end " + baseline().end(),
          followUp().start());
    }
  }

  /**
   * Returns a summary such as {@code baseline 2008-06-01/2009-06-01, follow-up 2010-01-01/2011-01-01}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "baseline " + baseline() + ", follow-up " + followUp();
  }
}
