package org.c2model.metrics.savings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.c2model.core.InvalidValueException;

/**
 * A header-driven reader of comma-separated values (RFC 4180 quoting, one record per line), with
 * errors that name the line: {@code Invalid value for line 7, cost (must be a decimal number): 'abc'}.
 * <p>
 * Blank lines and lines starting with {@code #} are skipped. Columns beyond the required and
 * optional ones are ignored, so richer files can be read.
 */
final class Csv {

  /** One data record: its line number and its values by column name. */
  static final class Row {
    private final int line;
    private final Map<String, String> values;

    Row(int line, Map<String, String> values) {
      this.line = line;
      this.values = values;
    }

    int line() {
      return line;
    }

    String field(String column) {
      return "line " + line + ", " + column;
    }

    String get(String column) {
      String v = values.getOrDefault(column, "");
      if (v.isBlank()) {
        throw InvalidValueException.of(field(column), "must not be blank", "'" + v + "'");
      }
      return v;
    }

    String getOptional(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private Csv() {}

  static void read(Reader reader, Set<String> required, Consumer<Row> rows) {
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    List<String> header = null;
    int lineNumber = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = split(line, lineNumber);
        if (header == null) {
          header = new ArrayList<>();
          for (String c : cells) {
            header.add(c.trim().toLowerCase(Locale.ROOT));
          }
          for (String r : required) {
            if (!header.contains(r)) {
              throw InvalidValueException.of("line " + lineNumber + ", header", "must have a column " + r,
                  "'" + line + "'");
            }
          }
          continue;
        }
        if (cells.size() > header.size()) {
          throw InvalidValueException.of("line " + lineNumber, "must have at most " + header.size() + " cells",
              cells.size());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          values.put(header.get(i), cells.get(i).trim());
        }
        rows.accept(new Row(lineNumber, values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      throw InvalidValueException.of("line 1, header", "must be present", "end of input");
    }
  }

  static List<String> split(String line, int lineNumber) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw InvalidValueException.of("line " + lineNumber, "must close every quoted cell", "'" + line + "'");
    }
    cells.add(cell.toString());
    return cells;
  }
}
