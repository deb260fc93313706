package org.c2model.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.c2model.core.InvalidValueException;

/**
 * An ordered set of rules with the thresholds they run under, such as the standard governance
 * rules plus a council's own quorum rule.
 * <p>
 * {@link #evaluate(Object, java.time.LocalDate)} runs every rule and returns all findings in one report (a CRM wants
 * every problem in one pass), ordered by rule order and then by path. A rule that throws is
 * reported as an {@link Severity#ERROR} finding under its own id rather than crashing the caller.
 *
 * @param <T>  the type of subject
 * @implSpec This class is immutable and thread-safe if its rules are.
 */
public final class RuleSet<T> {

  private static final Comparator<Finding> BY_PATH = Comparator.comparing(Finding::path);

  private final List<Rule<T>> rules;
  private final RuleThresholds thresholds;

  private RuleSet(List<Rule<T>> rules, RuleThresholds thresholds) {
    this.rules = rules;
    this.thresholds = thresholds;
  }

  /**
   * Obtains a rule set.
   *
   * @param <T>  the type of subject
   * @param rules  the rules, in evaluation order, ids unique, not null
   * @param thresholds  the thresholds, not null
   * @return the rule set, not null
   * @throws InvalidValueException if two rules share an id
   */
  public static <T> RuleSet<T> of(List<? extends Rule<T>> rules, RuleThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    List<Rule<T>> copy = new ArrayList<>();
    Set<RuleId> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule<T> rule = Objects.requireNonNull(rules.get(i), "rules[" + i + "]");
      if (!ids.add(rule.id())) {
        throw InvalidValueException.of("rules[" + i + "].id", "must be unique in the rule set", rule.id());
      }
      copy.add(rule);
    }
    return new RuleSet<>(Collections.unmodifiableList(copy), thresholds);
  }

  /**
   * Gets the rules, in evaluation order.
   *
   * @return the rules, not null
   */
  public List<Rule<T>> rules() {
    return rules;
  }

  /**
   * Gets the thresholds.
   *
   * @return the thresholds, not null
   */
  public RuleThresholds thresholds() {
    return thresholds;
  }

  /**
   * Returns a copy of this rule set with one more rule, evaluated last.
   *
   * @param rule  the rule, with an id not yet in the set, not null
   * @return the new rule set, not null
   * @throws InvalidValueException if the id is already used
   */
  public RuleSet<T> with(Rule<T> rule) {
    List<Rule<T>> more = new ArrayList<>(rules);
    more.add(Objects.requireNonNull(rule, "rule"));
    return of(more, thresholds);
  }

  /**
   * Returns a copy of this rule set with other thresholds.
   *
   * @param thresholds  the thresholds, not null
   * @return the new rule set, not null
   */
  public RuleSet<T> withThresholds(RuleThresholds thresholds) {
    return new RuleSet<>(rules, Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * Evaluates every rule on a subject.
   *
   * @param subject  the subject, not null
   * @param date  the date reported on a finding for a rule that throws, not null
   * @return the report, not null
   */
  public RuleReport evaluate(T subject, java.time.LocalDate date) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule<T> rule = rules.get(i);
      List<Finding> found;
      try {
        found = Objects.requireNonNull(rule.evaluate(subject, thresholds), "findings");
      } catch (RuntimeException e) {
        found = List.of(Finding.builder().ruleId(rule.id()).severity(Severity.ERROR).path(Path.root())
            .date(date).message("rule " + rule.id() + " failed: " + e.getClass().getSimpleName()).build());
      }
      if (found.size() > 1) {
        // a copy, as the rule's list may be unmodifiable; most rules find nothing or one thing
        found = new ArrayList<>(found);
        found.sort(BY_PATH);
      }
      // one by one: addAll copies the list into an array first
      for (int k = 0; k < found.size(); k++) {
        all.add(found.get(k));
      }
    }
    return RuleReport.of(all);
  }

  @Override
  public String toString() {
    return "RuleSet" + rules.stream().map(r -> r.id().toString()).toList();
  }
}
