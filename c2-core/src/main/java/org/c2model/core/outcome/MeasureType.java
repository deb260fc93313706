package org.c2model.core.outcome;

import org.c2model.core.Coded;

/**
 * How a long-term indicator is measured, such as a {@link #COUNT} of A&amp;E visits
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, "Table 2 of the paper").
 * <p>
 * The measure type tells the metrics engine which statistic and interval apply: a count or crude
 * rate takes Byar's method, a proportion or prevalence the Wilson score interval.
 */
public enum MeasureType implements Coded {
  /** A crude count of events in a period, such as A&amp;E visits. */
  COUNT("count"),
  /** Events per head of population in a period (per 1,000 or 100,000), such as conceptions. */
  CRUDE_RATE("crude_rate"),
  /** A share of a group with a characteristic at an event, such as breastfeeding at 6 weeks. */
  PROPORTION("proportion"),
  /** A share of a population living with a condition at a point in time, such as asthma. */
  PREVALENCE("prevalence");

  private final String code;

  MeasureType(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code of this constant, as the c2 formats write it.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }
}
