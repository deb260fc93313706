package org.c2model.csv;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.PriceYear;

/**
 * Reads a {@link DeflatorTable} from CSV with the columns {@code price_year} (such as
 * {@code 2013/14}) and {@code index} (a positive decimal number), by header name in any order, such
 * as HM Treasury's GDP deflators:
 * <pre>
 * price_year,index
 * 2010/11,90.0
 * 2013/14,100.0
 * </pre>
 * Other columns are ignored and lines starting with {@code #} are comments; a year may appear once.
 * Every failure is a {@link CsvImportException} naming the line and column; nothing half-read is
 * returned. The syntax is that of {@link CsvRecords}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class DeflatorCsv {

  private static final String FORMAT = "deflator CSV";

  private DeflatorCsv() {}

  /**
   * Reads the price index of a UTF-8 CSV file.
   *
   * @param file  the file, not null
   * @return the table, not null
   * @throws CsvImportException if the file cannot be read or is malformed
   */
  public static DeflatorTable read(Path file) {
    return CsvRecords.readFile(file, FORMAT, DeflatorCsv::read);
  }

  /**
   * Reads the price index of UTF-8 CSV bytes, such as a resource; the stream is not closed.
   *
   * @param in  the CSV, not null
   * @param source  the file name or other source, for errors, not null
   * @return the table, not null
   * @throws CsvImportException if the stream cannot be read or is malformed
   */
  public static DeflatorTable read(InputStream in, String source) {
    try (CsvRecords r = CsvRecords.openWithComments(in, FORMAT, source)) {
      return read(r);
    }
  }

  private static DeflatorTable read(CsvRecords r) {
    int year = r.requireColumn("price_year");
    int index = r.requireColumn("index");
    Map<PriceYear, BigDecimal> indices = new TreeMap<>();
    while (r.next()) {
      PriceYear y = r.parse(year, PriceYear::parse);
      BigDecimal value = r.bigDecimal(index);
      if (value.signum() <= 0) {
        throw r.error(r.header().get(index), "(must be positive): '" + r.get(index) + "'", null);
      }
      if (indices.put(y, value) != null) {
        throw r.error(r.header().get(year), "(must not repeat): '" + r.get(year) + "'", null);
      }
    }
    try {
      return DeflatorTable.of(indices);
    } catch (InvalidValueException e) {
      throw new CsvImportException(FORMAT, r.source(), 0, null, "(" + e.getMessage() + ")", e);
    }
  }
}
