package org.c2model.metrics.savings;

import org.c2model.core.internal.Checks;
import java.util.Locale;
import org.c2model.core.Money;
import org.immutables.value.Value;

/**
 * One row of a one-way sensitivity table: the NPV with one assumption alone at the low and at the
 * high end of its range, every other input at its stated value (HM Treasury, <em>The Green Book</em>:
 * sensitivity analysis).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sensitivity {

  Sensitivity() {}

  /**
   * Gets the assumption varied, such as {@code attribution} or {@code events avoided}.
   *
   * @return the assumption, not blank
   */
  @Value.Parameter
  public abstract String assumption();

  /**
   * Gets the low end, in words, such as {@code stated - 0.25}.
   *
   * @return the low end, not null
   */
  @Value.Parameter
  public abstract String low();

  /**
   * Gets the high end, in words.
   *
   * @return the high end, not null
   */
  @Value.Parameter
  public abstract String high();

  /**
   * Gets the NPV with the assumption at its low end.
   *
   * @return the NPV, to the penny, not null
   */
  @Value.Parameter
  public abstract Money npvAtLow();

  /**
   * Gets the NPV with the assumption at its high end.
   *
   * @return the NPV, to the penny, not null
   */
  @Value.Parameter
  public abstract Money npvAtHigh();

  /**
   * Obtains a row.
   *
   * @param assumption  the assumption, not blank
   * @param low  the low end in words, not null
   * @param high  the high end in words, not null
   * @param npvAtLow  the NPV at the low end, not null
   * @param npvAtHigh  the NPV at the high end, not null
   * @return the row, not null
   */
  public static Sensitivity of(String assumption, String low, String high, Money npvAtLow, Money npvAtHigh) {
    return ImmutableSensitivity.of(assumption, low, high, npvAtLow, npvAtHigh);
  }

  @Value.Check
  void check() {
    Checks.notBlank(assumption(), "assumption");
    if (!npvAtLow().currency().equals(npvAtHigh().currency())) {
      throw org.c2model.core.InvalidValueException.of("npvAtHigh", "must be in " + npvAtLow().currency(), npvAtHigh());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-26s %-24s %-24s %14s %14s", assumption(), low(), high(),
        npvAtLow().rounded().amount().toPlainString(), npvAtHigh().rounded().amount().toPlainString());
  }
}
