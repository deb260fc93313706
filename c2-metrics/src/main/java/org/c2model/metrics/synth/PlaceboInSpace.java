package org.c2model.metrics.synth;

import java.util.Locale;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Placebo-in-space inference of a synthetic control: every donor (or the first
 * {@link SyntheticControlInput#placebosInSpace()}) is refitted as if it had been treated, from the
 * other donors, and the treated area's ratio of post- to pre-period RMSPE is ranked among theirs
 * (Abadie, Diamond &amp; Hainmueller 2010; Abadie 2021). The permutation p-value is
 * {@code rank / (placebos + 1)}, where rank 1 is the largest ratio; ties count against the treated.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlaceboInSpace {

  PlaceboInSpace() {}

  /**
   * Gets the treated area's ratio of post-period to pre-period RMSPE.
   *
   * @return the ratio, not negative, infinite when the pre-period fit is exact and the post is not
   */
  public abstract double ratio();

  /**
   * Gets how many donors were refitted as placebos.
   *
   * @return the number, at least 1
   */
  public abstract int placebos();

  /**
   * Gets the treated area's rank: 1 plus the placebos whose ratio is at least the treated's.
   *
   * @return the rank, from 1 to placebos + 1
   */
  public abstract int rank();

  /**
   * Gets the permutation p-value, {@code rank / (placebos + 1)}.
   *
   * @return the p-value, from {@code 1 / (placebos + 1)} to 1
   */
  public double pValue() {
    return rank() / (placebos() + 1.0);
  }

  static PlaceboInSpace of(double ratio, int placebos, int rank) {
    return ImmutablePlaceboInSpace.builder().ratio(ratio).placebos(placebos).rank(rank).build();
  }

  @Value.Check
  void check() {
    if (placebos() < 1 || rank() < 1 || rank() > placebos() + 1) {
      throw InvalidValueException.of("rank", "must be from 1 to placebos + 1 = " + (placebos() + 1), rank());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "post/pre RMSPE ratio %.3g ranked %d of %d, p = %.3f",
        ratio(), rank(), placebos() + 1, pValue());
  }
}
