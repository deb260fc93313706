package org.c2model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
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
   * Reads a table from a UTF-8 CSV file.
   *
   * @param file  the file, not null
   * @return the table, not null
   * @throws CsvImportException if the file cannot be read or is malformed
   */
  public static DeflatorTable read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      throw new CsvImportException(FORMAT, source, 0, null, "(the file cannot be read): " + e, e);
    }
  }

  /**
   * Reads a table from UTF-8 bytes; the stream is not closed.
   *
   * @param in  the CSV, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @return the table, not null
   * @throws CsvImportException if the stream cannot be read or is malformed
   */
  public static DeflatorTable read(InputStream in, String source) {
    try (CsvRecords r = CsvRecords.openWithComments(in, FORMAT, source)) {
      return read(r);
    }
  }

  /**
   * Reads a table from CSV text; the reader is not closed.
   *
   * @param in  the CSV, not null
   * @param source  the name of the source in errors, such as the file name, not null
   * @return the table, not null
   * @throws CsvImportException if the text cannot be read or is malformed
   */
  public static DeflatorTable read(Reader in, String source) {
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
