/**
 * Places: the {@link org.c2model.core.place.Neighbourhood} a partnership works in and the GSS
 * {@link org.c2model.core.place.AreaCode}s it covers.
 */
@C2Style
package org.c2model.core.place;

import org.c2model.core.style.C2Style;
