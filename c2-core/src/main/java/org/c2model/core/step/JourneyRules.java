package org.c2model.core.step;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.FeedbackReport;
import org.c2model.core.journey.FollowUpEvent;
import org.c2model.core.journey.InvitationMethod;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.listening.Question;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleSet;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * Assesses a journey against the seven steps as of a date, and the timing and quality rules of the
 * journey (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2).
 * <p>
 * The rule ids below are part of the API. None of the journey rules is an {@link Severity#ERROR}:
 * they say what looks late or thin (warnings) or worth knowing (information). Out-of-order evidence
 * is information only, since the paper's steps are "a simplified chronology". Thresholds come from
 * {@link RuleThresholds}, with the paper's defaults. Activities of the same day are taken in id
 * order ({@link JourneyProgress#timeline()}), so the steps and findings do not depend on the order
 * activities were recorded in.
 *
 * <pre>{@code
 * StepAssessment assessment = JourneyRules.assess(journey, LocalDate.of(2009, 12, 31));
 * System.out.println(assessment);
 * assessment.step(Step.LISTENING).attainedOn();     // Optional[2009-04-04]
 * assessment.frontier();                           // Optional[6 Taking action]
 * }</pre>
 */
public final class JourneyRules {

  /** Evidence of a step before the defining event of an earlier step (information). */
  public static final RuleId EVIDENCE_ORDER = RuleId.of("Journey:EvidenceOrder");
  /** A listening event's resident turnout below the minimum (warning). */
  public static final RuleId LISTENING_TURNOUT = RuleId.of("Journey:ListeningTurnout");
  /** A listening event whose invitations were not personal (information). */
  public static final RuleId PERSONAL_INVITATIONS = RuleId.of("Journey:PersonalInvitations");
  /** No feedback report of a listening event by the follow-up deadline (warning). */
  public static final RuleId FEEDBACK_REPORT_MISSING = RuleId.of("Journey:FeedbackReportMissing");
  /** A feedback report later than the follow-up deadline after its listening event (warning). */
  public static final RuleId FEEDBACK_REPORT_LATE = RuleId.of("Journey:FeedbackReportLate");
  /** Fewer key residents by step 1 than the recommended number (warning). */
  public static final RuleId KEY_RESIDENTS = RuleId.of("Journey:KeyResidents");
  /** A listening event with responses to only one of the two appreciative questions (warning). */
  public static final RuleId APPRECIATIVE_QUESTIONS = RuleId.of("Journey:AppreciativeQuestions");
  /** No follow-up event of a listening event by the follow-up deadline (warning). */
  public static final RuleId FOLLOW_UP_MISSING = RuleId.of("Journey:FollowUpMissing");
  /** A follow-up event later than the follow-up deadline (warning). */
  public static final RuleId FOLLOW_UP_LATE = RuleId.of("Journey:FollowUpLate");
  /** A listening event that produced no top five (warning). */
  public static final RuleId TOP_PRIORITIES = RuleId.of("Journey:TopPriorities");
  /** A gap between partnership meetings after constitution longer than allowed (warning). */
  public static final RuleId MEETING_GAP = RuleId.of("Journey:MeetingGap");
  /** Momentum not consolidated (step 5) within the months allowed after the partnership's establishment (warning). */
  public static final RuleId MOMENTUM = RuleId.of("Journey:Momentum");
  /** How many of the five signs of maturity are present (information). */
  public static final RuleId MATURITY_SIGNS = RuleId.of("Journey:MaturitySigns");
  /** Staff employed, but fewer residents employed than the "two or three" sign (information). */
  public static final RuleId RESIDENTS_EMPLOYED = RuleId.of("Journey:ResidentsEmployed");

  /**
   * For each activity type that defines a step ({@link Step#milestoneTypes()}), the steps it
   * defines, a bit per ordinal: one look-up per activity, where asking each step's list was seven.
   */
  private static final Map<String, Integer> MILESTONE_STEPS = milestoneSteps();
  private static final Path STEP_1 = Path.of("steps", "1");
  private static final Path STEP_5 = Path.of("steps", "5");
  private static final Path STEP_7 = Path.of("steps", "7");

  private JourneyRules() {}

  private static Map<String, Integer> milestoneSteps() {
    Map<String, Integer> steps = new HashMap<>();
    for (Step s : Step.ALL) {
      for (String type : s.milestoneTypes()) {
        steps.merge(type, 1 << s.ordinal(), (x, y) -> x | y);
      }
    }
    return Map.copyOf(steps);
  }

  /**
   * Gets the standard journey rules, in order, under the paper's default thresholds.
   *
   * @return the rule set, not null
   */
  public static RuleSet<JourneyProgress> standard() {
    return Standard.RULES;
  }

  /** The standard rules under the default thresholds, built once (rule sets are immutable). */
  private static final class Standard {
    static final RuleSet<JourneyProgress> RULES = standard(RuleThresholds.defaults());
  }

  /**
   * Gets the standard journey rules, in order, under the given thresholds.
   *
   * @param thresholds  the thresholds, not null
   * @return the rule set, to which a council may add its own rules with {@code with(rule)}, not null
   */
  public static RuleSet<JourneyProgress> standard(RuleThresholds thresholds) {
    return RuleSet.of(List.of(evidenceOrder(), keyResidents(), listeningTurnout(), personalInvitations(),
        appreciativeQuestions(), feedbackReport(), feedbackReportLate(), followUpMissing(), followUpLate(), topPriorities(), meetingGap(), momentum(), maturitySigns(),
        residentsEmployed()), thresholds);
  }

  /**
   * Assesses a journey as of a date under the paper's default thresholds.
   *
   * @param journey  the journey, not null
   * @param asOf  the date; later evidence is ignored, not null
   * @return the assessment, not null
   */
  public static StepAssessment assess(Journey journey, LocalDate asOf) {
    return assess(journey, asOf, standard());
  }

  /**
   * Assesses a journey as of a date under the given thresholds.
   *
   * @param journey  the journey, not null
   * @param asOf  the date; later evidence is ignored, not null
   * @param thresholds  the thresholds, not null
   * @return the assessment, not null
   */
  public static StepAssessment assess(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    return assess(journey, asOf, standard(thresholds));
  }

  /**
   * Assesses a journey as of a date and evaluates a rule set, such as the standard rules plus a
   * council's own; the steps are assessed under the rule set's thresholds.
   *
   * @param journey  the journey, not null
   * @param asOf  the date; later evidence is ignored, not null
   * @param rules  the rules, not null
   * @return the assessment, not null
   */
  public static StepAssessment assess(Journey journey, LocalDate asOf, RuleSet<JourneyProgress> rules) {
    Objects.requireNonNull(rules, "rules");
    JourneyProgress progress = progress(journey, asOf, rules.thresholds());
    RuleReport report = rules.evaluate(progress, asOf);
    return StepAssessment.of(journey.partnership().id(), asOf, progress.steps(), report.findings());
  }

  /**
   * Assesses the steps of a journey as of a date, without evaluating rules: the subject the journey
   * rules evaluate.
   *
   * @param journey  the journey, not null
   * @param asOf  the date; later evidence is ignored, not null
   * @param thresholds  the thresholds, not null
   * @return the progress, not null
   */
  public static JourneyProgress progress(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(thresholds, "thresholds");
    return StepCriteria.progress(journey, asOf, thresholds);
  }

  /**
   * {@code Journey:EvidenceOrder}, information: the defining event of a step came before the defining
   * event of an earlier step, such as "exchange visit on 2009-02-10 precedes the connecting workshop on
   * 2009-03-03" (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2: the steps are
   * "a simplified chronology: real sites
   * do things out of order (Townstal held exchange visits before its connecting workshop)"; section
   * 6). The defining events are {@link Step#milestoneTypes()}; the first of each step is compared.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> evidenceOrder() {
    return Rule.of(EVIDENCE_ORDER, "Evidence of a step before an earlier step's defining event (Positively Local sec. 2).",
        (p, t) -> {
          // the first defining event of each step, by the step's ordinal
          Activity[] firsts = new Activity[Step.ALL.size()];
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            Integer steps = MILESTONE_STEPS.get(a.type());
            for (int n = 0; steps != null && n < Step.ALL.size(); n++) {
              if (firsts[n] == null && (steps & 1 << n) != 0) {
                firsts[n] = a;
              }
            }
          }
          List<Finding> found = new ArrayList<>();
          for (int n = 0; n < Step.ALL.size(); n++) {
            Step later = Step.ALL.get(n);
            Activity a = firsts[later.ordinal()];
            for (int e = 0; a != null && e < later.ordinal(); e++) {
              Step earlier = Step.ALL.get(e);
              Activity b = firsts[e];
              if (b != null && a.date().isBefore(b.date())) {
                found.add(Finding.of(EVIDENCE_ORDER, Severity.INFO, Path.of("activities", a.id()), a.date(),
                    a.label() + " on " + a.date() + " precedes the " + b.label() + " on " + b.date() + ": step "
                        + later.number() + " evidence before step " + earlier.number(),
                    "activityId", a.id(),
                    "step", Integer.toString(later.number()),
                    "precedes", b.id(),
                    "precedesStep", Integer.toString(earlier.number())));
              }
            }
          }
          return found;
        });
  }

  /**
   * {@code Journey:KeyResidents}, warning: fewer key residents had appeared (in an activity or on the
   * board) by the day step 1 was attained, or by the as-of date while it is not, than
   * {@link RuleThresholds#minimumKeyResidents()}, 5 by default. The founders used 5 "initially": a
   * recommendation, not a gate; Townstal had 3 at its connecting workshop and went on to step 6
   * (<i>Positively Local</i> sec. 2.1 and 6; {@code docs/c2-model.md} sections 2 and 6).
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> keyResidents() {
    return Rule.of(KEY_RESIDENTS, "The recommended number of key residents by step 1 (Positively Local sec. 2.1).",
        (p, t) -> {
          if (t.minimumKeyResidents() == 0 || p.recorded().start().isAfter(p.asOf())) {
            return List.of();
          }
          Optional<LocalDate> attained = p.step(Step.LOCATE_ENERGY).attainedOn();
          LocalDate by = attained.orElse(p.asOf());
          int keys = p.criteria().keyResidentsBy(by);
          if (keys >= t.minimumKeyResidents()) {
            return List.of();
          }
          return List.of(Finding.of(KEY_RESIDENTS, Severity.WARNING, STEP_1.property(Criterion.KEY_RESIDENTS.id()), by,
              keys + " key residents by " + by + (attained.isPresent() ? " when step 1 was attained" : "")
                  + ", fewer than the recommended " + t.minimumKeyResidents(),
              "keyResidents", Integer.toString(keys),
              "by", by.toString(),
              "recommended", Integer.toString(t.minimumKeyResidents())));
        });
  }

  /**
   * {@code Journey:AppreciativeQuestions}, warning: a listening event recorded responses, but none to
   * one of the two appreciative questions, "what is good about living here?" and "what is not so
   * good?" ({@link ListeningEvent#questionsWithoutResponses()}; <i>Positively Local</i> sec. 2.3;
   * {@code docs/c2-model.md} section 2, step 3). An event with no responses at all is the unmet
   * {@link Criterion#RESPONSES_RECORDED} criterion instead.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> appreciativeQuestions() {
    return Rule.of(APPRECIATIVE_QUESTIONS, "A listening event asks and records both appreciative questions "
        + "(Positively Local sec. 2.3).", (p, t) -> {
          List<Finding> found = new ArrayList<>();
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            if (a instanceof ListeningEvent e && !e.responses().isEmpty() && !e.questionsWithoutResponses().isEmpty()) {
              Question unanswered = e.questionsWithoutResponses().get(0);
              found.add(Finding.of(APPRECIATIVE_QUESTIONS, Severity.WARNING, Path.of("activities", e.id(), "responses"),
                  e.date(),
                  "listening event " + e.id() + " recorded " + e.responses().size() + " responses, none to \""
                      + unanswered.wording() + "\"",
                  "activityId", e.id(),
                  "question", unanswered.code()));
            }
          }
          return found;
        });
  }

  /**
   * {@code Journey:ListeningTurnout}, warning: a listening event brought in fewer residents than
   * {@link RuleThresholds#minimumListeningTurnout()}, 50 by default (<i>Positively Local</i> sec.
   * 2; {@code docs/c2-model.md} section 2,
   * step 3: "target turnout 50 to 100").
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> listeningTurnout() {
    return Rule.of(LISTENING_TURNOUT, "Listening event turnout at least the minimum (Positively Local sec. 2, step 3).",
        (p, t) -> {
          List<Finding> found = new ArrayList<>();
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            if (a instanceof ListeningEvent e && e.residentTurnout() < t.minimumListeningTurnout()) {
              found.add(Finding.of(LISTENING_TURNOUT, Severity.WARNING, Path.of("activities", e.id(), "residentTurnout"),
                  e.date(),
                  "listening event " + e.id() + " had a turnout of " + e.residentTurnout()
                      + " residents, below the target of " + t.minimumListeningTurnout(),
                  "activityId", e.id(),
                  "turnout", Integer.toString(e.residentTurnout()),
                  "minimum", Integer.toString(t.minimumListeningTurnout())));
            }
          }
          return found;
        });
  }

  /**
   * {@code Journey:PersonalInvitations}, information: residents were not invited to a listening
   * event personally, door to door or in person (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2, step 3: "residents
   * invited door to door, personally"; Townstal invited by postcard, section 6).
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> personalInvitations() {
    return Rule.of(PERSONAL_INVITATIONS, "Listening event invitations are personal (Positively Local sec. 2, step 3).",
        (p, t) -> {
          List<Finding> found = new ArrayList<>();
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            if (a instanceof ListeningEvent e && !personallyInvited(e)) {
              found.add(Finding.of(PERSONAL_INVITATIONS, Severity.INFO,
                  Path.of("activities", e.id(), "invitationMethods"), e.date(),
                  "listening event " + e.id() + " invited residents by "
                      + (e.invitationMethods().isEmpty() ? "no recorded method"
                          : e.invitationMethods().stream().map(m -> m.code()).collect(Collectors.joining(", ")))
                      + ", not personally door to door",
                  "activityId", e.id()));
            }
          }
          return found;
        });
  }

  private static boolean personallyInvited(ListeningEvent e) {
    for (InvitationMethod m : e.invitationMethods()) {
      if (m.isPersonal()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Journey:FeedbackReportMissing}, warning: no feedback report of a listening event by the
   * follow-up deadline, {@link RuleThresholds#followUpDeadlineDays()} after it (<i>Positively
   * Local</i> sec. 2; {@code docs/c2-model.md}
   * section 2, step 3: "a report and a follow-up event about ten days later feeds results back").
   * Not reported before the deadline has passed.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> feedbackReport() {
    return Rule.of(FEEDBACK_REPORT_MISSING, "A feedback report follows each listening event (Positively Local sec. 2, step 3).",
        (p, t) -> missing(p, t, FEEDBACK_REPORT_MISSING, "feedback report", FeedbackReport.class,
            FeedbackReport::listeningEventId));
  }

  /**
   * {@code Journey:FeedbackReportLate}, warning: the first feedback report of a listening event came
   * more than {@link RuleThresholds#followUpDeadlineDays()} (14 by default) after it: results are
   * "fed back to residents quickly", with "a report and a follow-up event about ten days later"
   * (<i>Positively Local</i> sec. 2.3; {@code docs/c2-model.md} section 2, step 3).
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> feedbackReportLate() {
    return Rule.of(FEEDBACK_REPORT_LATE, "The feedback report comes within the deadline (Positively Local sec. 2.3).",
        (p, t) -> late(p, t, FEEDBACK_REPORT_LATE, "feedback report", FeedbackReport.class,
            FeedbackReport::listeningEventId));
  }

  /**
   * {@code Journey:FollowUpMissing}, warning: no follow-up event of a listening event by the
   * follow-up deadline, {@link RuleThresholds#followUpDeadlineDays()} (14 by default) after it
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3: "a follow-up event
   * about ten days later"). Not reported
   * before the deadline has passed.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> followUpMissing() {
    return Rule.of(FOLLOW_UP_MISSING, "A follow-up event follows each listening event (Positively Local sec. 2, step 3).",
        (p, t) -> missing(p, t, FOLLOW_UP_MISSING, "follow-up event", FollowUpEvent.class,
            FollowUpEvent::listeningEventId));
  }

  /**
   * {@code Journey:FollowUpLate}, warning: the first follow-up event of a listening event came more
   * than {@link RuleThresholds#followUpDeadlineDays()} (14 by default) after it (<i>Positively
   * Local</i> sec. 2; {@code docs/c2-model.md}
   * section 2, step 3: "a follow-up event about ten days later"; C2's current practice says a week).
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> followUpLate() {
    return Rule.of(FOLLOW_UP_LATE, "The follow-up event comes within the deadline (Positively Local sec. 2, step 3).",
        (p, t) -> late(p, t, FOLLOW_UP_LATE, "follow-up event", FollowUpEvent.class, FollowUpEvent::listeningEventId));
  }

  /**
   * The findings of a rule on activities that follow a listening event (a report, a follow-up event)
   * when none had come by the follow-up deadline, once it has passed.
   */
  private static <T extends Activity> List<Finding> missing(JourneyProgress p, RuleThresholds t, RuleId id, String what,
      Class<T> type, Function<T, String> eventOf) {
    List<Finding> found = new ArrayList<>();
    List<Activity> timeline = p.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      if (timeline.get(i) instanceof ListeningEvent e) {
        LocalDate deadline = e.date().plusDays(t.followUpDeadlineDays());
        if (p.asOf().isAfter(deadline) && first(p, type, eventOf, e) == null) {
          found.add(missing(id, e, deadline, what, t));
        }
      }
    }
    return found;
  }

  /**
   * The findings of a rule on activities that follow a listening event (a report, a follow-up event)
   * when the first of them came later than the follow-up deadline.
   */
  private static <T extends Activity> List<Finding> late(JourneyProgress p, RuleThresholds t, RuleId id, String what,
      Class<T> type, Function<T, String> eventOf) {
    List<Finding> found = new ArrayList<>();
    List<Activity> timeline = p.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      T f = a instanceof ListeningEvent e ? first(p, type, eventOf, e) : null;
      if (f == null) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(a.date(), f.date());
      if (days > t.followUpDeadlineDays()) {
        found.add(Finding.of(id, Severity.WARNING, Path.of("activities", f.id()), f.date(),
            what + " " + f.id() + " came " + days + " days after listening event " + a.id()
                + ", later than the " + t.followUpDeadlineDays() + "-day deadline",
            "activityId", f.id(),
            "listeningEventId", a.id(),
            "days", Long.toString(days),
            "deadlineDays", Integer.toString(t.followUpDeadlineDays())));
      }
    }
    return found;
  }

  /** The first activity of a type (in timeline order) that follows up a listening event, or null. */
  private static <T extends Activity> T first(JourneyProgress p, Class<T> type, Function<T, String> eventOf,
      ListeningEvent e) {
    List<Activity> timeline = p.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (type.isInstance(a) && eventOf.apply(type.cast(a)).equals(e.id())) {
        return type.cast(a);
      }
    }
    return null;
  }

  /**
   * {@code Journey:TopPriorities}, warning: a listening event produced no top five: no
   * prioritisation, or fewer ranked themes than {@link RuleThresholds#topPriorities()}
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3: "residents
   * prioritise them into a top five").
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> topPriorities() {
    return Rule.of(TOP_PRIORITIES, "Each listening event produces a top five (Positively Local sec. 2, step 3).",
        (p, t) -> {
          List<Finding> found = new ArrayList<>();
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            if (!(a instanceof ListeningEvent e)) {
              continue;
            }
            int ranked = e.priorities().map(r -> r.entries().size()).orElse(0);
            if (ranked < t.topPriorities()) {
              found.add(Finding.of(TOP_PRIORITIES, Severity.WARNING, Path.of("activities", e.id(), "prioritisation"),
                  e.date(),
                  e.prioritisation().isEmpty()
                      ? "listening event " + e.id() + " recorded no prioritisation, so no top " + t.topPriorities()
                      : "listening event " + e.id() + " ranked " + ranked + " themes, fewer than a top " + t.topPriorities(),
                  "activityId", e.id(),
                  "rankedThemes", Integer.toString(ranked),
                  "top", Integer.toString(t.topPriorities())));
            }
          }
          return found;
        });
  }

  /**
   * {@code Journey:MeetingGap}, warning: after the partnership is constituted, more than
   * {@link RuleThresholds#maximumMeetingGapDays()} (42, six weeks, by default) passed between the
   * constitution and the first partnership meeting, between two meetings, or since the last meeting
   * up to the assessment date: meetings are lapsing (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2, step 5:
   * "monthly partnership meetings giving feedback to residents").
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> meetingGap() {
    return Rule.of(MEETING_GAP, "Partnership meetings are at most six weeks apart after constitution "
        + "(Positively Local sec. 2, step 5).", (p, t) -> {
          Optional<LocalDate> constituted = p.criterion(Criterion.CONSTITUTION_SIGNED).metOn();
          if (constituted.isEmpty()) {
            return List.of();
          }
          List<Finding> found = new ArrayList<>();
          LocalDate previous = constituted.get();
          List<Activity> timeline = p.timeline();
          for (int i = 0; i < timeline.size(); i++) {
            Activity a = timeline.get(i);
            // An online meeting nobody took part in (views only) is not a meeting giving feedback.
            if (!(a instanceof PartnershipMeeting m) || m.date().isBefore(previous) || !m.hadParticipation()) {
              continue;
            }
            if (ChronoUnit.DAYS.between(previous, m.date()) > t.maximumMeetingGapDays()) {
              found.add(gap(Path.of("activities", m.id()), previous, m.date(), m.date(), t));
            }
            previous = m.date();
          }
          if (ChronoUnit.DAYS.between(previous, p.asOf()) > t.maximumMeetingGapDays()) {
            found.add(gap(STEP_5, previous, p.asOf(), p.asOf(), t));
          }
          return found;
        });
  }

  /**
   * {@code Journey:Momentum}, warning: step 5 was not attained within
   * {@link RuleThresholds#momentumMonths()} (6 by default) of the partnership's establishment, the day
   * its constitution was signed ("immediately after the establishment of the partnership ... within
   * six months"; <i>Positively Local</i> sec. 2.5; {@code docs/c2-model.md} section 2, step 5).
   * Nothing is reported before the partnership is established; then once the deadline has passed
   * without step 5, or when step 5 was attained after it.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> momentum() {
    return Rule.of(MOMENTUM, "Momentum consolidated within six months of the partnership's establishment "
        + "(Positively Local sec. 2.5).", (p, t) -> {
          Optional<LocalDate> established = p.criterion(Criterion.CONSTITUTION_SIGNED).metOn();
          if (established.isEmpty()) {
            return List.of();
          }
          LocalDate deadline = established.get().plusMonths(t.momentumMonths());
          Optional<LocalDate> attained = p.step(Step.SUSTAIN_MOMENTUM).attainedOn();
          boolean late = attained.isPresent() && attained.get().isAfter(deadline);
          if (!late && (attained.isPresent() || !p.asOf().isAfter(deadline))) {
            return List.of();
          }
          Finding.Builder f = Finding.builder().ruleId(MOMENTUM).severity(Severity.WARNING).path(STEP_5)
              .putArgs("established", established.get().toString()).putArgs("deadline", deadline.toString())
              .putArgs("months", Integer.toString(t.momentumMonths()));
          if (late) {
            return List.of(f.date(attained.get())
                .message("step 5 attained on " + attained.get() + ", after " + deadline + ": " + t.momentumMonths()
                    + " months from the partnership's establishment on " + established.get())
                .build());
          }
          return List.of(f.date(deadline)
              .message("momentum not consolidated: step 5 not attained by " + deadline + ", " + t.momentumMonths()
                  + " months from the partnership's establishment on " + established.get())
              .build());
        });
  }

  /**
   * {@code Journey:MaturitySigns}, information: how many of the five signs of maturity are present
   * (own venue, new funding sources, staff employed, two or three residents employed, community action
   * plans with measurable outcomes), and how many step 7 needs (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2, step
   * 7). Reported once step 6 is attained or any sign is present.
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> maturitySigns() {
    return Rule.of(MATURITY_SIGNS, "How many of the five signs of maturity are present (Positively Local sec. 2, step 7).",
        (p, t) -> {
          StepResult step7 = p.step(Step.CONTINUED_TRAJECTORY);
          List<String> present = new ArrayList<>();
          List<CriterionResult> signs = step7.criteria();
          for (int i = 0; i < signs.size(); i++) {
            CriterionResult c = signs.get(i);
            if (c.isMet()) {
              present.add(c.criterion().id());
            }
          }
          if (present.isEmpty() && !p.step(Step.TAKING_ACTION).isAttained()) {
            return List.of();
          }
          int total = step7.criteria().size();
          return List.of(Finding.of(MATURITY_SIGNS, Severity.INFO, STEP_7, p.asOf(),
              present.size() + " of " + total + " signs of maturity present"
                  + (present.isEmpty() ? "" : " (" + String.join(", ", present) + ")") + "; step 7 needs "
                  + t.minimumMaturitySigns(),
              "signs", Integer.toString(present.size()),
              "of", Integer.toString(total),
              "present", String.join(",", present),
              "needed", Integer.toString(t.minimumMaturitySigns())));
        });
  }

  /**
   * {@code Journey:ResidentsEmployed}, information: the partnership employs staff but fewer residents
   * than {@link RuleThresholds#minimumResidentsEmployed()} (2 by default), short of the sign "two or
   * three residents employed to coordinate" (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2, step 7).
   *
   * @return the rule, not null
   */
  public static Rule<JourneyProgress> residentsEmployed() {
    return Rule.of(RESIDENTS_EMPLOYED, "Two or three residents employed to coordinate (Positively Local sec. 2, step 7).",
        (p, t) -> {
          CriterionResult staff = p.criterion(Criterion.STAFF_EMPLOYED);
          CriterionResult residents = p.criterion(Criterion.RESIDENTS_EMPLOYED);
          if (!staff.isMet() || residents.isMet()) {
            return List.of();
          }
          int employed = residents.evidence().size();
          return List.of(Finding.of(RESIDENTS_EMPLOYED, Severity.INFO, STEP_7.property(Criterion.RESIDENTS_EMPLOYED.id()),
              p.asOf(),
              "the partnership employs staff but " + employed + " residents, fewer than the two or three "
                  + "residents employed to coordinate (minimum " + t.minimumResidentsEmployed() + ")",
              "residentsEmployed", Integer.toString(employed),
              "minimum", Integer.toString(t.minimumResidentsEmployed())));
        });
  }

  private static Finding missing(RuleId id, ListeningEvent e, LocalDate deadline, String what, RuleThresholds t) {
    String deadlineText = deadline.toString();
    String days = Integer.toString(t.followUpDeadlineDays());
    return Finding.of(id, Severity.WARNING, Path.of("activities", e.id()), deadline,
        "no " + what + " for listening event " + e.id() + " by " + deadlineText + ", " + days + " days after it",
        "activityId", e.id(),
        "deadline", deadlineText,
        "deadlineDays", days);
  }

  private static Finding gap(Path path, LocalDate from, LocalDate to, LocalDate date, RuleThresholds t) {
    long days = ChronoUnit.DAYS.between(from, to);
    // each date and number formatted once, for the message and the arguments
    String fromText = from.toString();
    String toText = to.toString();
    String daysText = Long.toString(days);
    String maximum = Integer.toString(t.maximumMeetingGapDays());
    return Finding.of(MEETING_GAP, Severity.WARNING, path, date,
        "no partnership meeting for " + daysText + " days, from " + fromText + " to " + toText + " (at most "
            + maximum + ")",
        "from", fromText,
        "to", toText,
        "days", daysText,
        "maximum", maximum);
  }
}
