package org.c2model.core.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.ConnectingWorkshop;
import org.c2model.core.journey.ExchangeVisit;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.VisionWorkshop;
import org.c2model.core.rule.RuleThresholds;

/**
 * The seven steps of C2, each with its {@link Criterion criteria} as data (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md}
 * section 2).
 * <p>
 * The paper calls the steps a simplified chronology: a step is <em>attained when its evidence
 * exists</em>, not when the previous step ends, and real sites do things out of order. So the steps
 * are not a state machine: {@link JourneyRules} assesses each one on its own evidence, and notes
 * evidence that comes before an earlier step's defining event as information only.
 * <p>
 * A step is attained when all its criteria are met, except step 7, whose five criteria are signs
 * of maturity: it is attained when {@link RuleThresholds#minimumMaturitySigns()} of them are present.
 */
public enum Step implements Coded {
  /** Step 1, locate energy for change: key residents and key agencies in a defined neighbourhood. */
  LOCATE_ENERGY("locate_energy", 1, "Locate energy for change",
      List.of("neighbourhood walkabouts", "an initial connecting workshop of residents and agencies"),
      List.of(ConnectingWorkshop.TYPE)),
  /** Step 2, create vision: residents and agencies see what change looks like. */
  CREATE_VISION("create_vision", 2, "Create vision",
      List.of("an inspiring workshop with speakers from transformed sites",
          "exchange visits by residents and agency staff to such sites", "mentoring between sites"),
      List.of(VisionWorkshop.TYPE, ExchangeVisit.TYPE)),
  /** Step 3, listening to communities: a listening event hosted by agencies. */
  LISTENING("listening", 3, "Listening to communities",
      List.of("invite residents door to door, personally", "aim for a turnout of 50 to 100 residents",
          "ask: what is good about living here? what is not so good?", "capture every response",
          "residents prioritise the responses into a top five",
          "a report and a follow-up event about ten days later feed the results back"),
      List.of(ListeningEvent.TYPE)),
  /** Step 4, formalise the partnership: a constituted partnership with a signed constitution. */
  FORMALISE("formalise", 4, "Formalise the partnership",
      List.of("members (residents and agency staff) self-select",
          "elect a chair, deputy chair, treasurer and secretary, always residents",
          "keep more residents than agency representatives on the board", "sign the constitution"),
      List.of(PartnershipConstituted.TYPE)),
  /** Step 5, sustain momentum: consolidation within six months of starting. */
  SUSTAIN_MOMENTUM("sustain_momentum", 5, "Sustain momentum",
      List.of("monthly partnership meetings giving feedback to residents",
          "celebrate visible wins such as successful funding bids", "estate walkabouts", "newsletters",
          "positive media coverage"),
      List.of()),
  /** Step 6, taking action: activities for different age ranges; services more local. */
  TAKING_ACTION("taking_action", 6, "Taking action",
      List.of("groups and activities for different age ranges",
          "services more local, responsive and tailored, such as a dentist on the estate one day a week"),
      List.of()),
  /** Step 7, continued trajectory of improvement: the signs of maturity. */
  CONTINUED_TRAJECTORY("continued_trajectory", 7, "Continued trajectory of improvement",
      List.of("adapt and renew rather than sustain a static state"),
      List.of());

  private final int number;
  private final String title;
  private final List<String> typicalActions;
  private final List<String> milestoneTypes;

  private final String code;

  Step(String code, int number, String title, List<String> typicalActions, List<String> milestoneTypes) {
    this.code = code;
    this.number = number;
    this.title = title;
    this.typicalActions = typicalActions;
    this.milestoneTypes = milestoneTypes;
  }

  /**
   * Gets the step's number, 1 to 7.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Gets the step's name in the paper, such as {@code Create vision}.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Gets the stable code, such as {@code create_vision}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the step's criteria, in order.
   *
   * @return the criteria, not null
   */
  public List<Criterion> criteria() {
    return new ArrayList<>(criteriaOfStep());
  }

  /** The step's criteria, in order, from a table built once: every assessment asks for them. */
  List<Criterion> criteriaOfStep() {
    return CriteriaByStep.TABLE.get(ordinal());
  }

  /** Every step, in order, made once: {@code values()} copies its array at every call. */
  static final List<Step> ALL = List.of(values());

  /** The criteria of each step, by ordinal (a holder class: built once both enums are initialised). */
  private static final class CriteriaByStep {
    static final List<List<Criterion>> TABLE = Arrays.stream(values())
        .map(s -> Arrays.stream(Criterion.values()).filter(c -> c.stepNumber() == s.number).toList()).toList();
  }

  /**
   * Gets how many of the criteria must be met for the step to be attained: all of them, except for
   * step 7 ({@link RuleThresholds#minimumMaturitySigns()} of its five signs).
   *
   * @param thresholds  the thresholds, not null
   * @return the number of criteria needed, at least 1
   */
  public int criteriaNeeded(RuleThresholds thresholds) {
    return this == CONTINUED_TRAJECTORY ? thresholds.minimumMaturitySigns() : criteriaOfStep().size();
  }

  /**
   * Gets the paper's typical actions for the step (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2).
   *
   * @return the actions, not null
   */
  public List<String> typicalActions() {
    return typicalActions;
  }

  /**
   * Gets the activity types that mark the step's defining event, such as the connecting workshop of
   * step 1; used to notice out-of-order evidence. Steps 5 to 7 have none: their evidence is ongoing
   * and overlaps by nature.
   *
   * @return the activity type names, not null
   */
  public List<String> milestoneTypes() {
    return milestoneTypes;
  }

  /**
   * Obtains a step from its number.
   *
   * @param number  the number, 1 to 7
   * @return the step, not null
   * @throws InvalidValueException if the number is not 1 to 7
   */
  public static Step of(int number) {
    if (number < 1 || number > 7) {
      throw InvalidValueException.of("step", "valid values 1 - 7", number);
    }
    return ALL.get(number - 1);
  }

  /**
   * Returns the number and title, such as {@code 2 Create vision}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return number + " " + title;
  }
}
