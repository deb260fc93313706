package org.c2model.core.outcome;

import org.c2model.core.Coded;

/**
 * The group of Table 2 of the paper a long-term indicator belongs to, such as
 * {@link #DIRECTLY_COSTABLE} (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5,
 * "Table 2 of the paper").
 * <p>
 * Each group lies in one {@link IndicatorDomain}. A council's own indicator that fits no specific
 * group goes in {@link #OTHER_HEALTH} or {@link #OTHER_NEIGHBOURHOOD_CHANGE}.
 */
public enum IndicatorGroup implements Coded {
  /** Health, directly costable: A&amp;E visits, alcohol-related and cardiovascular admissions. */
  DIRECTLY_COSTABLE("directly_costable", IndicatorDomain.HEALTH, "Directly costable"),
  /** Health, costable with strong environmental causality: teenage conception, asthma, ... */
  COSTABLE_ENVIRONMENTAL("costable_environmental", IndicatorDomain.HEALTH, "Costable, strong environmental causality"),
  /** Other health indicators: breastfeeding, smoking, obesity. */
  OTHER_HEALTH("other_health", IndicatorDomain.HEALTH, "Other health"),
  /** Non-health, strongly health-correlated: anti-social behaviour, crime, fire, school absence. */
  HEALTH_CORRELATED("health_correlated", IndicatorDomain.NON_HEALTH, "Strongly health-correlated"),
  /** Non-health factors which may trigger health and non-health costs. */
  COST_TRIGGERING("cost_triggering", IndicatorDomain.NON_HEALTH, "May trigger health and non-health costs"),
  /** Other non-health indicators of neighbourhood change: attainment, free school meals, ... */
  OTHER_NEIGHBOURHOOD_CHANGE("other_neighbourhood_change", IndicatorDomain.NON_HEALTH, "Other indicators of neighbourhood change");

  private final IndicatorDomain domain;
  private final String title;

  private final String code;

  IndicatorGroup(String code, IndicatorDomain domain, String title) {
    this.code = code;
    this.domain = domain;
    this.title = title;
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

  /**
   * Gets the domain the group lies in.
   *
   * @return the domain, not null
   */
  public IndicatorDomain domain() {
    return domain;
  }

  /**
   * Gets the title of the group as Table 2 words it, such as {@code Directly costable}.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }
}
