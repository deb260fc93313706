/**
 * The seven steps of C2 and the assessment of a journey against them (<i>Positively Local</i> sec.
 * 2; {@code docs/c2-model.md}
 * section 2).
 * <p>
 * Each {@link org.c2model.core.step.Step} has its {@link org.c2model.core.step.Criterion criteria}
 * as data. {@link org.c2model.core.step.JourneyRules#assess(org.c2model.core.journey.Journey,
 * java.time.LocalDate) JourneyRules.assess(journey, date)} gives a
 * {@link org.c2model.core.step.StepAssessment}: per step, whether and since when it is attained, on
 * what {@link org.c2model.core.step.Evidence}, what is missing and the suggested next actions; the
 * frontier (the lowest step not attained); and the timing and quality findings of the journey rules.
 *
 * <pre>{@code
 * StepAssessment assessment = JourneyRules.assess(journey, LocalDate.of(2009, 12, 31));
 * System.out.println(assessment);          // a table: step, attained on, evidence, missing
 * assessment.frontier();                   // Optional[6 Taking action]
 * }</pre>
 */
@C2Style
package org.c2model.core.step;

import org.c2model.core.style.C2Style;
