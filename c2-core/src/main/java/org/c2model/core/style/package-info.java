/**
 * The Immutables style shared by the c2 modules ({@link org.c2model.core.style.C2Style}); build support,
 * not domain API.
 */
package org.c2model.core.style;
