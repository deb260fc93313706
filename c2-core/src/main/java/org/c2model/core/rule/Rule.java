package org.c2model.core.rule;

import java.util.List;

/**
 * A C2 rule that evaluates a subject (such as a {@code Board}) and returns findings, never
 * throwing for a subject that breaks it.
 * <p>
 * The built-in rules live in catalogues such as {@code GovernanceRules}; councils add their own
 * (a quorum rule, say) by implementing this interface and adding them to a {@link RuleSet}.
 *
 * @param <T>  the type of subject the rule evaluates
 */
public interface Rule<T> {

  /**
   * Gets the rule's stable id.
   *
   * @return the id, not null
   */
  RuleId id();

  /**
   * Gets a one-sentence description of what the rule checks, citing its source.
   *
   * @return the description, not null
   */
  String description();

  /**
   * Evaluates the rule.
   *
   * @param subject  what to evaluate, not null
   * @param thresholds  the thresholds in force, not null
   * @return the findings, empty when the subject passes, not null
   */
  List<Finding> evaluate(T subject, RuleThresholds thresholds);
}
