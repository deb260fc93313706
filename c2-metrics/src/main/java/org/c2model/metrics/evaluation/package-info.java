/**
 * The evaluation of a C2 neighbourhood: steps, intermediate outcomes, long-term indicator changes
 * and the invest-to-save case in one report ({@code C2-DOMAIN.md} section 5).
 */
@C2Style
package org.c2model.metrics.evaluation;

import org.c2model.core.style.C2Style;
