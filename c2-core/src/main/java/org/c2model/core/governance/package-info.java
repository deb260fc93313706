/**
 * The governance rules of a C2 partnership board (<i>Positively Local</i> sec. 4;
 * {@code docs/c2-model.md} section 4):
 * {@link org.c2model.core.governance.GovernanceRules} evaluates a board on one day,
 * {@link org.c2model.core.governance.GovernanceHistory} over the partnership's whole history.
 */
@C2Style
package org.c2model.core.governance;

import org.c2model.core.style.C2Style;
