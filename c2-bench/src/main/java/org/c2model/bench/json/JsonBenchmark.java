package org.c2model.bench.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.c2model.bench.rules.SyntheticJourneys;
import org.c2model.core.journey.Journey;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4 of issue 8: read and write a realistic journey document of 200 activities
 * ({@link SyntheticJourneys#longJourney(int)}: a partnership of about 30 people and eleven years of
 * meetings, listening events, newsletters, wins, service changes and the like; about 66 KB of
 * pretty-printed JSON). Peers in the same run, one thread each:
 * <ul>
 *   <li>{@code c2Read} / {@code c2Write}: {@link C2Json#read(DocumentKind, String)} of a journey (which builds and
 *       validates the immutable journey) and {@link C2Json#write(Object)};</li>
 *   <li>{@code jacksonRead} / {@code jacksonWrite}: plain Jackson databind on the hand-written
 *       records of {@link JourneyDocument}, with the same pretty printer, so it writes the same text.</li>
 * </ul>
 * Issue 8's target was read + write at least 0.8 times plain Jackson's throughput; issue 17's is
 * read + write, and read alone, at least 1.0 times. {@code AllBenchmarks} also times the four
 * methods in turns ({@code CpuTime json-in-turns}). c2's read needs about
 * 8 s of warm-up before its code is compiled (the first iterations take 1 to 1.5 ms), hence six
 * 2-second warm-up iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class JsonBenchmark {

  /** The number of activities of the document. */
  static final int ACTIVITIES = 200;

  private Journey journey;
  private String json;
  private JourneyDocument document;
  private ObjectReader reader;
  private ObjectWriter writer;

  /**
   * Builds the document, and checks that both sides read it back to what they wrote and that plain
   * Jackson writes the same text as c2.
   *
   * @throws JsonProcessingException if plain Jackson cannot read c2's document
   */
  @Setup(Level.Trial)
  public void setUp() throws JsonProcessingException {
    journey = SyntheticJourneys.longJourney(ACTIVITIES);
    json = C2Json.write(journey);
    ObjectMapper plain = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    reader = plain.readerFor(JourneyDocument.class);
    writer = plain.writerFor(JourneyDocument.class).with(prettyPrinter());
    document = reader.readValue(json);
    if (!C2Json.read(DocumentKind.JOURNEY, json).equals(journey)) {
      throw new IllegalStateException("c2 does not read back the journey it wrote");
    }
    String plainText = writer.writeValueAsString(document);
    System.out.printf("%njourney document: %d activities, %,d bytes; plain Jackson writes %s%n",
        journey.activities().size(), json.getBytes(StandardCharsets.UTF_8).length,
        plainText.equals(json) ? "the same text" : "different text (" + plainText.length() + " chars)");
  }

  /**
   * The pretty printer of {@link C2Json#write(Object)} (two-space indents, {@code \n}, {@code ": "}),
   * written out again here: the peer uses plain Jackson only, not c2-json internals.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * Reads the document with c2-json into a validated journey.
   *
   * @return the journey
   */
  @Benchmark
  public Journey c2Read() {
    return C2Json.read(DocumentKind.JOURNEY, json);
  }

  /**
   * Writes the journey with c2-json.
   *
   * @return the text
   */
  @Benchmark
  public String c2Write() {
    return C2Json.write(journey);
  }

  /**
   * Reads the document with plain Jackson into the records.
   *
   * @return the records
   * @throws JsonProcessingException never, for this document
   */
  @Benchmark
  public JourneyDocument jacksonRead() throws JsonProcessingException {
    return reader.readValue(json);
  }

  /**
   * Writes the records with plain Jackson.
   *
   * @return the text
   * @throws JsonProcessingException never, for these records
   */
  @Benchmark
  public String jacksonWrite() throws JsonProcessingException {
    return writer.writeValueAsString(document);
  }
}
