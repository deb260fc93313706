package org.c2model.report.internal;

import java.util.List;

/**
 * One table of the report, as the reader sees it: the same table is written into the HTML and, as
 * {@code <id>.csv}, among the CSV files.
 *
 * @param id  a file-name-safe id, such as {@code steps}
 * @param caption  what the table shows
 * @param headers  the column headings
 * @param rows  the cells, one list per row, as many as the headings
 * @param numeric  for each column, whether it holds numbers (set right-aligned)
 */
public record Table(String id, String caption, List<String> headers, List<List<String>> rows, List<Boolean> numeric) {

  /**
   * Checks the shape.
   *
   * @param id  see the record
   * @param caption  see the record
   * @param headers  see the record
   * @param rows  see the record
   * @param numeric  see the record
   */
  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    numeric = List.copyOf(numeric);
    if (numeric.size() != headers.size()) {
      throw new IllegalArgumentException("table " + id + ": numeric flags " + numeric.size() + " for "
          + headers.size() + " columns");
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != headers.size()) {
        throw new IllegalArgumentException("table " + id + " row " + i + ": " + rows.get(i).size() + " cells for "
            + headers.size() + " columns");
      }
    }
  }

  /**
   * Whether a column holds numbers.
   *
   * @param column  the column index
   * @return true if numeric
   */
  public boolean isNumeric(int column) {
    return numeric.get(column);
  }
}
