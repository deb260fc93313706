package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A table of unit costs, such as the {@link #sample()} drawn from the GMCA Unit Cost Database
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: long-term indicators
 * correlated with cost savings).
 * <p>
 * An indicator may have several costs, one per agency and value type (domestic violence costs the
 * NHS, the police, the criminal justice system and children's and housing services); the same
 * indicator, agency and value type may appear only once, so no cost is counted twice.
 * <p>
 * c2-csv's {@code org.c2model.csv.UnitCostCsv} reads a table from a CSV file; this module reads no
 * files.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitCostTable {

  UnitCostTable() {}

  /**
   * Gets the costs, in the order given.
   *
   * @return the costs, not null
   */
  public abstract List<UnitCost> costs();

  /**
   * Obtains a table of the given costs.
   *
   * @param costs  the costs, not null, no null element
   * @return the table, not null
   * @throws InvalidValueException if an indicator, agency and value type repeat, naming {@code costs[i]}
   */
  public static UnitCostTable of(Collection<UnitCost> costs) {
    Objects.requireNonNull(costs, "costs");
    int i = 0;
    for (UnitCost cost : costs) {
      Objects.requireNonNull(cost, "costs[" + i++ + "]");
    }
    return ImmutableUnitCostTable.builder().addAllCosts(costs).build();
  }

  /**
   * Obtains the sample table shipped with c2: <strong>an example that users replace</strong> with
   * costs chosen for their own area and appraisal.
   * <p>
   * One fiscal cost (or, for domestic violence, one cost split by agency) for each costable Table 2
   * indicator the GMCA Unit Cost Database v1.4 (New Economy / GMCA Research; open, with attribution)
   * covers, in their original, mixed price years: uprate them with {@link #uprate} before use. Several
   * are proxies, and each row's note says so. Drug offences, diabetes and vaccination uptake have no
   * cost in the sample. HACT Social Value Bank values are licensed and never bundled: load them as
   * your own data.
   *
   * @return the sample table, not null
   */
  public static UnitCostTable sample() {
    return of(SampleUnitCosts.costs());
  }

  private static List<Object> key(UnitCost c) {
    return List.of(c.indicatorId(), c.agency(), c.valueType());
  }

  /**
   * Gets the costs of one indicator, in table order.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the costs, empty if the indicator has none, not null
   */
  public List<UnitCost> forIndicator(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    return costs().stream().filter(c -> c.indicatorId().equals(indicatorId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the price years the costs are in.
   *
   * @return the years, in order, not null
   */
  public SortedSet<PriceYear> priceYears() {
    return costs().stream().map(UnitCost::priceYear).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns a copy of this table with every cost uprated to one price year.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param target  the wanted price year, not null
   * @param deflators  the price index, covering every year of the table and the target, not null
   * @return the uprated table, not null
   * @throws InvalidValueException if the deflator table lacks a year
   */
  public UnitCostTable uprate(PriceYear target, DeflatorTable deflators) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(deflators, "deflators");
    List<UnitCost> out = new ArrayList<>();
    for (UnitCost c : costs()) {
      out.add(c.at(deflators.uprate(c.cost(), c.priceYear(), target), target));
    }
    return of(out);
  }

  @Value.Check
  void check() {
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < costs().size(); i++) {
      Integer first = seen.putIfAbsent(key(costs().get(i)), i);
      if (first != null) {
        throw InvalidValueException.of("costs[" + i + "]", "must not repeat the indicator, agency and value type "
            + "of costs[" + first + "]", costs().get(i));
      }
    }
  }

  /**
   * Returns the table, one cost a line.
   *
   * @return the table, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("UnitCostTable (" + costs().size() + " costs)\n");
    for (UnitCost c : costs()) {
      sb.append(String.format(Locale.ROOT, "  %-28s %14s %-8s %-18s %-9s %s%n", c.indicatorId(), c.cost(),
          c.priceYear(), c.agency(), c.valueType().code(), c.unit()));
    }
    return sb.toString();
  }
}
