package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AS_OF;
import static org.c2model.json.internal.C2JsonNames.ATTAINED_ON;
import static org.c2model.json.internal.C2JsonNames.CRITERIA;
import static org.c2model.json.internal.C2JsonNames.CRITERION;
import static org.c2model.json.internal.C2JsonNames.DATE;
import static org.c2model.json.internal.C2JsonNames.DETAIL;
import static org.c2model.json.internal.C2JsonNames.EVIDENCE;
import static org.c2model.json.internal.C2JsonNames.FINDINGS;
import static org.c2model.json.internal.C2JsonNames.FRONTIER;
import static org.c2model.json.internal.C2JsonNames.ID;
import static org.c2model.json.internal.C2JsonNames.MET_ON;
import static org.c2model.json.internal.C2JsonNames.NEXT_ACTIONS;
import static org.c2model.json.internal.C2JsonNames.PARTNERSHIP_ID;
import static org.c2model.json.internal.C2JsonNames.STEP;
import static org.c2model.json.internal.C2JsonNames.STEPS;
import static org.c2model.json.internal.C2JsonNames.TYPE;

import java.time.LocalDate;
import org.c2model.core.step.Criterion;
import org.c2model.core.step.CriterionResult;
import org.c2model.core.step.Evidence;
import org.c2model.core.step.Step;
import org.c2model.core.step.StepAssessment;
import org.c2model.core.step.StepResult;

/**
 * The codecs of {@code org.c2model.core.step}: the {@code step_assessment} document.
 * <p>
 * A step assessment is a <em>write-only report</em>: c2-core computes it with
 * {@code JourneyRules.assess(journey, date)} and offers no way to build one from its parts, so c2
 * writes it for other systems to read and never reads it back; a Java caller recomputes it from the
 * journey instead. Reading one fails with that reason. Its pieces of evidence, steps and criteria
 * are ordinary values and are read where they appear.
 */
public final class StepCodecs {

  private StepCodecs() {}

  private static final String WRITE_ONLY = "a step assessment is written, not read: read the journey and "
      + "recompute it with JourneyRules.assess(journey, date)";

  /** A step as its code, such as {@code "create_vision"}. */
  public static final Codec<Step> STEP_CODE = Scalars.codes(Step.class, Step::code);
  /** A criterion as its id, such as {@code "key_residents"}. */
  public static final Codec<Criterion> CRITERION_ID = Scalars.codes(Criterion.class, Criterion::id);

  /** A piece of evidence: an activity, or a fact of the partnership record. */
  public static final ObjectCodec<Evidence, Values> EVIDENCE_CODEC =
      ObjectCodec.of(Evidence.class, Values::new, v -> Evidence.of(v.get(ID), v.get(TYPE), v.<LocalDate>get(DATE)))
          .field(ID, Scalars.TEXT, Evidence::id, (b, v) -> b.put(ID, v))
          .field(TYPE, Scalars.TEXT, Evidence::type, (b, v) -> b.put(TYPE, v))
          .field(DATE, Scalars.DATE, Evidence::date, (b, v) -> b.put(DATE, v))
          .build();

  /** The result of one criterion; write-only. {@code detail} is written even when empty. */
  public static final ObjectCodec<CriterionResult, Void> CRITERION_RESULT =
      ObjectCodec.writeOnly(CriterionResult.class, WRITE_ONLY)
          .field(CRITERION, CRITERION_ID, CriterionResult::criterion, null)
          .optional(MET_ON, Scalars.DATE, CriterionResult::metOn, null)
          .list(EVIDENCE, EVIDENCE_CODEC, CriterionResult::evidence, null)
          .field(DETAIL, Scalars.TEXT, CriterionResult::detail, null)
          .build();

  /** The result of one step; write-only. */
  public static final ObjectCodec<StepResult, Void> STEP_RESULT =
      ObjectCodec.writeOnly(StepResult.class, WRITE_ONLY)
          .field(STEP, STEP_CODE, StepResult::step, null)
          .optional(ATTAINED_ON, Scalars.DATE, StepResult::attainedOn, null)
          .list(CRITERIA, CRITERION_RESULT, StepResult::criteria, null)
          .list(NEXT_ACTIONS, Scalars.TEXT, StepResult::nextActions, null)
          .build();

  /**
   * A step assessment; also the write-only {@code step_assessment} document. The frontier, which
   * c2-core derives from the steps, is written too, for readers that want only it.
   */
  public static final ObjectCodec<StepAssessment, Void> STEP_ASSESSMENT =
      ObjectCodec.writeOnly(StepAssessment.class, WRITE_ONLY)
          .field(PARTNERSHIP_ID, Scalars.TEXT, StepAssessment::partnershipId, null)
          .field(AS_OF, Scalars.DATE, StepAssessment::asOf, null)
          .optional(FRONTIER, STEP_CODE, StepAssessment::frontier, null)
          .list(STEPS, STEP_RESULT, StepAssessment::steps, null)
          .list(FINDINGS, RuleCodecs.FINDING, StepAssessment::findings, null)
          .build();
}
