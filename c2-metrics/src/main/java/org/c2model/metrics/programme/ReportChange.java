package org.c2model.metrics.programme;

import java.time.LocalDate;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Severity;
import org.immutables.value.Value;

/**
 * One change between two evaluation reports of a neighbourhood, such as "step 5 lapsed" or
 * "Governance:ResidentMajority started failing at /board/members": its category, what changed (a
 * step number, a rule id and path, an indicator id or a person id) and its state before and after.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportChange {

  /** The state of an indicator measured in only one of the two reports. */
  public static final String NOT_MEASURED = "not measured";
  /** The state of a rule that raised no finding of severity warning or error. */
  public static final String PASSING = "passing";

  ReportChange() {}

  /**
   * Gets the category.
   *
   * @return the category, not null
   */
  public abstract ChangeCategory category();

  /**
   * Gets what changed: a step's number, a rule id and JSON Pointer path ({@code Governance:Quorum /board}),
   * an indicator id or a person id.
   *
   * @return the subject, not blank
   */
  public abstract String subject();

  /**
   * Gets its state in the earlier report (the first one compared), such as "not attained" or "similar".
   *
   * @return the state, not blank
   */
  public abstract String before();

  /**
   * Gets its state in the later report (the second one compared), such as "attained" or "worse".
   *
   * @return the state, not blank
   */
  public abstract String after();

  /**
   * Obtains a change.
   *
   * @param category  the category, not null
   * @param subject  what changed, not blank
   * @param before  the state before, not blank
   * @param after  the state after, not blank
   * @return the change, not null
   */
  public static ReportChange of(ChangeCategory category, String subject, String before, String after) {
    return ImmutableReportChange.builder().category(category).subject(subject).before(before).after(after).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(subject(), "subject");
    Checks.notBlank(before(), "before");
    Checks.notBlank(after(), "after");
    if ((category() == ChangeCategory.STEP_ATTAINED || category() == ChangeCategory.STEP_LAPSED)
        && !subject().matches("[1-7]")) {
      throw org.c2model.core.InvalidValueException.of("subject", "must be a step number from 1 to 7", subject());
    }
    if (category() == ChangeCategory.RULE_FAILURE_STARTED || category() == ChangeCategory.RULE_FAILURE_ENDED) {
      // "rule-id path": both parts are checked here, so that every change can become a finding.
      int space = subject().indexOf(' ');
      if (space < 0) {
        throw org.c2model.core.InvalidValueException.of("subject", "must be a rule id, a space and a JSON Pointer",
            subject());
      }
      org.c2model.core.rule.RuleId.of(subject().substring(0, space));
      Path.parse(subject().substring(space + 1));
    }
    if (before().equals(after())) {
      throw org.c2model.core.InvalidValueException.of("after", "must differ from before " + before(), after());
    }
  }

  /**
   * Gets the same change seen from the other report: the mirror category, before and after swapped.
   *
   * @return the mirror, not null
   */
  public ReportChange mirror() {
    return of(category().mirror(), subject(), after(), before());
  }

  /**
   * Gets the change as a finding dated on the later report's as-of date, its path where the change
   * is: {@code /steps/5}, the failing rule's own path, {@code /indicators/<id>} or {@code /weakConnectors/<id>}.
   *
   * @param date  the later report's as-of date, not null
   * @return the finding, not null
   */
  public Finding toFinding(LocalDate date) {
    Severity severity = category() == ChangeCategory.VERDICT_CHANGED && after().equals("worse")
        ? Severity.WARNING : category().severity();
    Finding.Builder f = Finding.builder().ruleId(category().ruleId()).severity(severity).date(date)
        .message(toString()).putArgs("subject", subject()).putArgs("before", before()).putArgs("after", after());
    return f.path(path()).build();
  }

  private Path path() {
    return switch (category()) {
      case STEP_ATTAINED, STEP_LAPSED -> Path.of("steps", subject());
      case RULE_FAILURE_STARTED, RULE_FAILURE_ENDED -> {
        int space = subject().indexOf(' ');
        yield space < 0 ? Path.root() : Path.parse(subject().substring(space + 1));
      }
      case VERDICT_CHANGED -> Path.of("indicators", subject());
      case WEAK_CONNECTOR_GAINED, WEAK_CONNECTOR_LOST -> Path.of("weakConnectors", subject());
    };
  }

  /**
   * Returns the change in words, such as "step 5 lapsed (attained -> not attained)".
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String what = switch (category()) {
      case STEP_ATTAINED -> "step " + subject() + " attained";
      case STEP_LAPSED -> "step " + subject() + " lapsed";
      case RULE_FAILURE_STARTED -> "rule " + subject() + " started failing";
      case RULE_FAILURE_ENDED -> "rule " + subject() + " stopped failing";
      case VERDICT_CHANGED -> "indicator " + subject() + " changed verdict";
      case WEAK_CONNECTOR_GAINED -> "weak connector " + subject() + " gained";
      case WEAK_CONNECTOR_LOST -> "weak connector " + subject() + " lost";
    };
    return what + " (" + before() + " -> " + after() + ")";
  }
}
