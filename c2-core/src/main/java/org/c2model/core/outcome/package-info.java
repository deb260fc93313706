/**
 * The outcomes framework of C2 (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section
 * 5), as data.
 * <p>
 * Early {@link org.c2model.core.outcome.IntermediateOutcome}s (service changes; community
 * organisation, networks and social capital; resident-organised activities) lead over 3-5 years to
 * long-term outcomes in indicators agencies already collect: the
 * {@link org.c2model.core.outcome.LongTermIndicator}s of an
 * {@link org.c2model.core.outcome.IndicatorCatalogue}, whose standard form covers every row of
 * Table 2 of the paper. The {@link org.c2model.core.outcome.OutcomesFramework} links each
 * intermediate outcome to the indicators it is expected to drive, with a rationale per
 * {@link org.c2model.core.outcome.OutcomeLink}, and answers both "which indicators should move if
 * service changes are happening?" and "which outcomes drive burglary?".
 * <p>
 * Nothing here computes; the metrics engine (c2-metrics) measures the indicators.
 */
@C2Style
package org.c2model.core.outcome;

import org.c2model.core.style.C2Style;
