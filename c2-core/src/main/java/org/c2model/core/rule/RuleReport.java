package org.c2model.core.rule;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The findings of one evaluation, in rule order then path order.
 * <p>
 * A report {@link #isSuccessful() is successful} when no finding is an {@link Severity#ERROR};
 * warnings and infos do not make it fail.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleReport {

  RuleReport() {}

  /**
   * Gets the findings.
   *
   * @return the findings, not null
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * Checks if no finding is an error.
   *
   * @return true if there is no error
   */
  @Value.Derived
  public boolean isSuccessful() {
    for (int i = 0; i < findings().size(); i++) {
      if (findings().get(i).severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gets the findings of one rule.
   *
   * @param ruleId  the rule id, not null
   * @return the findings, not null
   */
  public List<Finding> forRule(RuleId ruleId) {
    return findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /**
   * Gets the findings of exactly one severity.
   *
   * @param severity  the severity, not null
   * @return the findings, not null
   */
  public List<Finding> bySeverity(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
  }

  /**
   * Obtains a report.
   *
   * @param findings  the findings, not null
   * @return the report, not null
   */
  public static RuleReport of(Iterable<? extends Finding> findings) {
    return ImmutableRuleReport.of(findings);
  }

  /**
   * Returns the findings one per line, or {@code no findings}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (findings().isEmpty()) {
      return "no findings";
    }
    return findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
