package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleThresholds;

/**
 * One of the standard governance rules, in one of two shapes the sweep of {@link GovernanceHistory}
 * can evaluate without rebuilding the board on every change date: a board-wide rule reads only a
 * {@link BoardState}; a member rule gives at most one finding per member, from that member alone.
 */
final class StandardRule implements Rule<Board> {

  /** The finding of a member rule for one member, or null when the member passes. */
  @FunctionalInterface
  interface MemberCheck {
    Finding check(BoardMember member, LocalDate date);
  }

  private final RuleId id;
  private final String description;
  private final BiFunction<BoardState, RuleThresholds, List<Finding>> boardCheck;
  private final MemberCheck memberCheck;

  private StandardRule(RuleId id, String description,
      BiFunction<BoardState, RuleThresholds, List<Finding>> boardCheck, MemberCheck memberCheck) {
    this.id = Objects.requireNonNull(id, "id");
    this.description = Objects.requireNonNull(description, "description");
    this.boardCheck = boardCheck;
    this.memberCheck = memberCheck;
  }

  static StandardRule boardWide(RuleId id, String description,
      BiFunction<BoardState, RuleThresholds, List<Finding>> check) {
    return new StandardRule(id, description, Objects.requireNonNull(check, "check"), null);
  }

  static StandardRule perMember(RuleId id, String description, MemberCheck check) {
    return new StandardRule(id, description, null, Objects.requireNonNull(check, "check"));
  }

  /** True for a member rule, false for a board-wide one. */
  boolean perMember() {
    return memberCheck != null;
  }

  /** Evaluates a board-wide rule on a state. */
  List<Finding> evaluate(BoardState state, RuleThresholds thresholds) {
    return List.copyOf(boardCheck.apply(state, thresholds));
  }

  /** Evaluates a member rule on one member; null when the member passes. */
  Finding evaluate(BoardMember member, LocalDate date) {
    return memberCheck.check(member, date);
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Finding> evaluate(Board board, RuleThresholds thresholds) {
    if (!perMember()) {
      return evaluate(BoardState.of(board), thresholds);
    }
    List<Finding> found = new ArrayList<>();
    List<BoardMember> members = board.members();
    for (int i = 0; i < members.size(); i++) {
      BoardMember m = members.get(i);
      Finding f = memberCheck.check(m, board.date());
      if (f != null) {
        found.add(f);
      }
    }
    return List.copyOf(found);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
