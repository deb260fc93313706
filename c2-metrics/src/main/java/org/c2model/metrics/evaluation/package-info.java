/**
 * The evaluation of a C2 neighbourhood: steps, intermediate outcomes, long-term indicator changes
 * and the invest-to-save case in one report (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * and absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.evaluation;

import org.c2model.core.style.C2Style;
