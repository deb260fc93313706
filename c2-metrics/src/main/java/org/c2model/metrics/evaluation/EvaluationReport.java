package org.c2model.metrics.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.step.StepAssessment;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.network.NetworkChange;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.savings.SavingsEstimate;
import org.immutables.value.Value;

/**
 * The evaluation of one C2 neighbourhood as of a date: the step table, governance findings,
 * intermediate outcomes, long-term indicator changes and the invest-to-save case
 * ({@code docs/c2-model.md} sections 2, 4 and 5). Produced by {@link Evaluation#run()}.
 * <p>
 * {@link #toString()} prints the whole report as text a council officer can read.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationReport {

  EvaluationReport() {}

  /**
   * Gets the neighbourhood's id.
   *
   * @return the id, not null
   */
  public abstract String neighbourhoodId();

  /**
   * Gets the neighbourhood's name.
   *
   * @return the name, not null
   */
  public abstract String neighbourhoodName();

  /**
   * Gets the date the evaluation is as of.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the step assessment, with its timing and quality findings.
   *
   * @return the assessment, not null
   */
  public abstract StepAssessment steps();

  /**
   * Gets the top priorities residents chose at the latest listening event with a prioritisation
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3: "residents
   * prioritise them into a top five").
   *
   * @return the themes, best first, empty when no listening event was prioritised, not null
   */
  public abstract List<String> topPriorities();

  /**
   * Gets the governance findings on the board as it stood on {@link #asOf()}.
   *
   * @return the report, not null
   */
  public abstract RuleReport governance();

  /**
   * Gets the intermediate outcomes measured from the journey.
   *
   * @return the measures, not null
   */
  public abstract IntermediateOutcomeMeasures intermediateOutcomes();

  /**
   * Gets the baseline window used for the indicators.
   *
   * @return the window, empty when no window could be set
   */
  public abstract Optional<StudyWindow> baseline();

  /**
   * Gets the follow-up window used for the indicators.
   *
   * @return the window, empty when no window could be set
   */
  public abstract Optional<StudyWindow> followUp();

  /**
   * Gets the comparator neighbourhood's id.
   *
   * @return the id, empty without a comparator
   */
  public abstract Optional<String> comparatorId();

  /**
   * Gets every span, up to the as-of date, in which a governance rule failed, with its dates and
   * causes ({@code Governance:FailedDuringPeriod}); the as-of day alone is in {@link #governance()}.
   *
   * @return the spans as findings, dated at their start, not null
   */
  public abstract List<Finding> governanceHistory();

  /**
   * Gets the change of each long-term indicator with data in both windows.
   *
   * @return the changes, in catalogue order, not null
   */
  public abstract List<IndicatorChange> indicatorChanges();

  /**
   * Gets the findings about the indicator data: mixed boundary vintages, gaps, overlaps.
   *
   * @return the findings, not null
   */
  public abstract List<Finding> dataFindings();

  /**
   * Gets how the network of the journey's people changed, from the day the constitution was adopted
   * (or the journey's start) to {@link #asOf()}: evidence of intermediate outcome 2, community
   * networks (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5).
   *
   * @return the change, not null
   */
  public abstract NetworkChange networkChange();

  /**
   * Gets the weak connectors of the journey's network as of {@link #asOf()}
   * (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md} section 3, "weak connector").
   *
   * @return the candidates and findings, not null
   */
  public abstract WeakConnectors weakConnectors();

  /**
   * Gets the invest-to-save appraisal.
   *
   * @return the appraisal, empty without unit costs
   */
  public abstract Optional<SavingsEstimate> savings();

  /**
   * Gets every finding of the report: steps, governance, data and indicator windows.
   *
   * @return the findings, not null
   */
  public List<Finding> findings() {
    List<Finding> all = new java.util.ArrayList<>(steps().findings());
    all.addAll(governance().findings());
    all.addAll(weakConnectors().findings());
    all.addAll(dataFindings());
    indicatorChanges().forEach(c -> all.addAll(c.findings()));
    return all;
  }

  /**
   * Returns a builder, for a report stored earlier (such as read back from a document); compute a
   * report with {@link Evaluation#run()}. {@code build()} checks that the parts fit together, not
   * that they follow from a journey.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link EvaluationReport}; {@code build()} throws {@link InvalidValueException}
   * naming the field when the parts do not fit together: a blank id, a part dated other than
   * {@code asOf}, only one of the two windows, indicator changes without windows or in other windows,
   * an indicator compared twice, or a change against a comparator the report does not name.
   */
  public static final class Builder extends ImmutableEvaluationReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(neighbourhoodId(), "neighbourhoodId");
    sameDay("steps.asOf", steps().asOf());
    sameDay("networkChange.after.date", networkChange().after().date());
    sameDay("weakConnectors.date", weakConnectors().date());
    if (baseline().isPresent() != followUp().isPresent()) {
      throw InvalidValueException.of(baseline().isPresent() ? "followUp" : "baseline",
          "must be given with the other window", "empty");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < indicatorChanges().size(); i++) {
      IndicatorChange c = indicatorChanges().get(i);
      String field = "indicatorChanges[" + i + "]";
      if (baseline().isEmpty()) {
        throw InvalidValueException.of("baseline", "must be given with indicator changes", "empty");
      }
      if (!c.target().baseline().window().equals(baseline().get())) {
        throw InvalidValueException.of(field + ".target.baseline.window", "must be the baseline " + baseline().get(),
            c.target().baseline().window());
      }
      if (!c.target().followUp().window().equals(followUp().get())) {
        throw InvalidValueException.of(field + ".target.followUp.window", "must be the follow-up "
            + followUp().get(), c.target().followUp().window());
      }
      if (!ids.add(c.indicator().id())) {
        throw InvalidValueException.of(field + ".indicator.id", "must not be compared twice", c.indicator().id());
      }
      if (c.comparator().isPresent() && comparatorId().isEmpty()) {
        throw InvalidValueException.of(field + ".comparator", "must be empty when the report names no comparatorId",
            "present");
      }
    }
  }

  private void sameDay(String field, LocalDate date) {
    if (!date.equals(asOf())) {
      throw InvalidValueException.of(field, "must be the report's asOf " + asOf(), date);
    }
  }

  /**
   * Returns the report as text a council officer can read.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("C2 evaluation of ").append(neighbourhoodName()).append(" (").append(neighbourhoodId())
        .append(") as of ").append(asOf()).append("\n\n");
    sb.append("Steps\n").append(steps()).append("\n\n");
    if (!topPriorities().isEmpty()) {
      sb.append("Listening event: top ").append(topPriorities().size()).append(" priorities\n");
      for (int i = 0; i < topPriorities().size(); i++) {
        sb.append("  ").append(i + 1).append(". ").append(topPriorities().get(i)).append('\n');
      }
      sb.append('\n');
    }
    sb.append("Governance on ").append(asOf()).append('\n').append(governance()).append('\n');
    sb.append("Governance over the whole period to ").append(asOf()).append('\n');
    if (governanceHistory().isEmpty()) {
      sb.append("  no rule failed at any time\n");
    }
    governanceHistory().forEach(f -> sb.append("  ").append(f.message()).append('\n'));
    sb.append('\n');
    sb.append("Intermediate outcomes\n").append(intermediateOutcomes()).append("\n\n");
    sb.append("Community network\n").append(networkChange()).append('\n').append(weakConnectors()).append("\n\n");
    sb.append("Long-term indicators");
    baseline().ifPresent(b -> sb.append(": baseline ").append(b));
    followUp().ifPresent(f -> sb.append(", follow-up ").append(f));
    comparatorId().ifPresent(c -> sb.append(", comparator ").append(c));
    sb.append(" (end dates exclusive; no data after ").append(asOf()).append(" read)\n");
    if (indicatorChanges().isEmpty()) {
      sb.append("no indicator data\n");
    }
    java.util.Set<Finding> printed = new java.util.HashSet<>();
    for (IndicatorChange c : indicatorChanges()) {
      sb.append("  ").append(c).append('\n');
      String prefix = "/indicators/" + c.indicator().id();
      // Every data-quality finding goes under the figure it qualifies.
      for (Finding f : c.findings()) {
        if (printed.add(f)) {
          sb.append("      ").append(f).append('\n');
        }
      }
      for (Finding f : dataFindings()) {
        if (f.path().toString().startsWith(prefix) && printed.add(f)) {
          sb.append("      ").append(f).append('\n');
        }
      }
    }
    dataFindings().stream().filter(f -> !printed.contains(f))
        .forEach(f -> sb.append("  ").append(f).append('\n'));
    savings().ifPresent(s -> sb.append("\nInvest-to-save\n").append(s));
    return sb.toString();
  }
}
