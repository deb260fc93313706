package org.c2model.core.outcome;

/**
 * Whether a long-term indicator is a health or a non-health indicator, the two halves of Table 2
 * of the paper (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5, "Table 2 of the
 * paper").
 */
public enum IndicatorDomain {
  /** Health indicators, such as A&amp;E visits or breastfeeding at 6 weeks. */
  HEALTH,
  /** Non-health indicators, such as anti-social behaviour or school absenteeism. */
  NON_HEALTH
}
