package org.c2model.core.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.immutables.value.Value;

/**
 * The assessment of a journey as of a date: for each of the seven steps whether and since when it is
 * attained, on what evidence, what is missing and what to do next; the frontier; and the timing and
 * quality findings of the journey rules (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2).
 * <p>
 * Obtain one from {@link JourneyRules#assess(org.c2model.core.journey.Journey, LocalDate)}. Its
 * {@link #toString()} is a small table for JShell:
 * <pre>
 * Journey of P-TOWNSTAL as of 2009-12-31; frontier: step 6 Taking action
 * step                                   attained on  evidence  missing
 * 1 Locate energy for change             2009-03-03         6  -
 * ...
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepAssessment {

  StepAssessment() {}

  /**
   * Gets the id of the partnership whose journey was assessed.
   *
   * @return the partnership id, not null
   */
  @Value.Parameter
  public abstract String partnershipId();

  /**
   * Gets the date of the assessment; later evidence is ignored.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Gets the result of each step, step 1 first.
   *
   * @return the seven step results, not null
   */
  @Value.Parameter
  public abstract List<StepResult> steps();

  /**
   * Gets the findings of the journey rules, in rule order and then path order.
   *
   * @return the findings, not null
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * Gets the result of one step.
   *
   * @param step  the step, not null
   * @return the result, not null
   */
  public StepResult step(Step step) {
    return steps().get(step.ordinal());
  }

  /**
   * Gets the frontier: the lowest step not yet attained. Later steps may already be attained, since
   * steps are attained by their evidence, not in order.
   *
   * @return the frontier, empty when all seven steps are attained
   */
  public Optional<Step> frontier() {
    return steps().stream().filter(s -> !s.isAttained()).map(StepResult::step).findFirst();
  }

  /**
   * Gets the steps attained.
   *
   * @return the steps, in order, not null
   */
  public List<Step> attainedSteps() {
    return steps().stream().filter(StepResult::isAttained).map(StepResult::step).collect(Collectors.toList());
  }

  /**
   * Gets the findings as a report.
   *
   * @return the report, not null
   */
  public RuleReport report() {
    return RuleReport.of(findings());
  }

  static StepAssessment of(String partnershipId, LocalDate asOf, List<StepResult> steps, List<Finding> findings) {
    return ImmutableStepAssessment.of(partnershipId, asOf, steps, findings);
  }

  /**
   * Returns a builder, for an assessment stored earlier and read back (such as from JSON); to assess
   * a journey, use {@link JourneyRules#assess(org.c2model.core.journey.Journey, LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link StepAssessment}; {@code build()} checks every invariant: the seven steps in
   * order, and no date after the assessment date.
   */
  public static final class Builder extends ImmutableStepAssessment.Builder {
    Builder() {}
  }

  /**
   * Checks the shape every assessment has (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
   * section 2): one result per step, step
   * 1 first, and nothing dated after the assessment date, since later evidence is ignored.
   */
  @Value.Check
  void check() {
    Checks.notBlank(partnershipId(), "partnershipId");
    List<Step> all = Step.ALL;
    if (steps().size() != all.size()) {
      throw InvalidValueException.of("steps", "must hold the " + all.size() + " steps", steps().size() + " results");
    }
    for (int i = 0; i < all.size(); i++) {
      StepResult s = steps().get(i);
      if (s.step() != all.get(i)) {
        throw InvalidValueException.of("steps[" + i + "].step", "must be " + all.get(i).code(), s.step().code());
      }
      afterAsOf(s.attainedOn().orElse(null), i, -1, -1);
      for (int j = 0; j < s.criteria().size(); j++) {
        CriterionResult c = s.criteria().get(j);
        afterAsOf(c.metOn().orElse(null), i, j, -1);
        for (int k = 0; k < c.evidence().size(); k++) {
          afterAsOf(c.evidence().get(k).date(), i, j, k);
        }
      }
    }
  }

  /**
   * Checks a date of step {@code i}: its attainment, or criterion {@code j}'s date, or that
   * criterion's evidence {@code k}'s date (-1 where not); the field is named only on failure (an
   * assessment holds dozens of dates, and naming each cost more than checking it).
   */
  private void afterAsOf(LocalDate date, int i, int j, int k) {
    if (date != null && date.isAfter(asOf())) {
      String field = "steps[" + i + "]" + (j < 0 ? ".attainedOn"
          : ".criteria[" + j + "]" + (k < 0 ? ".metOn" : ".evidence[" + k + "].date"));
      throw InvalidValueException.of(field, "must not be after asOf " + asOf(), date);
    }
  }

  /**
   * Returns a small table (step, attained on, evidence count, missing criteria) followed by the
   * findings, one per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("Journey of ").append(partnershipId()).append(" as of ").append(asOf()).append("; frontier: ")
        .append(frontier().map(s -> "step " + s).orElse("none, all seven steps attained")).append('\n');
    sb.append(String.format(Locale.ROOT, "%-38s %-11s %9s  %s%n", "step", "attained on", "evidence", "missing"));
    for (StepResult s : steps()) {
      String missing = s.criteria().stream().filter(c -> !c.isMet())
          .map(c -> c.criterion().id() + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")"))
          .collect(Collectors.joining(", "));
      sb.append(String.format(Locale.ROOT, "%-38s %-11s %9d  %s%n", s.step(),
          s.attainedOn().map(LocalDate::toString).orElse("-"), s.evidence().size(), missing.isEmpty() ? "-" : missing));
    }
    sb.append(findings().isEmpty() ? "no findings" : "findings:\n" + report());
    return sb.toString();
  }
}
