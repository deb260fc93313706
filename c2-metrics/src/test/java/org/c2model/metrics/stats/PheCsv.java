package org.c2model.metrics.stats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the PHEindicatormethods test vectors where they lie, in the directory given by the system
 * property {@code c2.shared.dir} plus {@code /data/phe}; never copied into the repository.
 */
final class PheCsv {

  private PheCsv() {}

  /** The directory of the vectors; skips the calling test if it is absent. */
  static Path directory() {
    String shared = System.getProperty("c2.shared.dir", "../shared");
    Path dir = Path.of(shared, "data", "phe");
    assumeTrue(Files.isDirectory(dir),
        "PHE reference vectors absent at " + dir.toAbsolutePath() + " (set -Dc2.shared.dir); skipping");
    return dir;
  }

  /** Reads a CSV file as rows keyed by header, in file order. */
  static List<Map<String, String>> read(String fileName) {
    Path file = directory().resolve(fileName);
    try {
      List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.size() ? record.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** Parses a number, R's {@code NA} as NaN. */
  static double number(String text) {
    return "NA".equals(text) ? Double.NaN : Double.parseDouble(text);
  }

  /** Parses a {@code ;}-separated list of numbers. */
  static double[] numbers(String text) {
    String[] parts = text.split(";");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = number(parts[i]);
    }
    return values;
  }
}
