package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AGENCY;
import static org.c2model.json.internal.C2JsonNames.COST;
import static org.c2model.json.internal.C2JsonNames.COSTS;
import static org.c2model.json.internal.C2JsonNames.INDICATOR_ID;
import static org.c2model.json.internal.C2JsonNames.NOTE;
import static org.c2model.json.internal.C2JsonNames.PRICE_YEAR;
import static org.c2model.json.internal.C2JsonNames.SOURCE;
import static org.c2model.json.internal.C2JsonNames.UNIT;
import static org.c2model.json.internal.C2JsonNames.VALUE_TYPE;

import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.savings.ValueType;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.savings}: the {@code unit_cost_table}
 * document, the JSON twin of the unit-cost CSV (same facts, camelCase names).
 */
public final class SavingsCodecs {

  private SavingsCodecs() {}

  /** A price year as its financial year, such as {@code "2013/14"}. */
  public static final Codec<PriceYear> PRICE_YEAR_CODEC = Scalars.textForm(PriceYear.class, PriceYear::parse, PriceYear::toString);
  /** An agency code, such as {@code "police"} or {@code "local_authority"}. */
  public static final Codec<AgencyCode> AGENCY_CODE = Scalars.textForm(AgencyCode.class, AgencyCode::of, AgencyCode::toString);
  /** A value type as its code, such as {@code "fiscal"}. */
  public static final Codec<ValueType> VALUE_TYPE_CODE = Scalars.codes(ValueType.class, ValueType::code);

  /** One unit cost. */
  public static final ObjectCodec<UnitCost, UnitCost.Builder> UNIT_COST =
      ObjectCodec.of(UnitCost.class, UnitCost::builder, b -> b.build())
          .field(INDICATOR_ID, Scalars.TEXT, UnitCost::indicatorId, (b, v) -> b.indicatorId(v))
          .field(COST, CoreCodecs.MONEY, UnitCost::cost, (b, v) -> b.cost(v))
          .field(UNIT, Scalars.TEXT, UnitCost::unit, (b, v) -> b.unit(v))
          .field(PRICE_YEAR, PRICE_YEAR_CODEC, UnitCost::priceYear, (b, v) -> b.priceYear(v))
          .field(AGENCY, AGENCY_CODE, UnitCost::agency, (b, v) -> b.agency(v))
          .field(VALUE_TYPE, VALUE_TYPE_CODE, UnitCost::valueType, (b, v) -> b.valueType(v))
          .field(SOURCE, Scalars.TEXT, UnitCost::source, (b, v) -> b.source(v))
          .optional(NOTE, Scalars.TEXT, UnitCost::note, (b, v) -> b.note(v))
          .build();

  /** A unit-cost table; also the {@code unit_cost_table} document. */
  public static final ObjectCodec<UnitCostTable, Values> UNIT_COST_TABLE =
      ObjectCodec.of(UnitCostTable.class, Values::new, v -> UnitCostTable.of(v.<UnitCost>list(COSTS)))
          .list(COSTS, UNIT_COST, UnitCostTable::costs, (b, v) -> b.put(COSTS, v))
          .build();
}
