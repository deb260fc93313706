package org.c2model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;

/**
 * The plain-block parser of the parallel load ({@link PlainBlock}) takes a block only when the
 * record parser ({@link CsvRecords}) would give the same store: for blocks mixing plain records with
 * every kind of odd one (quotes, spaces, CR line ends, fractions, signs, bad codes, missing and extra
 * fields, repeated keys), either it declines or both give the same observations in the same order,
 * or the same repeated-key error.
 */
class PlainBlockProperties {

  private static final String HEADER = "areaCode,indicator,period,numerator,denominator";
  private static final List<String> AREAS = List.of("E01000001", "E01000002", "E01000003");

  @Provide
  Arbitrary<String> blocks() {
    Arbitrary<String> area = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.of(AREAS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "E0100000X", " E01000001", "\"E01000001\"", "E01000001\t")));
    Arbitrary<String> indicator = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.of("burglary", "asb", "drugs")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "caf\u00e9", "a b", "x\ry")));
    Arbitrary<String> period = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.of("2019-01", "2019-02", "2019-Q2", "2020")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "2019-13", "19-01")));
    Arbitrary<String> numerator = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 2_000).map(String::valueOf)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("007", "999999999", "2147483647")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "4.25", "4.0", "-3", "+3", "1e3", "2147483648", "NaN")));
    Arbitrary<String> denominator = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.of("", "1500", "80", "1")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("0", "12.0", "-1", " 5")));
    Arbitrary<String> ending = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.just("\n")),
        net.jqwik.api.Tuple.of(3, Arbitraries.just("\r\n")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("\r", "\n\n", "\r\n\r\n", ",\n", ",extra\n")));
    Arbitrary<String> record = Combinators.combine(area, indicator, period, numerator, denominator, ending,
        Arbitraries.integers().between(0, 20))
        .as((a, i, p, n, d, e, shape) -> shape == 0 ? a + "," + i + "," + p + e
            : shape == 1 ? a + "," + i + "," + p + "," + n + e
            : a + "," + i + "," + p + "," + n + "," + d + e);
    Arbitrary<String> clean = Combinators.combine(Arbitraries.of(AREAS), Arbitraries.of("burglary", "asb", "drugs"),
        Arbitraries.of("2019-01", "2019-02", "2019-Q2", "2020"), Arbitraries.integers().between(0, 300),
        Arbitraries.of("", "1500", "80"), Arbitraries.of("\n", "\r\n"))
        .as((a, i, p, n, d, e) -> a + "," + i + "," + p + "," + n + "," + d + e);
    // a third of the blocks clean, the rest with about one odd record in ten
    Arbitrary<String> mixed = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, clean),
        net.jqwik.api.Tuple.of(1, record));
    return Arbitraries.<Arbitrary<String>>frequency(net.jqwik.api.Tuple.of(1, clean), net.jqwik.api.Tuple.of(2, mixed))
        .flatMap(r -> r.list().ofMaxSize(40)).map(rs -> String.join("", rs));
  }

  @Property(tries = 1000)
  void aPlainBlockGivesWhatTheRecordParserGives(@ForAll("blocks") String block, @ForAll boolean lastLineEnds) {
    String text = lastLineEnds || block.isEmpty() ? block : block.substring(0, block.length() - 1);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ObservationCsv.Header header = ObservationCsv.header(HEADER + "\n", "block.csv");
    Object expected = outcome(() -> {
      ColumnarObservations.Builder b = ColumnarObservations.builder();
      ObservationCsv.parsePart(new ByteArrayInputStream(bytes), "block.csv", BoundaryVintage.LSOA_2021, b, header, 1);
      return b.build();
    });
    ColumnarObservations.Builder fast = ColumnarObservations.builder();
    boolean taken = PlainBlock.parse(bytes, bytes.length, BoundaryVintage.LSOA_2021, header, fast);
    Statistics.label("taken").collect(taken);
    Statistics.label("taken").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("record parser fails").collect(expected instanceof CsvImportException);
    Statistics.label("record parser fails").coverage(c -> c.check(true).percentage(p -> p > 10));
    if (!taken) {
      return;
    }
    assertFalse(expected instanceof CsvImportException, () -> "taken although the record parser fails: " + expected);
    Object actual = outcome(fast::build);
    if (expected instanceof InvalidValueException) {
      assertEquals(((InvalidValueException) expected).getMessage(), ((Exception) actual).getMessage());
      return;
    }
    ColumnarObservations want = (ColumnarObservations) expected;
    ColumnarObservations got = (ColumnarObservations) actual;
    assertNotNull(got);
    assertEquals(want.size(), got.size());
    assertEquals(want.indicatorIds(), got.indicatorIds());
    assertEquals(want.periods(), got.periods());
    Set<AreaCode> areas = AREAS.stream().map(AreaCode::of).collect(Collectors.toSet());
    for (String id : want.indicatorIds()) {
      assertEquals(want.select(id, areas), got.select(id, areas));
    }
  }

  private static Object outcome(java.util.function.Supplier<ColumnarObservations> parse) {
    try {
      return parse.get();
    } catch (CsvImportException | InvalidValueException e) {
      return e;
    }
  }
}
