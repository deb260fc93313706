package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.junit.jupiter.api.Test;

class UnitCostCsvTest {

  private static final String HEADER = "indicator_id,cost,currency,unit,price_year,agency,value_type,source,note\n";

  private static UnitCostTable read(String csv) {
    return UnitCostCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "costs.csv");
  }

  private static CsvImportException fails(String csv) {
    return assertThrows(CsvImportException.class, () -> read(csv));
  }

  @Test
  void sampleFile_isTheSampleTable() throws Exception {
    try (InputStream in = UnitCostCsvTest.class.getResourceAsStream("sample-unit-costs.csv")) {
      assertEquals(UnitCostTable.sample(), UnitCostCsv.read(in, "sample-unit-costs.csv"));
    }
  }

  @Test
  void read_parsesQuotedCellsQuotedNewlinesCommentsAndExtraColumns() {
    // the hand-written parser this replaces broke on a quoted newline
    UnitCostTable t = read("# comment\n" + HEADER.replace("\n", ",extra\n")
        + "burglary,683.00,GBP,per incident,2010/11,police,fiscal,\"GMCA, code \"\"CR8.7.1\"\"\",\"two\nlines\",ignored\n"
        + "asb-incidents,35,GBP,per incident,2002/03,police,fiscal,src,\n");
    UnitCost c = t.costs().get(0);
    assertEquals("GMCA, code \"CR8.7.1\"", c.source());
    assertEquals(Optional.of("two\nlines"), c.note());
    assertEquals(new BigDecimal("683.00"), c.cost().amount());
    assertTrue(t.costs().get(1).note().isEmpty());
  }

  @Test
  void read_namesLineAndColumnOfBadValue() {
    CsvImportException e = fails(HEADER + "burglary,683,GBP,per incident,2010/11,police,fiscal,src,\n"
        + "asb-incidents,abc,GBP,per incident,2010/11,police,fiscal,src,\n");
    assertEquals(OptionalLong.of(3), e.line());
    assertEquals(Optional.of("cost"), e.column());
    assertTrue(e.getMessage().contains("'abc'"), e::getMessage);
    for (String cost : new String[] {"1e3", "0x10", "7d", "NaN"}) {
      assertEquals(Optional.of("cost"), fails(HEADER + "burglary," + cost + ",GBP,per incident,2010/11,police,fiscal,src,\n")
          .column(), cost);
    }
    CsvImportException y = fails(HEADER + "burglary,683,GBP,per incident,2010,police,fiscal,src,\n");
    assertEquals(Optional.of("price_year"), y.column());
    assertEquals(OptionalLong.of(2), y.line());
    CsvImportException neg = fails(HEADER + "burglary,-1,GBP,per incident,2010/11,police,fiscal,src,\n");
    assertEquals(Optional.of("cost"), neg.column());
    CsvImportException currency = fails(HEADER + "burglary,1,XX,per incident,2010/11,police,fiscal,src,\n");
    assertEquals(Optional.of("currency"), currency.column());
    CsvImportException blank = fails(HEADER + "burglary,1,GBP,,2010/11,police,fiscal,src,\n");
    assertEquals(Optional.of("unit"), blank.column());
    CsvImportException extra = fails(HEADER + "burglary,1,GBP,u,2010/11,police,fiscal,src,,surplus\n");
    assertEquals(Optional.of("field 10"), extra.column());
  }

  @Test
  void read_rejectsMissingColumnAndRepeatedCost() {
    CsvImportException e = fails("indicator_id,cost\nburglary,1\n");
    assertEquals(OptionalLong.of(1), e.line());
    assertEquals(Optional.of("currency"), e.column());
    CsvImportException d = fails(HEADER + "burglary,683,GBP,per incident,2010/11,police,fiscal,src,\n"
        + "burglary,700,GBP,per incident,2011/12,police,fiscal,src,\n");
    assertEquals(OptionalLong.of(3), d.line());
    assertEquals(Optional.of("indicator_id"), d.column());
    assertTrue(d.getMessage().contains("line 2"), d.getMessage());
  }

  private static DeflatorTable deflators(String csv) {
    return DeflatorCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "d.csv");
  }

  @Test
  void deflatorCsv_readsAndRejectsWithLineAndColumn() {
    DeflatorTable d = deflators(("\uFEFFprice_year,index\r\n2010/11,90\r\n2013/14,100\r\n"));
    assertEquals(0, new BigDecimal("0.9").compareTo(d.factor(PriceYear.parse("2013/14"), PriceYear.parse("2010/11"))));
    for (String bad : new String[] {"0", "-1", "abc", "1e2", ""}) {
      CsvImportException e = assertThrows(CsvImportException.class,
          () -> deflators(("price_year,index\n2010/11,90\n2013/14," + bad + "\n")));
      assertEquals(OptionalLong.of(3), e.line(), bad);
      assertEquals(Optional.of("index"), e.column(), bad);
    }
    CsvImportException repeat = assertThrows(CsvImportException.class,
        () -> deflators(("price_year,index\n2010/11,90\n2010/11,91\n")));
    assertEquals(Optional.of("price_year"), repeat.column());
  }
}
