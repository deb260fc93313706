/**
 * Invest-to-save: what a fall in costable indicators is worth, to whom, against what was invested
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: indicators chosen because
 * they correlate with significant cost
 * savings, the basis of an invest-to-save case).
 * <p>
 * The method follows HM Treasury's <em>The Green Book: appraisal and evaluation in central
 * government</em> (discounting at 3.5% a year, declining after 30 years) and HM Treasury / GMCA
 * (New Economy), <em>Supporting public service transformation: cost benefit analysis guidance for
 * local partnerships</em> (2014): gross benefits adjusted for deadweight, attribution and optimism
 * bias; fiscal, economic and social value kept apart; and who invests set against who benefits.
 * <p>
 * Guided tour: {@link org.c2model.metrics.savings.UnitCost}s (a {@link org.c2model.core.Money}
 * amount, {@link org.c2model.metrics.savings.PriceYear}, bearing
 * {@link org.c2model.metrics.savings.AgencyCode} and {@link org.c2model.metrics.savings.ValueType}) form a
 * {@link org.c2model.metrics.savings.UnitCostTable}, read from CSV or the
 * {@link org.c2model.metrics.savings.UnitCostTable#sample() sample} and uprated with a
 * {@link org.c2model.metrics.savings.DeflatorTable}. A
 * {@link org.c2model.metrics.savings.SavingsAppraisal} combines them with
 * {@link org.c2model.metrics.savings.AvoidedEvents}, {@link org.c2model.metrics.savings.Adjustments},
 * {@link org.c2model.metrics.savings.Investment}s and a
 * {@link org.c2model.metrics.savings.DiscountSchedule}; its
 * {@link org.c2model.metrics.savings.SavingsAppraisal#evaluate() evaluate()} gives a
 * {@link org.c2model.metrics.savings.SavingsEstimate} showing every step.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.metrics.savings;

import org.c2model.core.Money;
import org.c2model.core.style.C2Style;
