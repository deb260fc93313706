/**
 * Synthetic control: a counterfactual for a treated neighbourhood built as a weighted combination
 * of untreated donor areas that tracks it before the intervention (Abadie, Diamond &amp; Hainmueller
 * 2010; Abadie 2021), with placebo inference; {@code docs/statistics.md} section "Synthetic
 * control".
 * <ul>
 *   <li>{@link org.c2model.metrics.synth.SyntheticControlInput}: the treated series, the donors'
 *       series by area code, the number of pre-intervention periods and optional predictors,
 *       weighted as given or by the data-driven V of the {@code Synth} packages
 *       ({@link org.c2model.metrics.synth.PredictorWeighting});</li>
 *   <li>{@link org.c2model.metrics.synth.SyntheticControl#fit(SyntheticControlInput)}: donor
 *       weights, the pre-period fit, the post-period gap and its cumulative total in events,
 *       placebo-in-space and placebo-in-time inference, and a finding when the pre-period fit is
 *       too poor to trust.</li>
 * </ul>
 * Results name areas by code and hold counts and rates only, never personal data.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms and absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.synth;

import org.c2model.core.style.C2Style;
