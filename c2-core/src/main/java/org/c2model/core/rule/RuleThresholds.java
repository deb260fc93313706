package org.c2model.core.rule;

import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Sector;
import org.immutables.value.Value;

/**
 * The thresholds of the C2 rules, with the paper's defaults, which a council can override.
 * <p>
 * Defaults (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 1): a critical
 * number of 5 key residents ("the
 * founders used 5"), and stakeholders from at least the health, education, police and local
 * authority sectors. The journey rules of {@code org.c2model.core.step} add the timing and quality
 * thresholds of steps 3 to 7 (listening turnout 50, follow-up within 14 days, meetings at most 6
 * weeks apart, momentum within 6 months, a top five, and the maturity signs of step 7); each
 * attribute's Javadoc says where its default comes from.
 *
 * <pre>{@code
 * RuleThresholds mine = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(3).build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true)
public abstract class RuleThresholds {

  RuleThresholds() {}

  /**
   * Gets the recommended number of key residents by step 1: the founders used 5 "initially", a
   * recommendation, not a gate (<i>Positively Local</i> sec. 2.1; Townstal had 3 and went on to
   * step 6, sec. 6). Fewer is the {@code Journey:KeyResidents} and {@code Governance:KeyResidents}
   * warning; step 1 needs only one key resident.
   *
   * @return the recommended number, 5 by default
   */
  @Value.Default
  public int minimumKeyResidents() {
    return 5;
  }

  /**
   * Gets the sectors every partnership must include.
   *
   * @return the sectors, health, education, police and local authority by default
   */
  @Value.Default
  public Set<Sector> requiredSectors() {
    return Set.of(Sector.HEALTH, Sector.EDUCATION, Sector.POLICE, Sector.LOCAL_AUTHORITY);
  }

  /**
   * Gets the fewest residents a listening event should bring in (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2,
   * step 3: "target turnout 50 to 100").
   *
   * @return the minimum turnout, 50 by default
   */
  @Value.Default
  public int minimumListeningTurnout() {
    return 50;
  }

  /**
   * Gets the most days that may pass between a listening event and its follow-up event
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3: "a follow-up event
   * about ten days later"). The paper
   * says about ten days and C2's current practice says a week, so this is a setting; the default
   * of 14 days allows for the paper's "about".
   *
   * @return the deadline in days, 14 by default
   */
  @Value.Default
  public int followUpDeadlineDays() {
    return 14;
  }

  /**
   * Gets how many themes a listening event's prioritisation should produce (<i>Positively Local</i>
   * sec. 2; {@code docs/c2-model.md}
   * section 2, step 3: "residents prioritise them into a top five").
   *
   * @return the number of top priorities, 5 by default
   */
  @Value.Default
  public int topPriorities() {
    return 5;
  }

  /**
   * Gets the longest gap, in days, between partnership meetings after constitution
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 5: "monthly
   * partnership meetings"; six weeks leaves a
   * fortnight's slack on a monthly cycle).
   *
   * @return the gap in days, 42 (6 weeks) by default
   */
  @Value.Default
  public int maximumMeetingGapDays() {
    return 42;
  }

  /**
   * Gets how many partnership meetings in a row, each within {@link #maximumMeetingGapDays()} of
   * the one before, show regular meetings for step 5 (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2, step 5:
   * "monthly partnership meetings"). The paper gives no number; three in a row is a quarter of
   * monthly meetings, c2's default.
   *
   * @return the number of meetings, 3 by default
   */
  @Value.Default
  public int consolidationMeetings() {
    return 3;
  }

  /**
   * Gets the months within which momentum should be consolidated (step 5 attained) after the first
   * step-1 evidence (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 5:
   * "consolidation, achievable within six
   * months of starting").
   *
   * @return the months, 6 by default
   */
  @Value.Default
  public int momentumMonths() {
    return 6;
  }

  /**
   * Gets how many different age ranges resident-organised activities should serve for step 6
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 6: "groups and
   * activities for different age ranges").
   *
   * @return the number of age ranges, 2 by default
   */
  @Value.Default
  public int minimumAgeRanges() {
    return 2;
  }

  /**
   * Gets how many of the five signs of maturity attain step 7 (<i>Positively Local</i> sec. 2;
   * {@code docs/c2-model.md} section 2,
   * step 7: own venue, new funding sources, staff employed, two or three residents employed,
   * community action plans with measurable outcomes). The paper lists the signs without a number;
   * c2's default is a majority of them.
   *
   * @return the number of signs, from 1 to 5, 3 by default
   */
  @Value.Default
  public int minimumMaturitySigns() {
    return 3;
  }

  /**
   * Gets how many residents the partnership should employ for the step-7 sign "two or three
   * residents employed to coordinate" (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
   * section 2, step 7).
   *
   * @return the number of residents, 2 by default
   */
  @Value.Default
  public int minimumResidentsEmployed() {
    return 2;
  }

  /**
   * Gets the thresholds of the paper.
   *
   * @return the defaults, not null
   */
  public static RuleThresholds defaults() {
    return ImmutableRuleThresholds.of();
  }

  /**
   * Returns a builder; start from {@code builder().from(defaults())} to override one value.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link RuleThresholds}. */
  public static final class Builder extends ImmutableRuleThresholds.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (minimumKeyResidents() < 0) {
      throw InvalidValueException.of("minimumKeyResidents", "must not be negative", minimumKeyResidents());
    }
    atLeast(minimumListeningTurnout(), 0, "minimumListeningTurnout");
    atLeast(followUpDeadlineDays(), 0, "followUpDeadlineDays");
    atLeast(topPriorities(), 1, "topPriorities");
    atLeast(maximumMeetingGapDays(), 1, "maximumMeetingGapDays");
    atLeast(consolidationMeetings(), 1, "consolidationMeetings");
    atLeast(momentumMonths(), 1, "momentumMonths");
    atLeast(minimumAgeRanges(), 1, "minimumAgeRanges");
    atLeast(minimumResidentsEmployed(), 1, "minimumResidentsEmployed");
    if (minimumMaturitySigns() < 1 || minimumMaturitySigns() > 5) {
      throw InvalidValueException.of("minimumMaturitySigns", "valid values 1 - 5", minimumMaturitySigns());
    }
  }

  private static void atLeast(int value, int minimum, String field) {
    if (value < minimum) {
      throw InvalidValueException.of(field, "must be at least " + minimum, value);
    }
  }
}
