package org.c2model.metrics.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.c2model.core.place.AreaCode;

/**
 * Where indicator observations come from: a list in memory now, a columnar store later, behind the
 * same query.
 * <p>
 * An implementation returns every observation of one indicator for the given areas, in every
 * vintage and period it holds, in a deterministic order (area, period, vintage). Callers must not
 * depend on any other order.
 */
public interface ObservationSource {

  /**
   * Selects the observations of one indicator for a set of areas.
   *
   * @param indicatorId  the indicator's id, not null
   * @param areas  the GSS codes, in any vintage, not null
   * @return the observations, ordered by area, period and vintage, not null
   */
  List<Observation> select(String indicatorId, Set<AreaCode> areas);

  /**
   * Gets the ids of every indicator the source holds observations of, so that ids no catalogue
   * knows can be reported; a source that cannot list them cheaply returns an empty set.
   *
   * @return the ids, possibly empty, not null
   */
  default Collection<String> indicatorIds() {
    return Set.of();
  }

  /**
   * Obtains a source over observations held in memory.
   *
   * @param observations  the observations, not null
   * @return the source, not null
   * @throws org.c2model.core.InvalidValueException if two observations share area, indicator,
   *     period and vintage, naming {@code observations[i]}
   */
  static ObservationSource of(Collection<Observation> observations) {
    return new ListObservationSource(observations);
  }
}
