/**
 * Public-health statistics with confidence intervals, computed the way UK public-health analysts
 * compute them (the PHE/OHID "Technical Guide: Confidence Intervals" and the R package
 * PHEindicatormethods, whose test vectors they reproduce).
 * <p>
 * Every result is an {@link org.c2model.metrics.stats.Estimate}: value, interval, confidence
 * level, method and inputs, with an explicit reason where the reference would return {@code NA}.
 * <ul>
 *   <li>{@link org.c2model.metrics.stats.Proportions}: survey results with Wilson score
 *       intervals ("18 of 25 feel they belong");</li>
 *   <li>{@link org.c2model.metrics.stats.Rates}: crude rates with Byar's or exact intervals;</li>
 *   <li>{@link org.c2model.metrics.stats.StandardisedRates}: directly standardised rates
 *       (Dobson) and indirectly standardised ratios and rates;</li>
 *   <li>{@link org.c2model.metrics.stats.Means}: means with Student's t intervals;</li>
 *   <li>{@link org.c2model.metrics.stats.Change}: rate ratios, percentage change ("down by 77%")
 *       and difference in differences against a comparator;</li>
 *   <li>{@link org.c2model.metrics.stats.Benchmarks} and
 *       {@link org.c2model.metrics.stats.Funnels}: better / similar / worse against a benchmark,
 *       respecting the indicator's {@link org.c2model.metrics.stats.Polarity}, and funnel-plot
 *       control limits.</li>
 * </ul>
 * Confidence levels are {@link org.c2model.metrics.stats.ConfidenceLevel}s, 95% and 99.8% being
 * the ones Fingertips publishes. Bad input (a negative count, a numerator above its denominator,
 * a zero population, strata of different lengths) throws
 * {@link org.c2model.core.InvalidValueException} naming the argument and the value. Missing
 * values, where a method accepts them, are given as NaN, standing for R's {@code NA}.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.stats;

import org.c2model.core.style.C2Style;
