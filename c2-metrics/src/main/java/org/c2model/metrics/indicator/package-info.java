/**
 * Indicator observations at sub-ward level and their aggregation to a neighbourhood
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: long-term indicators are
 * tracked at sub-ward level).
 * <p>
 * Guided tour: an {@link org.c2model.metrics.indicator.Observation} is one indicator's numerator
 * (and optional denominator) for one GSS area in one
 * {@link org.c2model.metrics.indicator.ReportingPeriod}, on one
 * {@link org.c2model.metrics.indicator.BoundaryVintage}. An
 * {@link org.c2model.metrics.indicator.ObservationSource} answers queries for observations, so the
 * storage behind it can change. {@link org.c2model.metrics.indicator.IndicatorAggregation} sums the
 * areas of a neighbourhood into one {@link org.c2model.metrics.indicator.IndicatorSeries} per
 * indicator, translating older boundary vintages through a
 * {@link org.c2model.metrics.indicator.BoundaryLookup} and reporting, as findings, data it cannot
 * sum honestly. {@link org.c2model.metrics.indicator.IndicatorSeries#totals(StudyWindow)} gives the
 * numerator and denominator totals of a baseline or follow-up
 * {@link org.c2model.metrics.indicator.StudyWindow}.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.indicator;

import org.c2model.core.style.C2Style;
