package org.c2model.json.internal;


import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.step.Criterion;
import org.c2model.core.step.CriterionResult;
import org.c2model.core.step.Evidence;
import org.c2model.core.step.Step;
import org.c2model.core.step.StepAssessment;
import org.c2model.core.step.StepResult;

/**
 * The codecs of {@code org.c2model.core.step}: the {@code step_assessment} document.
 * <p>
 * A step assessment is computed by {@code JourneyRules.assess(journey, date)} and stored by the
 * systems that embed c2; it is read back through the public builders of the step results, which
 * check every invariant (the seven steps in order, each with its own criteria, nothing dated after
 * the assessment date). The frontier is derived from the steps; it is written for readers that
 * want only it, and on reading must agree with the steps.
 */
public final class StepCodecs {

  private StepCodecs() {}

  /** A step as its code, such as {@code "create_vision"}. */
  public static final Codec<Step> STEP_CODE = Scalars.codes(Step.class, "A step of the C2 journey, in order.");
  /** A criterion as its id, such as {@code "key_residents"}. */
  public static final Codec<Criterion> CRITERION_ID =
      Scalars.codes(Criterion.class, "A criterion of a step, in the order of the steps.");

  /** A piece of evidence: an activity, or a fact of the partnership record. */
  public static final ObjectCodec<Evidence, Values> EVIDENCE_CODEC =
      ObjectCodec.of(Evidence.class, Values::new, v -> Evidence.of(v.get("id"), v.get("type"), v.<LocalDate>get("date")))
          .describedAs("A dated piece of evidence: an activity (its id and type), or a fact of the partnership record "
              + "(neighbourhood, board_membership, constitution_adopted).")
          .field("id", Scalars.ID, Evidence::id, (b, v) -> b.put("id", v))
          .field("type", Scalars.TEXT, Evidence::type, (b, v) -> b.put("type", v))
          .field("date", Scalars.DATE, Evidence::date, (b, v) -> b.put("date", v))
          .build();

  /** The result of one criterion. {@code detail} is written even when empty, and is required. */
  public static final ObjectCodec<CriterionResult, CriterionResult.Builder> CRITERION_RESULT =
      ObjectCodec.of(CriterionResult.class, CriterionResult::builder, CriterionResult.Builder::build)
          .describedAs("Whether one criterion was met, since when and on what evidence.")
          .field("criterion", CRITERION_ID, CriterionResult::criterion, CriterionResult.Builder::criterion)
          .optional("metOn", Scalars.DATE, CriterionResult::metOn, CriterionResult.Builder::metOn)
          .doc("The day it was met; absent if not met.")
          .list("evidence", EVIDENCE_CODEC, CriterionResult::evidence, CriterionResult.Builder::evidence)
          .doc("The evidence found, in date order.")
          .field("detail", Scalars.TEXT, CriterionResult::detail, CriterionResult.Builder::detail)
          .doc("The count behind the result, in words, such as 3 of 5 key residents; empty when there is "
              + "nothing to count.")
          .constrain("minLength", 0)
          .build();

  /** The result of one step. */
  public static final ObjectCodec<StepResult, StepResult.Builder> STEP_RESULT =
      ObjectCodec.of(StepResult.class, StepResult::builder, StepResult.Builder::build)
          .describedAs("The result of one step.")
          .field("step", STEP_CODE, StepResult::step, StepResult.Builder::step)
          .optional("attainedOn", Scalars.DATE, StepResult::attainedOn, StepResult.Builder::attainedOn)
          .doc("The day the step was attained; absent if not attained.")
          .list("criteria", CRITERION_RESULT, StepResult::criteria, StepResult.Builder::criteria)
          .doc("The step's criteria, in order.")
          .list("nextActions", Scalars.TEXT, StepResult::nextActions, StepResult.Builder::nextActions)
          .doc("Suggested next actions; empty once attained.")
          .build();

  /**
   * A step assessment; also the {@code step_assessment} document. The frontier, which c2-core
   * derives from the steps, is written too, and on reading must be the lowest step not attained
   * (absent when all seven are attained).
   */
  public static final ObjectCodec<StepAssessment, AssessmentParts> STEP_ASSESSMENT =
      ObjectCodec.of(StepAssessment.class, AssessmentParts::new, AssessmentParts::build)
          .describedAs("The assessment of a journey's seven steps as of a date, and the journey rules' findings. "
              + "Computed by c2 from a journey; stored and read back, checked (the seven steps in order, "
              + "nothing dated after asOf, the frontier agreeing with the steps). Findings are described by "
              + "findings.schema.json, which a validator must be given alongside this schema.")
          .field("partnershipId", Scalars.ID, StepAssessment::partnershipId, (b, v) -> b.builder.partnershipId(v))
          .field("asOf", Scalars.DATE, StepAssessment::asOf, (b, v) -> b.builder.asOf(v))
          .optional("frontier", STEP_CODE, StepAssessment::frontier, (b, v) -> b.frontier = Optional.of(v))
          .doc("The lowest step not yet attained; absent when all seven are.")
          .list("steps", STEP_RESULT, StepAssessment::steps, (b, v) -> b.builder.steps(v))
          .doc("The seven step results, step 1 first.")
          .constrain("minItems", 7)
          .constrain("maxItems", 7)
          .list("findings", RuleCodecs.FINDING, StepAssessment::findings, (b, v) -> b.builder.findings(v))
          .doc("The findings of the journey rules, in rule order then path order.")
          .build();

  /** A step assessment being read: its builder, and the frontier as written, checked once built. */
  static final class AssessmentParts {
    final StepAssessment.Builder builder = StepAssessment.builder();
    Optional<Step> frontier = Optional.empty();

    StepAssessment build() {
      StepAssessment a = builder.build();
      if (!a.frontier().equals(frontier)) {
        throw InvalidValueException.of("frontier", "must be the lowest step not attained, "
            + a.frontier().map(Step::code).orElse("absent when all seven are attained"),
            frontier.map(Step::code).orElse("absent"));
      }
      return a;
    }
  }
}
