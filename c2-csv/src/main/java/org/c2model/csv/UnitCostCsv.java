package org.c2model.csv;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.c2model.core.InvalidValueException;
import org.c2model.core.Money;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.savings.ValueType;

/**
 * Reads a {@link UnitCostTable} from CSV, such as
 * <pre>
 * indicator_id,cost,currency,unit,price_year,agency,value_type,source,note
 * burglary,683.00,GBP,per incident,2010/11,police,fiscal,"GMCA Unit Cost Database v1.4, code CR8.7.1",
 * </pre>
 * <p>
 * Columns, by header name (ignoring case) in any order: {@code indicator_id, cost} (a decimal number,
 * such as {@code 683.00}), {@code currency} (ISO 4217, such as {@code GBP}), {@code unit},
 * {@code price_year} (such as {@code 2010/11}), {@code agency} (such as {@code police}),
 * {@code value_type} ({@code fiscal}, {@code economic} or {@code social}) and {@code source}, and
 * optionally {@code note}; other columns are ignored and lines starting with {@code #} are comments.
 * The same indicator, agency and value type may appear once. Every failure is a
 * {@link CsvImportException} naming the line and column, such as
 * {@code Invalid unit-cost CSV costs.csv at line 7, column cost (must be a decimal number such as 12 or 4.25): 'abc'};
 * nothing half-read is returned. The syntax is that of {@link CsvRecords}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class UnitCostCsv {

  private static final String FORMAT = "unit-cost CSV";

  private UnitCostCsv() {}

  /**
   * Reads the unit costs of a UTF-8 CSV file.
   *
   * @param file  the file, not null
   * @return the table, not null
   * @throws CsvImportException if the file cannot be read or is malformed
   */
  public static UnitCostTable read(Path file) {
    return CsvRecords.readFile(file, FORMAT, UnitCostCsv::read);
  }

  /**
   * Reads the unit costs of UTF-8 CSV bytes, such as a resource; the stream is not closed.
   *
   * @param in  the CSV, not null
   * @param source  the file name or other source, for errors, not null
   * @return the table, not null
   * @throws CsvImportException if the stream cannot be read or is malformed
   */
  public static UnitCostTable read(InputStream in, String source) {
    try (CsvRecords r = CsvRecords.openWithComments(in, FORMAT, source)) {
      return read(r);
    }
  }

  private static UnitCostTable read(CsvRecords r) {
    int indicator = r.requireColumn("indicator_id");
    int cost = r.requireColumn("cost");
    int currency = r.requireColumn("currency");
    int unit = r.requireColumn("unit");
    int priceYear = r.requireColumn("price_year");
    int agency = r.requireColumn("agency");
    int valueType = r.requireColumn("value_type");
    int source = r.requireColumn("source");
    int note = r.column("note").orElse(-1);
    List<UnitCost> costs = new ArrayList<>();
    Map<List<Object>, Long> lines = new HashMap<>();
    while (r.next()) {
      UnitCost.Builder b = UnitCost.builder()
          .indicatorId(r.required(indicator))
          .cost(Money.of(r.bigDecimal(cost), r.parse(currency, Currency::getInstance)))
          .unit(r.required(unit))
          .priceYear(r.parse(priceYear, PriceYear::parse))
          .agency(r.parse(agency, AgencyCode::of))
          .valueType(r.parse(valueType, ValueType::fromCode))
          .source(r.required(source));
      String noteText = note < 0 ? null : r.get(note);
      if (noteText != null && !noteText.isEmpty()) {
        b.note(noteText);
      }
      UnitCost c;
      try {
        c = b.build();
      } catch (InvalidValueException e) {
        throw r.error(e.field().orElse(null), "(" + e.getMessage() + ")", e);
      }
      Long first = lines.putIfAbsent(List.of(c.indicatorId(), c.agency(), c.valueType()), r.line());
      if (first != null) {
        throw r.error(r.header().get(indicator), "(must not repeat the indicator, agency and value type of line "
            + first + "): '" + c.indicatorId() + "'", null);
      }
      costs.add(c);
    }
    try {
      return UnitCostTable.of(costs);
    } catch (InvalidValueException e) {
      throw new CsvImportException(FORMAT, r.source(), 0, null, "(" + e.getMessage() + ")", e);
    }
  }
}
