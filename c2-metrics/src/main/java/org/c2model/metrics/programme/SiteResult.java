package org.c2model.metrics.programme;

import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Step;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.stats.Comparison;
import org.immutables.value.Value;

/**
 * One site of a {@link PortfolioReport}: its evaluation report (empty when the evaluation failed)
 * and the reasons it needs attention, as findings with their paths under {@code /sites/<id>}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SiteResult {

  SiteResult() {}

  /**
   * Gets the site's id.
   *
   * @return the id, not blank
   */
  public abstract String siteId();

  /**
   * Gets the id of the site's neighbourhood.
   *
   * @return the id, not blank
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the site's evaluation report.
   *
   * @return the report, empty when the evaluation failed (see {@link #attention()})
   */
  public abstract Optional<EvaluationReport> report();

  /**
   * Gets the reasons the site needs attention: failing rules of severity error, indicators that got
   * worse, a stall, or the evaluation's failure.
   *
   * @return the findings, empty when the site needs none, not null
   */
  public abstract List<Finding> attention();

  /**
   * Gets whether the site needs attention.
   *
   * @return true if there is at least one reason
   */
  public boolean needsAttention() {
    return !attention().isEmpty();
  }

  /**
   * Gets whether the site was evaluated.
   *
   * @return false if its evaluation failed
   */
  public boolean evaluated() {
    return report().isPresent();
  }

  /**
   * Gets the site's frontier, the lowest step not yet attained.
   *
   * @return the step, empty when all seven are attained or the site was not evaluated
   */
  public Optional<Step> frontier() {
    return report().flatMap(r -> r.steps().frontier());
  }

  /**
   * Gets the number of steps attained.
   *
   * @return 0 to 7; 0 when the site was not evaluated
   */
  public int stepsAttained() {
    return report().map(r -> r.steps().attainedSteps().size()).orElse(0);
  }

  /**
   * Gets the number of governance findings of a severity on the as-of date.
   *
   * @param severity  the severity, not null
   * @return the count, 0 when the site was not evaluated
   */
  public int governanceFindings(Severity severity) {
    return report().map(r -> r.governance().bySeverity(severity).size()).orElse(0);
  }

  /**
   * Gets the number of indicators with a verdict.
   *
   * @param verdict  the verdict, such as {@link Comparison#WORSE}, not null
   * @return the number of indicators whose change has that verdict, 0 when the site was not evaluated
   */
  public int indicators(Comparison verdict) {
    return (int) report().stream().flatMap(r -> r.indicatorChanges().stream()).map(IndicatorChange::verdict)
        .filter(verdict::equals).count();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link SiteResult}; {@code build()} requires a report or a reason it is missing. */
  public static final class Builder extends ImmutableSiteResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(siteId(), "siteId");
    Checks.notBlank(neighbourhoodId(), "neighbourhoodId");
    if (report().isEmpty() && attention().stream().noneMatch(f -> f.ruleId().equals(Programme.SITE_NOT_EVALUATED))) {
      throw InvalidValueException.of("report", "must be given unless a " + Programme.SITE_NOT_EVALUATED
          + " finding says why not", "empty");
    }
    report().ifPresent(r -> {
      if (!r.neighbourhoodId().equals(neighbourhoodId())) {
        throw InvalidValueException.of("report.neighbourhoodId", "must be the site's neighbourhoodId "
            + neighbourhoodId(), r.neighbourhoodId());
      }
    });
  }

  /**
   * Returns one line: ids and counts only.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (report().isEmpty()) {
      return "site " + siteId() + " (neighbourhood " + neighbourhoodId() + "): not evaluated";
    }
    return "site " + siteId() + " (neighbourhood " + neighbourhoodId() + ") as of " + report().get().asOf()
        + ": " + stepsAttained() + " of 7 steps, frontier " + frontier().map(s -> "step " + s.number()).orElse("none")
        + ", " + governanceFindings(Severity.ERROR) + " governance errors, " + attention().size() + " reasons for attention";
  }
}
