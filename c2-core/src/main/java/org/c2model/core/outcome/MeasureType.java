package org.c2model.core.outcome;

/**
 * How a long-term indicator is measured, such as a {@link #COUNT} of A&amp;E visits
 * ({@code C2-DOMAIN.md} section 5, "Table 2 of the paper").
 * <p>
 * The measure type tells the metrics engine which statistic and interval apply: a count or crude
 * rate takes Byar's method, a proportion or prevalence the Wilson score interval.
 */
public enum MeasureType {
  /** A crude count of events in a period, such as A&amp;E visits. */
  COUNT,
  /** Events per head of population in a period (per 1,000 or 100,000), such as conceptions. */
  CRUDE_RATE,
  /** A share of a group with a characteristic at an event, such as breastfeeding at 6 weeks. */
  PROPORTION,
  /** A share of a population living with a condition at a point in time, such as asthma. */
  PREVALENCE
}
