package org.c2model.metrics.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;

/** An {@link ObservationSource} over a list in memory, indexed by indicator id. */
final class ListObservationSource implements ObservationSource {

  private static final Comparator<Observation> ORDER = Comparator.comparing(Observation::areaCode)
      .thenComparing(Observation::period).thenComparing(Observation::vintage);

  private final Map<String, List<Observation>> byIndicator = new HashMap<>();

  ListObservationSource(Collection<Observation> observations) {
    Map<List<Object>, Integer> seen = new HashMap<>();
    int i = 0;
    for (Observation o : observations) {
      Objects.requireNonNull(o, "observations[" + i + "]");
      Integer first = seen.putIfAbsent(List.of(o.areaCode(), o.indicatorId(), o.period(), o.vintage()), i);
      if (first != null) {
        throw InvalidValueException.of("observations[" + i + "]",
            "must not repeat the area, indicator, period and vintage of observations[" + first + "]", o);
      }
      byIndicator.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
      i++;
    }
    byIndicator.replaceAll((k, v) -> v.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public List<Observation> select(String indicatorId, Set<AreaCode> areas) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(areas, "areas");
    return byIndicator.getOrDefault(indicatorId, List.of()).stream().filter(o -> areas.contains(o.areaCode()))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Set<String> indicatorIds() {
    return Set.copyOf(byIndicator.keySet());
  }

  @Override
  public String toString() {
    return "ObservationSource (in memory, " + byIndicator.values().stream().mapToInt(List::size).sum()
        + " observations of " + byIndicator.size() + " indicators)";
  }
}
