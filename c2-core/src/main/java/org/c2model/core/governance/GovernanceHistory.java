package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleSet;

/**
 * The governance rules evaluated over a partnership's whole history: when each rule started and
 * stopped failing, and which board change caused it (<i>Positively Local</i> sec. 4;
 * {@code docs/c2-model.md} section 4: the rules
 * "hold at every point in time after formalisation: a board change can break the majority, and the
 * library must say so, with the date").
 * <p>
 * The board is evaluated on every day it changed ({@link Partnership#changeDates()}), which sees
 * every state it was ever in.
 *
 * <pre>{@code
 * GovernanceHistory history = GovernanceHistory.of(partnership);
 * System.out.println(history);
 * // 2010-03-01 to (still failing) ERROR Governance:ResidentMajority at /board/members:
 * //   residents 5, agency representatives 6: ... (when resident R7 left)
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GovernanceHistory {

  private final List<FindingSpan> spans;

  private GovernanceHistory(List<FindingSpan> spans) {
    this.spans = spans;
  }

  /**
   * Evaluates the standard governance rules over a partnership's history.
   *
   * @param partnership  the partnership, not null
   * @return the history, not null
   */
  public static GovernanceHistory of(Partnership partnership) {
    return of(partnership, GovernanceRules.standard());
  }

  /**
   * Evaluates a rule set over a partnership's history.
   *
   * @param partnership  the partnership, not null
   * @param rules  the rules, such as the standard ones plus a council's own, not null
   * @return the history, not null
   */
  public static GovernanceHistory of(Partnership partnership, RuleSet<Board> rules) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(rules, "rules");
    record Key(RuleId ruleId, Path path) {}
    record Open(Finding finding, String cause) {}
    Map<Key, Open> open = new LinkedHashMap<>();
    List<FindingSpan> spans = new ArrayList<>();
    Board previous = null;
    for (LocalDate date : partnership.changeDates()) {
      Board board = partnership.boardOn(date);
      String change = describeChanges(previous, board);
      Map<Key, Finding> now = new LinkedHashMap<>();
      for (Finding f : rules.evaluate(board, date).findings()) {
        now.putIfAbsent(new Key(f.ruleId(), f.path()), f);
      }
      for (var it = open.entrySet().iterator(); it.hasNext();) {
        var e = it.next();
        Finding still = now.get(e.getKey());
        if (still == null || still.severity() != e.getValue().finding().severity()) {
          spans.add(FindingSpan.of(e.getValue().finding(), e.getValue().cause(), Optional.of(date), change));
          it.remove();
        }
      }
      for (var e : now.entrySet()) {
        open.putIfAbsent(e.getKey(), new Open(e.getValue(), change));
      }
      previous = board;
    }
    open.values().forEach(o -> spans.add(FindingSpan.of(o.finding(), o.cause(), Optional.empty(), "")));
    spans.sort(Comparator.comparing(FindingSpan::from).thenComparing(FindingSpan::ruleId)
        .thenComparing(FindingSpan::path));
    return new GovernanceHistory(List.copyOf(spans));
  }

  /**
   * Gets every span during which a rule failed, ordered by start date, rule id and path.
   *
   * @return the spans, not null
   */
  public List<FindingSpan> spans() {
    return spans;
  }

  /**
   * Gets the spans of one rule.
   *
   * @param ruleId  the rule id, not null
   * @return the spans, not null
   */
  public List<FindingSpan> spans(RuleId ruleId) {
    return spans.stream().filter(s -> s.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /**
   * Gets the spans failing on a day.
   *
   * @param date  the day, not null
   * @return the spans covering the day, not null
   */
  public List<FindingSpan> failingOn(LocalDate date) {
    return spans.stream().filter(s -> s.covers(date)).collect(Collectors.toList());
  }

  private static String describeChanges(Board before, Board after) {
    List<String> changes = new ArrayList<>();
    if (before == null) {
      return "";
    }
    if (!before.constituted() && after.constituted()) {
      changes.add("the constitution was adopted");
    }
    Set<String> beforeIds = ids(before.members());
    Set<String> afterIds = ids(after.members());
    for (BoardMember m : before.members()) {
      if (!afterIds.contains(m.person().id())) {
        changes.add(m.person().describe() + " left");
      }
    }
    for (BoardMember m : after.members()) {
      if (!beforeIds.contains(m.person().id())) {
        changes.add(m.person().describe() + " joined");
      }
    }
    for (OfficerRole role : OfficerRole.values()) {
      Person was = before.officers().get(role);
      Person is = after.officers().get(role);
      String wasId = was == null ? null : was.id();
      String isId = is == null ? null : is.id();
      if (!Objects.equals(wasId, isId)) {
        changes.add(is == null ? wasId + " stood down as " + role.code()
            : is.id() + " became " + role.code());
      }
    }
    return String.join(", ", changes);
  }

  private static Set<String> ids(List<BoardMember> members) {
    return members.stream().map(m -> m.person().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns one line per span, or {@code no governance findings}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return spans.isEmpty() ? "no governance findings"
        : spans.stream().map(FindingSpan::toString).collect(Collectors.joining("\n"));
  }
}
