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
  public static final Codec<Step> STEP_CODE = Scalars.codes(Step.class);
  /** A criterion as its id, such as {@code "key_residents"}. */
  public static final Codec<Criterion> CRITERION_ID = Scalars.codes(Criterion.class);

  /** A piece of evidence: an activity, or a fact of the partnership record. */
  public static final ObjectCodec<Evidence, Values> EVIDENCE_CODEC =
      ObjectCodec.of(Evidence.class, Values::new, v -> Evidence.of(v.get("id"), v.get("type"), v.<LocalDate>get("date")))
          .field("id", Scalars.TEXT, Evidence::id, (b, v) -> b.put("id", v))
          .field("type", Scalars.TEXT, Evidence::type, (b, v) -> b.put("type", v))
          .field("date", Scalars.DATE, Evidence::date, (b, v) -> b.put("date", v))
          .build();

  /** The result of one criterion. {@code detail} is written even when empty, and is required. */
  public static final ObjectCodec<CriterionResult, CriterionResult.Builder> CRITERION_RESULT =
      ObjectCodec.of(CriterionResult.class, CriterionResult::builder, CriterionResult.Builder::build)
          .field("criterion", CRITERION_ID, CriterionResult::criterion, CriterionResult.Builder::criterion)
          .optional("metOn", Scalars.DATE, CriterionResult::metOn, CriterionResult.Builder::metOn)
          .list("evidence", EVIDENCE_CODEC, CriterionResult::evidence, CriterionResult.Builder::evidence)
          .field("detail", Scalars.TEXT, CriterionResult::detail, CriterionResult.Builder::detail)
          .build();

  /** The result of one step. */
  public static final ObjectCodec<StepResult, StepResult.Builder> STEP_RESULT =
      ObjectCodec.of(StepResult.class, StepResult::builder, StepResult.Builder::build)
          .field("step", STEP_CODE, StepResult::step, StepResult.Builder::step)
          .optional("attainedOn", Scalars.DATE, StepResult::attainedOn, StepResult.Builder::attainedOn)
          .list("criteria", CRITERION_RESULT, StepResult::criteria, StepResult.Builder::criteria)
          .list("nextActions", Scalars.TEXT, StepResult::nextActions, StepResult.Builder::nextActions)
          .build();

  /**
   * A step assessment; also the {@code step_assessment} document. The frontier, which c2-core
   * derives from the steps, is written too, and on reading must be the lowest step not attained
   * (absent when all seven are attained).
   */
  public static final ObjectCodec<StepAssessment, AssessmentParts> STEP_ASSESSMENT =
      ObjectCodec.of(StepAssessment.class, AssessmentParts::new, AssessmentParts::build)
          .field("partnershipId", Scalars.TEXT, StepAssessment::partnershipId, (b, v) -> b.builder.partnershipId(v))
          .field("asOf", Scalars.DATE, StepAssessment::asOf, (b, v) -> b.builder.asOf(v))
          .optional("frontier", STEP_CODE, StepAssessment::frontier, (b, v) -> b.frontier = Optional.of(v))
          .list("steps", STEP_RESULT, StepAssessment::steps, (b, v) -> b.builder.steps(v))
          .list("findings", RuleCodecs.FINDING, StepAssessment::findings, (b, v) -> b.builder.findings(v))
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
