package org.c2model.core.step;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.rule.RuleThresholds;

/**
 * The history of a journey's steps up to a date: when each was attained, lapsed and regained, with
 * reasons, the way {@link org.c2model.core.governance.GovernanceHistory} tells when governance
 * rules started and stopped failing.
 * <p>
 * A step's evidence, once it exists, stays ({@link JourneyRules}); but two steps describe a state a
 * partnership can lose (<i>Positively Local</i> sec. 2.4, 2.5 and 4; {@code docs/c2-model.md}
 * sections 2 and 4):
 * <ul>
 *   <li>step 4, a formally constituted partnership, holds while its board keeps the constitution's
 *       resident majority (residents strictly outnumber agency representatives); it lapses on the day
 *       a board change breaks it. Partnerships that record no board memberships are taken at their
 *       constitution.</li>
 *   <li>step 5, sustained momentum, holds while step 4 holds and partnership meetings keep coming:
 *       it lapses on the first day more than {@link RuleThresholds#maximumMeetingGapDays()} (42) have
 *       passed since the last meeting, and is regained at the next meeting.</li>
 * </ul>
 * Every other step holds from the day it is attained.
 *
 * <pre>{@code
 * StepHistory history = StepHistory.of(journey, LocalDate.of(2010, 12, 31));
 * history.holdsOn(Step.SUSTAIN_MOMENTUM, LocalDate.of(2010, 6, 1));   // false if meetings lapsed
 * System.out.println(history);
 * // 2009-07-21 step 5 attained: all criteria met
 * // 2010-04-14 step 5 lapsed: no partnership meeting for more than 42 days after 2010-03-02
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class StepHistory {

  private final LocalDate asOf;
  private final List<StepChange> changes;

  private StepHistory(LocalDate asOf, List<StepChange> changes) {
    this.asOf = asOf;
    this.changes = changes;
  }

  /**
   * Builds the step history of a journey up to a date under the paper's default thresholds.
   *
   * @param journey  the journey, not null
   * @param asOf  the last day; later evidence is ignored, not null
   * @return the history, not null
   */
  public static StepHistory of(Journey journey, LocalDate asOf) {
    return of(journey, asOf, RuleThresholds.defaults());
  }

  /**
   * Builds the step history of a journey up to a date.
   *
   * @param journey  the journey, not null
   * @param asOf  the last day; later evidence is ignored, not null
   * @param thresholds  the thresholds, not null
   * @return the history, not null
   */
  public static StepHistory of(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(thresholds, "thresholds");
    JourneyProgress progress = JourneyRules.progress(journey, asOf, thresholds);
    Partnership partnership = journey.partnership();
    List<LocalDate> meetings = progress.activities(PartnershipMeeting.class).stream()
        .filter(PartnershipMeeting::hadParticipation).map(PartnershipMeeting::date)
        .distinct().sorted().collect(Collectors.toList());
    int maxGap = thresholds.maximumMeetingGapDays();

    TreeSet<LocalDate> days = new TreeSet<>();
    for (StepResult r : progress.steps()) {
      r.attainedOn().ifPresent(days::add);
    }
    days.addAll(partnership.changeDates());
    for (LocalDate m : meetings) {
      days.add(m);
      days.add(m.plusDays(maxGap + 1L));
    }
    Map<Step, Boolean> holding = new EnumMap<>(Step.class);
    Set<Step> everAttained = EnumSet.noneOf(Step.class);
    List<StepChange> changes = new ArrayList<>();
    for (LocalDate day : days.headSet(asOf, true)) {
      Optional<String> formalLapse = formalLapse(partnership, day);
      for (StepResult r : progress.steps()) {
        Step step = r.step();
        boolean attained = r.attainedOn().map(d -> !d.isAfter(day)).orElse(false);
        Optional<String> lapse = Optional.empty();
        if (attained && step == Step.FORMALISE) {
          lapse = formalLapse;
        } else if (attained && step == Step.SUSTAIN_MOMENTUM) {
          lapse = formalLapse.map(reason -> "step 4 lapsed: " + reason)
              .or(() -> meetingLapse(meetings, day, maxGap));
        }
        boolean holds = attained && lapse.isEmpty();
        boolean held = holding.getOrDefault(step, false);
        if (holds && !held) {
          changes.add(everAttained.add(step)
              ? StepChange.of(step, StepChange.Kind.ATTAINED, day, "all criteria met")
              : StepChange.of(step, StepChange.Kind.REGAINED, day, regainReason(step, partnership, day)));
        } else if (!holds && held) {
          changes.add(StepChange.of(step, StepChange.Kind.LAPSED, day, lapse.orElseThrow()));
        }
        holding.put(step, holds);
      }
    }
    return new StepHistory(asOf, List.copyOf(changes));
  }

  /** Why step 4 does not hold on a day, if the board breaks the constitution's resident majority. */
  private static Optional<String> formalLapse(Partnership partnership, LocalDate day) {
    if (partnership.memberships().isEmpty()) {
      return Optional.empty();
    }
    Board board = partnership.boardOn(day);
    int residents = board.residents().size();
    int agency = board.agencyRepresentatives().size();
    if (residents > agency) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "the board has %d residents and %d agency representatives: "
        + "residents no longer outnumber agency representatives", residents, agency));
  }

  /** Why step 5 does not hold on a day, if meetings have lapsed. */
  private static Optional<String> meetingLapse(List<LocalDate> meetings, LocalDate day, int maxGap) {
    LocalDate last = null;
    for (LocalDate m : meetings) {
      if (m.isAfter(day)) {
        break;
      }
      last = m;
    }
    if (last != null && ChronoUnit.DAYS.between(last, day) <= maxGap) {
      return Optional.empty();
    }
    return Optional.of(last == null ? "no partnership meeting held"
        : String.format(Locale.ROOT, "no partnership meeting for more than %d days after %s", maxGap, last));
  }

  private static String regainReason(Step step, Partnership partnership, LocalDate day) {
    if (step == Step.FORMALISE) {
      Board board = partnership.boardOn(day);
      return String.format(Locale.ROOT, "the board has %d residents and %d agency representatives again",
          board.residents().size(), board.agencyRepresentatives().size());
    }
    return "partnership meetings resumed on " + day;
  }

  /**
   * Gets the last day of the history.
   *
   * @return the day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets every change, by day and then step.
   *
   * @return the changes, not null
   */
  public List<StepChange> changes() {
    return changes;
  }

  /**
   * Gets the changes of one step, by day.
   *
   * @param step  the step, not null
   * @return the changes, not null
   */
  public List<StepChange> changes(Step step) {
    Objects.requireNonNull(step, "step");
    return changes.stream().filter(c -> c.step() == step).collect(Collectors.toList());
  }

  /**
   * Tells whether a step held on a day: attained by then and not lapsed since.
   *
   * @param step  the step, not null
   * @param date  the day, not after {@link #asOf()}, not null
   * @return true if it held
   */
  public boolean holdsOn(Step step, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isAfter(asOf)) {
      throw InvalidValueException.of("date", "must not be after the history's as-of date " + asOf, date);
    }
    boolean holds = false;
    for (StepChange c : changes(step)) {
      if (c.date().isAfter(date)) {
        break;
      }
      holds = c.kind() != StepChange.Kind.LAPSED;
    }
    return holds;
  }

  /**
   * Returns one line per change, or {@code no step attained}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return changes.isEmpty() ? "no step attained"
        : changes.stream().map(StepChange::toString).collect(Collectors.joining("\n"));
  }
}
