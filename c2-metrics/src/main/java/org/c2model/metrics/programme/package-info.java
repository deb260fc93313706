/**
 * A programme of many C2 partnerships: every site evaluated in one call into a portfolio, sites
 * needing attention first with the reason as findings; and what changed in one neighbourhood between
 * two evaluation reports (<i>Positively Local</i> secs. 2, 4 and 5; {@code docs/c2-model.md}
 * sections 2, 4 and 5; the rule ids are in {@code docs/rules.md}).
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * and absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.programme;

import org.c2model.core.style.C2Style;
