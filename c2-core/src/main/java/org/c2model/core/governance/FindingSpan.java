package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.immutables.value.Value;

/**
 * A period during which one rule failed at one path, such as the resident majority lost on
 * {@code 2010-03-01} when resident {@code R7} left and regained on {@code 2010-05-01}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FindingSpan {

  FindingSpan() {}

  /**
   * Gets the first finding of the span, on the day the rule started failing.
   *
   * @return the finding, not null
   */
  public abstract Finding finding();

  /**
   * Gets the board changes on the day the rule started failing, such as
   * {@code resident R7 left}; empty when nothing on the board changed that day.
   *
   * @return the cause, not null
   */
  public abstract String cause();

  /**
   * Gets the first day the rule no longer failed at this path.
   *
   * @return the end, empty if still failing at the end of the record
   */
  public abstract Optional<LocalDate> until();

  /**
   * Gets the board changes on the day the rule stopped failing.
   *
   * @return the changes, empty while still failing or when nothing changed
   */
  public abstract String resolvedBy();

  /**
   * Gets the rule id.
   *
   * @return the rule id, not null
   */
  public RuleId ruleId() {
    return finding().ruleId();
  }

  /**
   * Gets the path.
   *
   * @return the path, not null
   */
  public Path path() {
    return finding().path();
  }

  /**
   * Gets the first day the rule failed at this path.
   *
   * @return the start, not null
   */
  public LocalDate from() {
    return finding().date();
  }

  /**
   * Checks if the rule was failing at this path on a day.
   *
   * @param date  the day, not null
   * @return true if the span covers the day
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  static FindingSpan of(Finding finding, String cause, Optional<LocalDate> until, String resolvedBy) {
    return ImmutableFindingSpan.builder().finding(finding).cause(cause).until(until).resolvedBy(resolvedBy).build();
  }

  /**
   * Returns a line such as {@code 2010-03-01 to 2010-05-01 ERROR Governance:ResidentMajority at
   * /board/members: residents 5, agency representatives 6; ... (when resident R7 left)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(from()).append(" to ").append(until().map(LocalDate::toString).orElse("(still failing)"))
        .append(' ').append(finding().severity().name()).append(' ').append(ruleId())
        .append(" at ").append(path()).append(": ").append(finding().message());
    if (!cause().isEmpty()) {
      sb.append(" (when ").append(cause()).append(')');
    }
    return sb.toString();
  }
}
