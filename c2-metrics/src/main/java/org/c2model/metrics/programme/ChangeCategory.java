package org.c2model.metrics.programme;

import java.util.Locale;
import org.c2model.core.Coded;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;

/**
 * The kind of a {@link ReportChange} between two evaluation reports of one neighbourhood; each
 * change is in exactly one category, and each category has a mirror, the change seen the other way
 * round (<i>Positively Local</i> secs. 2, 3, 4 and 5; {@code docs/c2-model.md} sections 2 to 5).
 */
public enum ChangeCategory implements Coded {

  /** A step not attained before is attained now (section 2). */
  STEP_ATTAINED(ReportChanges.STEP_ATTAINED, Severity.INFO, "steps attained"),
  /** A step attained before is no longer attained: its evidence lapsed (section 2). */
  STEP_LAPSED(ReportChanges.STEP_LAPSED, Severity.WARNING, "steps lapsed"),
  /** A governance or step rule that passed before fails now, with severity warning or error (section 4). */
  RULE_FAILURE_STARTED(ReportChanges.RULE_FAILURE_STARTED, Severity.WARNING, "rule failures started"),
  /** A governance or step rule that failed before passes now (section 4). */
  RULE_FAILURE_ENDED(ReportChanges.RULE_FAILURE_ENDED, Severity.INFO, "rule failures ended"),
  /** A long-term indicator's verdict changed, or it is measured in only one of the reports (section 5). */
  VERDICT_CHANGED(ReportChanges.VERDICT_CHANGED, Severity.INFO, "indicators that changed verdict"),
  /** A person is a weak connector candidate now who was not before (section 3). */
  WEAK_CONNECTOR_GAINED(ReportChanges.WEAK_CONNECTOR_GAINED, Severity.INFO, "weak connectors gained"),
  /** A person was a weak connector candidate before and is not now (section 3). */
  WEAK_CONNECTOR_LOST(ReportChanges.WEAK_CONNECTOR_LOST, Severity.WARNING, "weak connectors lost");

  private final RuleId ruleId;
  private final Severity severity;
  private final String heading;

  ChangeCategory(RuleId ruleId, Severity severity, String heading) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.heading = heading;
  }

  /**
   * Gets the category's code, its name in lower case, such as {@code step_lapsed}.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Gets the rule id of the findings of this category, such as {@code Change:StepLapsed}.
   *
   * @return the id, not null
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Gets the severity of the findings of this category; a verdict that became "worse" is a warning.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the heading a report lists this category under, such as "steps lapsed".
   *
   * @return the heading, not null
   */
  public String heading() {
    return heading;
  }

  /**
   * Gets the category of the same change seen from the other report.
   *
   * @return the mirror: attained and lapsed, started and ended, gained and lost swap; a verdict change stays one
   */
  public ChangeCategory mirror() {
    return switch (this) {
      case STEP_ATTAINED -> STEP_LAPSED;
      case STEP_LAPSED -> STEP_ATTAINED;
      case RULE_FAILURE_STARTED -> RULE_FAILURE_ENDED;
      case RULE_FAILURE_ENDED -> RULE_FAILURE_STARTED;
      case VERDICT_CHANGED -> VERDICT_CHANGED;
      case WEAK_CONNECTOR_GAINED -> WEAK_CONNECTOR_LOST;
      case WEAK_CONNECTOR_LOST -> WEAK_CONNECTOR_GAINED;
    };
  }
}
