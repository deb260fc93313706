package org.c2model.report.internal;

import java.util.List;

/** Writes a {@link Table} as RFC 4180 CSV: a header row, then the rows; fields quoted when they must be. */
public final class CsvTables {

  private CsvTables() {}

  /**
   * Writes a table.
   *
   * @param table  the table, not null
   * @return the CSV text, lines ending in CRLF, not null
   */
  public static String write(Table table) {
    StringBuilder sb = new StringBuilder();
    line(sb, table.headers());
    table.rows().forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /**
   * Quotes a field when it holds a comma, quote or line break, or begins with a character a
   * spreadsheet would take for a formula ({@code = + - @}), which is then prefixed with an apostrophe.
   */
  static String field(String text) {
    String t = text;
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 && !t.matches("-[£0-9.,]+.*")) {
      t = "'" + t;
    }
    if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
