package org.c2model.metrics.indicator.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.StudyWindow;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.immutables.value.Value;

/**
 * The question of a screening of many neighbourhoods, such as 1,000 neighbourhoods of 35 LSOAs,
 * 25 indicators, the baseline months 0 to 23 and the follow-up months 36 to 59, as rates per 1,000
 * with 95% intervals (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5:
 * indicators compared before and after).
 * <pre>{@code
 * ScreeningQuery q = ScreeningQuery.builder().addAllNeighbourhoods(neighbourhoods)
 *     .vintage(BoundaryVintage.LSOA_2021).addIndicatorIds("asb-incidents", "burglary")
 *     .baseline(StudyWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)))
 *     .followUp(StudyWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1))).build();
 * }</pre>
 * Neighbourhoods must not share an area, so each observation counts for at most one of them; their
 * area codes are read in {@link #vintage()}, and observations in other vintages are not counted (use
 * {@link org.c2model.metrics.indicator.IndicatorAggregation} with a boundary lookup for those).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScreeningQuery {

  ScreeningQuery() {}

  /**
   * Gets the neighbourhoods, in the order wanted.
   *
   * @return the neighbourhoods, with unique ids and no shared area, not empty
   */
  public abstract List<Neighbourhood> neighbourhoods();

  /**
   * Gets the boundary vintage of the neighbourhoods' area codes.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage vintage();

  /**
   * Gets the indicators, in the order wanted.
   *
   * @return the ids, unique and not blank, not empty
   */
  public abstract List<String> indicatorIds();

  /**
   * Gets the baseline window.
   *
   * @return the window, not null
   */
  public abstract StudyWindow baseline();

  /**
   * Gets the follow-up window, which does not overlap the baseline.
   *
   * @return the window, not null
   */
  public abstract StudyWindow followUp();

  /**
   * Gets the rate multiplier, 1,000 unless set: rates are events per this many of the denominator
   * summed over the window (person-months for monthly populations).
   *
   * @return the multiplier, positive and finite
   */
  @Value.Default
  public double multiplier() {
    return 1000;
  }

  /**
   * Gets the confidence level of the intervals, 95% unless set.
   *
   * @return the level, not null
   */
  @Value.Default
  public ConfidenceLevel confidence() {
    return ConfidenceLevel.P95;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ScreeningQuery}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableScreeningQuery.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (neighbourhoods().isEmpty()) {
      throw InvalidValueException.of("neighbourhoods", "must not be empty", neighbourhoods());
    }
    if (indicatorIds().isEmpty()) {
      throw InvalidValueException.of("indicatorIds", "must not be empty", indicatorIds());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < indicatorIds().size(); i++) {
      String id = indicatorIds().get(i);
      if (id.isBlank() || !ids.add(id)) {
        throw InvalidValueException.of("indicatorIds[" + i + "]", "must be unique and not blank", "'" + id + "'");
      }
    }
    Set<String> nids = new HashSet<>();
    Map<AreaCode, Integer> owner = new HashMap<>();
    for (int n = 0; n < neighbourhoods().size(); n++) {
      Neighbourhood nb = neighbourhoods().get(n);
      if (!nids.add(nb.id())) {
        throw InvalidValueException.of("neighbourhoods[" + n + "].id", "must be unique", "'" + nb.id() + "'");
      }
      for (int a = 0; a < nb.areaCodes().size(); a++) {
        Integer other = owner.putIfAbsent(nb.areaCodes().get(a), n);
        if (other != null && other != n) {
          throw InvalidValueException.of("neighbourhoods[" + n + "].areaCodes[" + a + "]",
              "must not be in another neighbourhood, neighbourhoods[" + other + "]", nb.areaCodes().get(a));
        }
      }
    }
    StudyWindow b = baseline();
    StudyWindow f = followUp();
    if (b.start().isBefore(f.end()) && f.start().isBefore(b.end())) {
      throw InvalidValueException.of("followUp", "must not overlap the baseline window " + b, f);
    }
    if (!(multiplier() > 0) || Double.isInfinite(multiplier())) {
      throw InvalidValueException.of("multiplier", "must be positive and finite", multiplier());
    }
  }
}
