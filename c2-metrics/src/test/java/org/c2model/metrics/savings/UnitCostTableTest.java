package org.c2model.metrics.savings;

import org.c2model.core.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import org.c2model.core.InvalidValueException;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.LongTermIndicator;
import org.junit.jupiter.api.Test;

class UnitCostTableTest {

  private static final String HEADER = "indicator_id,cost,currency,unit,price_year,agency,value_type,source,note\n";

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

  @Test
  void read_parsesQuotedCellsCommentsAndExtraColumns() {
    UnitCostTable t = UnitCostTable.read(new StringReader("# comment\n" + HEADER.replace("\n", ",extra\n")
        + "burglary,683.00,GBP,per incident,2010/11,police,fiscal,\"GMCA, code \"\"CR8.7.1\"\"\",,ignored\n"));
    UnitCost c = t.costs().get(0);
    assertEquals("GMCA, code \"CR8.7.1\"", c.source());
    assertTrue(c.note().isEmpty());
    assertEquals(new BigDecimal("683.00"), c.cost().amount());
  }

  @Test
  void read_namesLineAndColumnOfBadValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> UnitCostTable.read(new StringReader(
        HEADER + "burglary,683,GBP,per incident,2010/11,police,fiscal,src,\n"
            + "asb-incidents,abc,GBP,per incident,2010/11,police,fiscal,src,\n")));
    assertEquals("line 3, cost", e.field().orElseThrow());
    assertEquals("'abc'", e.invalidValue().orElseThrow());
    InvalidValueException y = assertThrows(InvalidValueException.class, () -> UnitCostTable.read(new StringReader(
        HEADER + "burglary,683,GBP,per incident,2010,police,fiscal,src,\n")));
    assertEquals("line 2, price_year", y.field().orElseThrow());
    InvalidValueException neg = assertThrows(InvalidValueException.class, () -> UnitCostTable.read(new StringReader(
        HEADER + "burglary,-1,GBP,per incident,2010/11,police,fiscal,src,\n")));
    assertEquals("line 2, cost", neg.field().orElseThrow());
  }

  @Test
  void read_rejectsMissingColumnAndRepeatedCost() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> UnitCostTable.read(new StringReader(
        "indicator_id,cost\nburglary,1\n")));
    assertEquals("line 1, header", e.field().orElseThrow());
    InvalidValueException d = assertThrows(InvalidValueException.class, () -> UnitCostTable.read(new StringReader(
        HEADER + "burglary,683,GBP,per incident,2010/11,police,fiscal,src,\n"
            + "burglary,700,GBP,per incident,2011/12,police,fiscal,src,\n")));
    assertEquals("line 3, indicator_id", d.field().orElseThrow());
    assertTrue(d.getMessage().contains("line 2"), d.getMessage());
  }

  @Test
  void deflatorTable_readsCsv() {
    DeflatorTable d = DeflatorTable.read(new StringReader("price_year,index\n2010/11,90\n2013/14,100\n"));
    assertEquals(0, new BigDecimal("0.9").compareTo(d.factor(PriceYear.parse("2013/14"), PriceYear.parse("2010/11"))));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DeflatorTable.read(new StringReader("price_year,index\n2010/11,0\n")));
    assertEquals("indices[2010/11]", e.field().orElseThrow());
  }
}
