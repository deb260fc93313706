/**
 * A columnar store of indicator observations for national-scale data, and the screening of many
 * neighbourhoods over it (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5:
 * long-term indicators tracked at sub-ward
 * level).
 * <p>
 * Guided tour: {@link org.c2model.metrics.indicator.store.ColumnarObservations} holds observations
 * in compressed primitive columns (runs of one area and period, a byte per indicator and numerator
 * with an escape for larger values: about 2.3 to 2.6 bytes per observation of monthly data), built
 * one observation at a time by its
 * {@link org.c2model.metrics.indicator.store.ColumnarObservations.Builder} (which reports
 * {@link org.c2model.metrics.indicator.store.LoadProgress}). It is an
 * {@link org.c2model.metrics.indicator.ObservationSource}, so the aggregation of
 * {@code org.c2model.metrics.indicator} works on it unchanged. For the bulk question, a
 * {@link org.c2model.metrics.indicator.store.ScreeningQuery} (neighbourhoods, indicators, a
 * baseline and a follow-up window) gives a
 * {@link org.c2model.metrics.indicator.store.ScreeningResult} of totals and crude rates with
 * Byar's (or exact) intervals, one {@link org.c2model.metrics.indicator.store.ScreeningRow} per
 * neighbourhood and indicator.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.indicator.store;

import org.c2model.core.style.C2Style;
