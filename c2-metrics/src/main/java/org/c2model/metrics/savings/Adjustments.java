package org.c2model.metrics.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The adjustments from gross to net benefit, each a share from 0 to 1, such as deadweight 0.25,
 * attribution 0.5 and optimism bias 0.2 (HM Treasury / GMCA, <em>Supporting public service
 * transformation: cost benefit analysis guidance for local partnerships</em>, 2014).
 * <p>
 * Net = gross &times; (1 &minus; deadweight) &times; attribution &times; (1 &minus; optimism bias):
 * <ul>
 *   <li>deadweight: the share of the change that would have happened anyway, such as the fall seen
 *       in a comparator area ({@link #deadweightFromComparator});</li>
 *   <li>attribution: the share of the remaining change due to the partnership rather than other
 *       initiatives;</li>
 *   <li>optimism bias: the share by which appraisals tend to overstate benefits, higher when the
 *       evidence is weaker.</li>
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adjustments {

  private static final Adjustments NONE = of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO);

  Adjustments() {}

  /**
   * Gets the deadweight.
   *
   * @return the share that would have happened anyway, from 0 to 1
   */
  @Value.Parameter
  public abstract BigDecimal deadweight();

  /**
   * Gets the attribution.
   *
   * @return the share due to the partnership, from 0 to 1
   */
  @Value.Parameter
  public abstract BigDecimal attribution();

  /**
   * Gets the optimism bias.
   *
   * @return the share by which benefits are reduced, from 0 to 1
   */
  @Value.Parameter
  public abstract BigDecimal optimismBias();

  /**
   * Obtains adjustments.
   *
   * @param deadweight  the share that would have happened anyway, from 0 to 1, not null
   * @param attribution  the share due to the partnership, from 0 to 1, not null
   * @param optimismBias  the share by which benefits are reduced, from 0 to 1, not null
   * @return the adjustments, not null
   * @throws InvalidValueException if a share is outside 0 to 1
   */
  public static Adjustments of(BigDecimal deadweight, BigDecimal attribution, BigDecimal optimismBias) {
    return ImmutableAdjustments.of(deadweight, attribution, optimismBias);
  }

  /**
   * Obtains adjustments from decimal text, such as {@code of("0.25", "0.5", "0.2")}.
   *
   * @param deadweight  the deadweight, not null
   * @param attribution  the attribution, not null
   * @param optimismBias  the optimism bias, not null
   * @return the adjustments, not null
   * @throws InvalidValueException if a text is not a decimal number or a share is outside 0 to 1,
   *     naming the argument and the text
   */
  public static Adjustments of(String deadweight, String attribution, String optimismBias) {
    return of(decimal(deadweight, "deadweight"), decimal(attribution, "attribution"),
        decimal(optimismBias, "optimismBias"));
  }

  private static BigDecimal decimal(String text, String field) {
    Objects.requireNonNull(text, field);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(field, "must be a decimal number from 0 to 1, such as 0.25", "'" + text + "'");
    }
  }

  /**
   * Gets no adjustment: deadweight 0, attribution 1, optimism bias 0.
   *
   * @return the identity adjustments, not null
   */
  public static Adjustments none() {
    return NONE;
  }

  /**
   * Estimates deadweight from a comparator area: the comparator's relative fall divided by the
   * neighbourhood's, kept within 0 to 1.
   * <p>
   * If the neighbourhood fell 40% and the comparator 10%, a quarter of the fall would have happened
   * anyway: 0.25. A comparator that rose gives 0; a neighbourhood that did not fall gives 1 (nothing
   * is attributable).
   *
   * @param baseline  the neighbourhood's baseline count, positive, not null
   * @param followUp  the neighbourhood's follow-up count, zero or more, not null
   * @param comparatorBaseline  the comparator's baseline count, positive, not null
   * @param comparatorFollowUp  the comparator's follow-up count, zero or more, not null
   * @return the deadweight, from 0 to 1, at most {@value Scales#FACTOR} decimal places (half-even),
   *     not null
   * @throws InvalidValueException if a baseline is not positive or a follow-up negative
   */
  public static BigDecimal deadweightFromComparator(BigDecimal baseline, BigDecimal followUp,
      BigDecimal comparatorBaseline, BigDecimal comparatorFollowUp) {
    BigDecimal fall = relativeFall(baseline, followUp, "baseline", "followUp");
    BigDecimal comparatorFall = relativeFall(comparatorBaseline, comparatorFollowUp, "comparatorBaseline",
        "comparatorFollowUp");
    if (fall.signum() <= 0) {
      return BigDecimal.ONE;
    }
    if (comparatorFall.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return Scales.factor(comparatorFall.divide(fall, MathContext.DECIMAL128).min(BigDecimal.ONE));
  }

  private static BigDecimal relativeFall(BigDecimal baseline, BigDecimal followUp, String bField, String fField) {
    Objects.requireNonNull(baseline, bField);
    Objects.requireNonNull(followUp, fField);
    if (baseline.signum() <= 0) {
      throw InvalidValueException.of(bField, "must be positive", baseline);
    }
    if (followUp.signum() < 0) {
      throw InvalidValueException.of(fField, "must not be negative", followUp);
    }
    return baseline.subtract(followUp).divide(baseline, MathContext.DECIMAL128);
  }

  @Value.Check
  void check() {
    share(deadweight(), "deadweight");
    share(attribution(), "attribution");
    share(optimismBias(), "optimismBias");
  }

  private static void share(BigDecimal value, String field) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of(field, "must be from 0 to 1", value);
    }
  }

  /**
   * Returns a one-line summary, such as {@code deadweight 0.25, attribution 0.5, optimism bias 0.2}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "deadweight " + deadweight().stripTrailingZeros().toPlainString() + ", attribution "
        + attribution().stripTrailingZeros().toPlainString() + ", optimism bias "
        + optimismBias().stripTrailingZeros().toPlainString();
  }
}
