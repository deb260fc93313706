/**
 * The governance rules of a C2 partnership board ({@code C2-DOMAIN.md} section 4):
 * {@link org.c2model.core.governance.GovernanceRules} evaluates a board on one day,
 * {@link org.c2model.core.governance.GovernanceHistory} over the partnership's whole history.
 */
@C2Style
package org.c2model.core.governance;

import org.c2model.core.style.C2Style;
