package org.c2model.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

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

  /**
   * Obtains a rule from its id, description and body, the short way to write a council's own rule:
   * <pre>{@code
   * Rule<Board> quorum = Rule.of(RuleId.of("Council:Quorum"), "At least 15 members.", (board, t) ->
   *     board.members().size() >= 15 ? List.of()
   *         : List.of(Finding.of(RuleId.of("Council:Quorum"), Severity.WARNING, Path.of("board", "members"),
   *             board.date(), "members " + board.members().size() + ", quorum 15")));
   * }</pre>
   *
   * @param <T>  the type of subject
   * @param id  the rule id, not null
   * @param description  what the rule checks, not null
   * @param body  evaluates a subject under thresholds, returning findings, not null
   * @return the rule, whose {@code toString()} is its id, not null
   */
  static <T> Rule<T> of(RuleId id, String description,
      BiFunction<? super T, ? super RuleThresholds, ? extends List<Finding>> body) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(body, "body");
    return new Rule<>() {
      @Override
      public RuleId id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public List<Finding> evaluate(T subject, RuleThresholds thresholds) {
        List<Finding> found = body.apply(subject, thresholds);
        // most rules find nothing: no copy then
        return found.isEmpty() ? List.of() : List.copyOf(found);
      }

      @Override
      public String toString() {
        return id.toString();
      }
    };
  }
}
