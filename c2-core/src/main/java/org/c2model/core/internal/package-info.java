/** Internal support shared by c2-core's packages; not exported, not API. */
package org.c2model.core.internal;
