package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A table of unit costs, such as the {@link #sample()} drawn from the GMCA Unit Cost Database
 * ({@code C2-DOMAIN.md} section 5: long-term indicators correlated with cost savings).
 * <p>
 * An indicator may have several costs, one per agency and value type (domestic violence costs the
 * NHS, the police, the criminal justice system and children's and housing services); the same
 * indicator, agency and value type may appear only once, so no cost is counted twice.
 * <p>
 * CSV columns, by header name: {@code indicator_id, cost, currency, unit, price_year, agency,
 * value_type, source}, and optionally {@code note}; other columns are ignored, lines starting with
 * {@code #} are comments. Errors name the line: {@code line 7, cost}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitCostTable {

  private static final Set<String> REQUIRED = Set.of("indicator_id", "cost", "currency", "unit", "price_year",
      "agency", "value_type", "source");
  private static final String SAMPLE = "sample-unit-costs.csv";

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
    try (InputStream in = UnitCostTable.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("c2-metrics resource " + SAMPLE + " is missing from the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table from CSV.
   *
   * @param reader  the CSV, not null; not closed
   * @return the table, not null
   * @throws InvalidValueException naming the line and column of the first bad value
   */
  public static UnitCostTable read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    List<UnitCost> costs = new ArrayList<>();
    Map<List<Object>, Integer> lines = new HashMap<>();
    Csv.read(reader, REQUIRED, row -> {
      Currency currency = parse(row, "currency", Currency::getInstance);
      UnitCost.Builder b = UnitCost.builder()
          .indicatorId(row.get("indicator_id"))
          .cost(Money.of(parse(row, "cost", BigDecimal::new), currency))
          .unit(row.get("unit"))
          .priceYear(parse(row, "price_year", PriceYear::parse))
          .agency(parse(row, "agency", AgencyCode::of))
          .valueType(parse(row, "value_type", ValueType::fromCode))
          .source(row.get("source"));
      if (!row.getOptional("note").isBlank()) {
        b.note(row.getOptional("note"));
      }
      UnitCost cost = parse(row, "cost", s -> b.build());
      Integer first = lines.putIfAbsent(key(cost), row.line());
      if (first != null) {
        throw InvalidValueException.of(row.field("indicator_id"), "must not repeat the indicator, agency and "
            + "value type of line " + first, "'" + cost.indicatorId() + "'");
      }
      costs.add(cost);
    });
    return of(costs);
  }

  static <T> T parse(Csv.Row row, String column, Function<String, T> parser) {
    String text = row.get(column);
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      throw InvalidValueException.of(row.field(column), e.getMessage(), "'" + text + "'");
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of(row.field(column), "must be a valid " + column.replace('_', ' '), "'" + text + "'");
    }
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
