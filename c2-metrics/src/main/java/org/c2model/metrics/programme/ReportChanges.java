package org.c2model.metrics.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleId;
import org.c2model.core.step.Step;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.immutables.value.Value;

/**
 * What changed in one neighbourhood between two evaluation reports, such as the one shown at the
 * last board and today's (both may be read back from their stored {@code evaluation_report}
 * documents): steps attained or lapsed, rule failures started or ended, indicators that changed
 * verdict, weak connectors gained or lost (<i>Positively Local</i> secs. 2 to 5;
 * {@code docs/c2-model.md} sections 2 to 5).
 *
 * <pre>{@code
 * ReportChanges changes = ReportChanges.between(lastBoard, today);
 * changes.inCategory(ChangeCategory.STEP_LAPSED);   // the steps whose evidence lapsed
 * changes.findings();                               // Change:* findings, dated today
 * }</pre>
 * <p>
 * Comparing a report with itself finds nothing; each change is in exactly one {@link ChangeCategory};
 * comparing the other way round finds the {@link ReportChange#mirror() mirror} of every change.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportChanges {

  /** A step not attained before is attained now. */
  public static final RuleId STEP_ATTAINED = RuleId.of("Change:StepAttained");
  /** A step attained before is no longer attained. */
  public static final RuleId STEP_LAPSED = RuleId.of("Change:StepLapsed");
  /** A governance or step rule started failing. */
  public static final RuleId RULE_FAILURE_STARTED = RuleId.of("Change:RuleFailureStarted");
  /** A governance or step rule stopped failing. */
  public static final RuleId RULE_FAILURE_ENDED = RuleId.of("Change:RuleFailureEnded");
  /** An indicator's verdict changed. */
  public static final RuleId VERDICT_CHANGED = RuleId.of("Change:VerdictChanged");
  /** A person became a weak connector candidate. */
  public static final RuleId WEAK_CONNECTOR_GAINED = RuleId.of("Change:WeakConnectorGained");
  /** A person is a weak connector candidate no longer. */
  public static final RuleId WEAK_CONNECTOR_LOST = RuleId.of("Change:WeakConnectorLost");

  private static final String ATTAINED = "attained";
  private static final String NOT_ATTAINED = "not attained";
  private static final String CONNECTOR = "weak connector";
  private static final String NOT_CONNECTOR = "not a weak connector";

  ReportChanges() {}

  /**
   * Gets the neighbourhood's id.
   *
   * @return the id, not blank
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the as-of date of the first report compared.
   *
   * @return the date, not null
   */
  public abstract LocalDate before();

  /**
   * Gets the as-of date of the second report compared.
   *
   * @return the date, not null
   */
  public abstract LocalDate after();

  /**
   * Gets every change, by category and then subject.
   *
   * @return the changes, not null
   */
  public abstract List<ReportChange> changes();

  /**
   * Gets the changes of one category.
   *
   * @param category  the category, not null
   * @return the changes, by subject, not null
   */
  public List<ReportChange> inCategory(ChangeCategory category) {
    Objects.requireNonNull(category, "category");
    return changes().stream().filter(c -> c.category() == category).collect(Collectors.toList());
  }

  /**
   * Gets whether nothing changed.
   *
   * @return true if there is no change
   */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /**
   * Gets every change as a {@code Change:*} finding dated on the second report's as-of date.
   *
   * @return the findings, in change order, not null
   */
  public List<Finding> findings() {
    return changes().stream().map(c -> c.toFinding(after())).collect(Collectors.toList());
  }

  /**
   * Compares two reports of the same neighbourhood.
   *
   * @param before  the earlier report, such as the one read from last time's {@code evaluation.json}, not null
   * @param after  the later report, not null
   * @return the changes from {@code before} to {@code after}, not null
   * @throws InvalidValueException if the reports are of different neighbourhoods
   */
  public static ReportChanges between(EvaluationReport before, EvaluationReport after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return between(ReportSnapshot.of(before), ReportSnapshot.of(after));
  }

  /**
   * Compares the snapshots of two reports of the same neighbourhood.
   *
   * @param before  the earlier snapshot, not null
   * @param after  the later snapshot, not null
   * @return the changes from {@code before} to {@code after}, not null
   * @throws InvalidValueException if the snapshots are of different neighbourhoods
   */
  public static ReportChanges between(ReportSnapshot before, ReportSnapshot after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.neighbourhoodId().equals(after.neighbourhoodId())) {
      throw InvalidValueException.of("after.neighbourhoodId", "must be the earlier report's neighbourhood "
          + before.neighbourhoodId(), after.neighbourhoodId());
    }
    List<ReportChange> out = new ArrayList<>();
    for (Step s : Step.values()) {
      boolean was = before.attainedSteps().contains(s);
      boolean is = after.attainedSteps().contains(s);
      if (was != is) {
        out.add(ReportChange.of(is ? ChangeCategory.STEP_ATTAINED : ChangeCategory.STEP_LAPSED,
            Integer.toString(s.number()), was ? ATTAINED : NOT_ATTAINED, is ? ATTAINED : NOT_ATTAINED));
      }
    }
    for (String key : union(before.ruleFailures(), after.ruleFailures())) {
      boolean was = before.ruleFailures().containsKey(key);
      boolean is = after.ruleFailures().containsKey(key);
      if (was != is) {
        out.add(ReportChange.of(is ? ChangeCategory.RULE_FAILURE_STARTED : ChangeCategory.RULE_FAILURE_ENDED, key,
            was ? before.ruleFailures().get(key).code() : ReportChange.PASSING,
            is ? after.ruleFailures().get(key).code() : ReportChange.PASSING));
      }
    }
    for (String id : union(before.verdicts(), after.verdicts())) {
      String was = before.verdicts().getOrDefault(id, ReportChange.NOT_MEASURED);
      String is = after.verdicts().getOrDefault(id, ReportChange.NOT_MEASURED);
      if (!was.equals(is)) {
        out.add(ReportChange.of(ChangeCategory.VERDICT_CHANGED, id, was, is));
      }
    }
    Set<String> people = new TreeSet<>(before.weakConnectors());
    people.addAll(after.weakConnectors());
    for (String id : people) {
      boolean was = before.weakConnectors().contains(id);
      boolean is = after.weakConnectors().contains(id);
      if (was != is) {
        out.add(ReportChange.of(is ? ChangeCategory.WEAK_CONNECTOR_GAINED : ChangeCategory.WEAK_CONNECTOR_LOST, id,
            was ? CONNECTOR : NOT_CONNECTOR, is ? CONNECTOR : NOT_CONNECTOR));
      }
    }
    out.sort(ORDER);
    return builder().neighbourhoodId(before.neighbourhoodId()).before(before.asOf())
        .after(after.asOf()).changes(out).build();
  }

  /** Category, then subject (steps by number, which are one digit). */
  private static final Comparator<ReportChange> ORDER = Comparator.comparing(ReportChange::category)
      .thenComparing(ReportChange::subject);

  /**
   * Returns a builder, for changes stored earlier (such as read back from a {@code report_changes}
   * document); compute them with {@link #between}. {@code build()} checks that they fit together.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ReportChanges}; {@code build()} throws {@link InvalidValueException} naming the
   * field when the id is blank, the changes are not in category and subject order, or one subject is
   * changed twice in one category.
   */
  public static final class Builder extends ImmutableReportChanges.Builder {
    Builder() {}
  }

  private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  @Value.Check
  void check() {
    Checks.notBlank(neighbourhoodId(), "neighbourhoodId");
    for (int i = 1; i < changes().size(); i++) {
      if (ORDER.compare(changes().get(i - 1), changes().get(i)) >= 0) {
        throw InvalidValueException.of("changes[" + i + "]", "must follow changes[" + (i - 1) + "] in category "
            + "and subject order, each subject once a category", changes().get(i).category().code() + " "
            + changes().get(i).subject());
      }
    }
  }

  /**
   * Returns the changes by category, ids and counts only.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Changes in ").append(neighbourhoodId()).append(" from ").append(before())
        .append(" to ").append(after()).append(": ");
    if (isEmpty()) {
      return sb.append("none").toString();
    }
    sb.append(changes().size()).append('\n');
    for (ChangeCategory c : ChangeCategory.values()) {
      List<ReportChange> in = inCategory(c);
      if (!in.isEmpty()) {
        sb.append("  ").append(c.heading()).append(" (").append(in.size()).append(")\n");
        in.forEach(x -> sb.append("    ").append(x).append('\n'));
      }
    }
    return sb.toString().stripTrailing();
  }
}
