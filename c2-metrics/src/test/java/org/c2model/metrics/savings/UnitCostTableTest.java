package org.c2model.metrics.savings;

import org.c2model.core.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.LongTermIndicator;
import org.junit.jupiter.api.Test;

class UnitCostTableTest {

  @Test
  void sample_isCitedFiscalAndCoversTheDirectlyCostableIndicators() {
    UnitCostTable sample = UnitCostTable.sample();
    assertEquals(22, sample.costs().size());
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    for (UnitCost c : sample.costs()) {
      assertTrue(catalogue.contains(c.indicatorId()), c.indicatorId());
      assertTrue(c.source().startsWith("GMCA Unit Cost Database v1.4"), c.source());
      assertEquals(ValueType.FISCAL, c.valueType());
      assertEquals(Money.GBP, c.cost().currency());
    }
    for (LongTermIndicator i : catalogue.inGroup(IndicatorGroup.DIRECTLY_COSTABLE)) {
      assertEquals(1, sample.forIndicator(i.id()).size(), i.id());
    }
    assertEquals(5, sample.forIndicator("domestic-violence").size());
    assertEquals(Money.gbp("109"), sample.forIndicator("ae-visits").get(0).cost());
    assertEquals(PriceYear.parse("2011/12"), sample.forIndicator("ae-visits").get(0).priceYear());
    assertTrue(sample.priceYears().size() > 1, "the sample keeps its original, mixed price years");
  }
}
