/** Internal support shared by c2-metrics' packages; not exported, not API. */
package org.c2model.metrics.internal;
