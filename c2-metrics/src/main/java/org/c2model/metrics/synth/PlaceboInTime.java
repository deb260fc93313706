package org.c2model.metrics.synth;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * Placebo-in-time check of a synthetic control: the fit is redone as if the intervention had
 * started {@link SyntheticControlInput#placeboInTimeShift()} periods earlier, using only the periods
 * before that; a large gap between that pretend start and the real one warns that the synthetic
 * control does not predict the treated area even without an intervention (Abadie, Diamond &amp;
 * Hainmueller 2015; Abadie 2021).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlaceboInTime {

  PlaceboInTime() {}

  /**
   * Gets the label of the pretend first period after the intervention.
   *
   * @return the label, not null
   */
  public abstract String pretendStart();

  /**
   * Gets the RMSPE before the pretend start.
   *
   * @return the RMSPE, not negative
   */
  public abstract double preRmspe();

  /**
   * Gets the RMSPE from the pretend start to the period before the real one.
   *
   * @return the RMSPE, not negative
   */
  public abstract double postRmspe();

  /**
   * Gets the mean gap (treated minus synthetic) from the pretend start to the real one.
   *
   * @return the mean gap, finite
   */
  public abstract double meanGap();

  static PlaceboInTime of(String start, double pre, double post, double meanGap) {
    return ImmutablePlaceboInTime.builder().pretendStart(start).preRmspe(pre).postRmspe(post).meanGap(meanGap)
        .build();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "pretend start %s: pre RMSPE %.4g, pretend-post RMSPE %.4g, mean gap %.4g",
        pretendStart(), preRmspe(), postRmspe(), meanGap());
  }
}
