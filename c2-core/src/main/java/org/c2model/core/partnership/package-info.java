/**
 * Who is in a C2 partnership ({@code docs/c2-model.md} sections 3 and 4).
 * <p>
 * A {@link org.c2model.core.partnership.Partnership} lists its
 * {@link org.c2model.core.partnership.Resident}s and
 * {@link org.c2model.core.partnership.AgencyRepresentative}s once, and keeps its board as dated
 * history: {@link org.c2model.core.partnership.Membership} spells and
 * {@link org.c2model.core.partnership.OfficerTerm}s. {@code boardOn(date)} gives the
 * {@link org.c2model.core.partnership.Board} of one day.
 */
@C2Style
package org.c2model.core.partnership;

import org.c2model.core.style.C2Style;
