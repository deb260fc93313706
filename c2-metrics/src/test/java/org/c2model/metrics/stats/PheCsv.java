package org.c2model.metrics.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the PHEindicatormethods test vectors from the test class path
 * ({@code src/test/resources/org/c2model/metrics/stats/phe}, whose README names their source,
 * version and licence). They are part of the repository, so every test that reads them runs on
 * every clone; a missing file is a failure, never a skip.
 */
final class PheCsv {

  private PheCsv() {}

  /** The class-path folder of the vectors, relative to this class's package. */
  private static final String FOLDER = "phe/";

  /** The directory of the vectors on the test class path; fails if it is absent. */
  static Path directory() {
    URL url = PheCsv.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("PHE reference vectors missing from the test class path: " + FOLDER);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("PHE reference vectors at an unreadable location: " + url, e);
    }
  }

  /** Reads a CSV file as rows keyed by header, in file order; fails if the file is absent. */
  static List<Map<String, String>> read(String fileName) {
    try (InputStream in = PheCsv.class.getResourceAsStream(FOLDER + fileName)) {
      if (in == null) {
        throw new IllegalStateException("PHE reference vector file missing from the test class path: " + fileName);
      }
      List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
