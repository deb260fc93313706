package org.c2model.metrics.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Step;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.network.WeakConnectorCandidate;
import org.immutables.value.Value;

/**
 * What {@link ReportChanges} compares of an evaluation report: the steps attained, the rules
 * failing (governance and step rules with severity warning or error, by rule id and path), each
 * indicator's verdict and the weak connector candidates, by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportSnapshot {

  ReportSnapshot() {}

  /**
   * Gets the neighbourhood's id.
   *
   * @return the id, not blank
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the report's as-of date.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the steps attained.
   *
   * @return the steps, not null
   */
  public abstract Set<Step> attainedSteps();

  /**
   * Gets the failing rules: "rule-id path" (such as {@code Governance:ResidentMajority /board/members})
   * to the gravest severity of their findings.
   *
   * @return the failures, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Severity> ruleFailures();

  /**
   * Gets each indicator's verdict code, such as {@code better} ({@code Comparison} codes): the relative
   * verdict against the comparator where there is one, otherwise the verdict on its own change.
   *
   * @return verdicts by indicator id, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> verdicts();

  /**
   * Gets the ids of the weak connector candidates, residents and agency staff.
   *
   * @return the ids, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> weakConnectors();

  /**
   * Takes the snapshot of a report.
   *
   * @param report  the report, not null
   * @return the snapshot, not null
   */
  public static ReportSnapshot of(EvaluationReport report) {
    SortedMap<String, Severity> failures = new TreeMap<>();
    for (List<Finding> findings : List.of(report.governance().findings(), report.steps().findings())) {
      for (Finding f : findings) {
        if (f.severity().isAtLeast(Severity.WARNING)) {
          failures.merge(f.ruleId() + " " + f.path().toJsonPointer(), f.severity(),
              (a, b) -> a.isAtLeast(b) ? a : b);
        }
      }
    }
    SortedMap<String, String> verdicts = new TreeMap<>();
    for (IndicatorChange c : report.indicatorChanges()) {
      verdicts.put(c.indicator().id(), c.relativeVerdict().orElse(c.verdict()).code());
    }
    SortedSet<String> connectors = new TreeSet<>();
    report.weakConnectors().residents().stream().map(WeakConnectorCandidate::personId).forEach(connectors::add);
    report.weakConnectors().agencyStaff().stream().map(WeakConnectorCandidate::personId).forEach(connectors::add);
    return builder().neighbourhoodId(report.neighbourhoodId()).asOf(report.asOf())
        .attainedSteps(report.steps().attainedSteps()).ruleFailures(failures).verdicts(verdicts)
        .weakConnectors(connectors).build();
  }

  /**
   * Returns a builder, for a snapshot of a report stored elsewhere.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ReportSnapshot}; {@code build()} rejects blank ids and keys. */
  public static final class Builder extends ImmutableReportSnapshot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(neighbourhoodId(), "neighbourhoodId");
    ruleFailures().keySet().forEach(k -> Checks.notBlank(k, "ruleFailures"));
    verdicts().forEach((k, v) -> {
      Checks.notBlank(k, "verdicts");
      Checks.notBlank(v, "verdicts[" + k + "]");
    });
    weakConnectors().forEach(k -> Checks.notBlank(k, "weakConnectors"));
  }
}
