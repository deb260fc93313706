package org.c2model.core.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A catalogue of long-term indicators, such as the {@link #standard()} catalogue covering every row
 * of Table 2 of the paper (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5,
 * "Table 2 of the paper").
 * <p>
 * Ids are unique. A council extends the catalogue with its own indicators, getting a new catalogue:
 * <pre>{@code
 * IndicatorCatalogue ours = IndicatorCatalogue.standard().with(LongTermIndicator.of(
 *     "fly-tipping", "Fly-tipping reports", IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE,
 *     MeasureType.COUNT, Improvement.LOWER_IS_BETTER, Horizon.WITHIN_A_YEAR));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorCatalogue {

  IndicatorCatalogue() {}

  /**
   * Gets the indicators, in the order given (Table 2's order for the standard catalogue).
   *
   * @return the indicators, with unique ids, not null
   */
  public abstract List<LongTermIndicator> indicators();

  /**
   * Obtains the standard catalogue: the 27 indicators of Table 2 of the paper, in its order.
   * <p>
   * Where a Table 2 row lists several measures (crime: criminal damage, burglary, vehicle crime, drug
   * offences, domestic violence; school absenteeism and exclusion) each is its own indicator. Horizons
   * follow <i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: crime, anti-social
   * behaviour and fire call-outs (arson is
   * recorded as criminal damage) within a year; health and education 3-5 years; the rest, for which
   * the paper gives no horizon, one to three years.
   *
   * @return the standard catalogue, not null
   */
  public static IndicatorCatalogue standard() {
    return StandardOutcomes.CATALOGUE;
  }

  /**
   * Obtains a catalogue of the given indicators.
   *
   * @param indicators  the indicators, not null
   * @return the catalogue, not null
   * @throws InvalidValueException if two indicators share an id, naming {@code indicators[i].id}
   */
  public static IndicatorCatalogue of(Collection<LongTermIndicator> indicators) {
    return ImmutableIndicatorCatalogue.builder().addAllIndicators(indicators).build();
  }

  /**
   * Returns a copy of this catalogue with further indicators appended.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param more  the indicators to add, not null
   * @return the longer catalogue, not null
   * @throws InvalidValueException if an id is already taken, naming {@code indicators[i].id}
   */
  public IndicatorCatalogue with(LongTermIndicator... more) {
    List<LongTermIndicator> all = new ArrayList<>(indicators());
    for (LongTermIndicator i : more) {
      all.add(Objects.requireNonNull(i, "more"));
    }
    return of(all);
  }

  /**
   * Finds an indicator by id.
   *
   * @param id  the id, such as {@code burglary}, not null
   * @return the indicator, empty if the catalogue has none with that id
   */
  public Optional<LongTermIndicator> find(String id) {
    Objects.requireNonNull(id, "id");
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Gets an indicator by id.
   *
   * @param id  the id, such as {@code burglary}, not null
   * @return the indicator, not null
   * @throws InvalidValueException if the catalogue has no indicator with that id
   */
  public LongTermIndicator get(String id) {
    return find(id).orElseThrow(() -> InvalidValueException.of("indicatorId", "must be in the catalogue", "'" + id + "'"));
  }

  /**
   * Checks if the catalogue has an indicator with the given id.
   *
   * @param id  the id, not null
   * @return true if it has one
   */
  public boolean contains(String id) {
    return find(id).isPresent();
  }

  /**
   * Gets the indicators of one Table 2 group, in catalogue order.
   *
   * @param group  the group, not null
   * @return the indicators, possibly empty, not null
   */
  public List<LongTermIndicator> inGroup(IndicatorGroup group) {
    Objects.requireNonNull(group, "group");
    return indicators().stream().filter(i -> i.group() == group).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the ids of the indicators, in catalogue order.
   *
   * @return the ids, not null
   */
  public List<String> ids() {
    return indicators().stream().map(LongTermIndicator::id).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Checks.unique(indicators(), LongTermIndicator::id, "indicators", "id");
  }

  /**
   * Returns a table of the indicators, one line each: id, group, measure, improvement and horizon.
   *
   * @return the table, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("IndicatorCatalogue (" + indicators().size() + " indicators)\n");
    sb.append(String.format(Locale.ROOT, "  %-28s %-26s %-11s %-16s %s%n",
        "id", "group", "measure", "improvement", "horizon"));
    for (LongTermIndicator i : indicators()) {
      sb.append(String.format(Locale.ROOT, "  %-28s %-26s %-11s %-16s %s%n",
          i.id(), i.group(), i.measureType(), i.improvement(), i.horizon()));
    }
    return sb.toString();
  }
}
