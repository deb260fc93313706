package org.c2model.bench.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.c2model.core.partnership.Partnership;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: reading a partnership document near the 16 MiB limit ({@link C2Json#MAX_DOCUMENT_LENGTH})
 * must stay within 3 times Jackson's plain parse of the same bytes into a tree, so construction of a
 * partnership is {@code O(n log n)}, not pairwise. The document is compact JSON with
 * {@link #RESIDENTS} residents and {@code members} board memberships handed round them, each
 * person's memberships one after another (one day each, a day apart), as dense a board history as
 * the format allows. Peers in the same run, one thread each:
 * <ul>
 *   <li>{@code c2Read}: {@link C2Json#readPartnership(java.io.InputStream)}, which builds and
 *       validates the immutable partnership (every person id known, no overlapping memberships);</li>
 *   <li>{@code jacksonTree}: {@link ObjectMapper#readTree(byte[])} of the same bytes.</li>
 * </ul>
 * Run: {@code java -jar c2-bench/target/benchmarks.jar PartnershipReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class PartnershipReadBenchmark {

  /** The number of residents the memberships are handed round. */
  static final int RESIDENTS = 1_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2009, 6, 1);

  /** The number of board memberships; the default is the most that keeps the document under 16 MiB. */
  @Param("199000")
  public int members;

  private byte[] document;
  private ObjectMapper plain;

  /**
   * Builds the document and checks that c2 reads it, with every membership, within the size limit.
   */
  @Setup(Level.Trial)
  public void setUp() {
    document = document(members).getBytes(StandardCharsets.UTF_8);
    if (document.length > C2Json.MAX_DOCUMENT_LENGTH) {
      throw new IllegalStateException(document.length + " bytes is over the limit of c2-json");
    }
    plain = new ObjectMapper();
    Partnership p = C2Json.read(DocumentKind.PARTNERSHIP, new ByteArrayInputStream(document));
    if (p.memberships().size() != members) {
      throw new IllegalStateException("c2 read " + p.memberships().size() + " memberships");
    }
    System.out.printf("%npartnership document: %,d residents, %,d memberships, %,d bytes%n",
        RESIDENTS, members, document.length);
  }

  /**
   * Writes the document: compact, as a careless exporter or an attacker would send it.
   *
   * @param members  the number of memberships
   * @return the JSON text
   */
  static String document(int members) {
    StringBuilder json = new StringBuilder(members * 84 + RESIDENTS * 90);
    json.append("{\"c2\":\"").append(C2Json.FORMAT_VERSION).append("\",\"kind\":\"partnership\",")
        .append("\"id\":\"P-BENCH\",\"name\":\"Benchmark partnership\",")
        .append("\"neighbourhood\":{\"id\":\"N-BENCH\",\"name\":\"Benchmark estate\",")
        .append("\"areaCodes\":[\"E01020136\"],\"population\":3400},")
        .append("\"constitutionAdopted\":\"").append(FIRST_DAY).append("\",\"residents\":[");
    for (int r = 0; r < RESIDENTS; r++) {
      json.append(r == 0 ? "" : ",").append("{\"id\":\"R").append(r)
          .append("\",\"keyResident\":false,\"existingActivist\":false,\"electedMember\":false}");
    }
    json.append("],\"agencyRepresentatives\":[],\"memberships\":[");
    for (int m = 0; m < members; m++) {
      LocalDate joined = FIRST_DAY.plusDays(2L * (m / RESIDENTS));
      json.append(m == 0 ? "" : ",").append("{\"personId\":\"R").append(m % RESIDENTS)
          .append("\",\"joined\":\"").append(joined).append("\",\"left\":\"").append(joined.plusDays(1))
          .append("\",\"joinedBy\":\"co_opted\"}");
    }
    return json.append("],\"officerTerms\":[]}").toString();
  }

  /**
   * Reads the document with c2-json into a validated partnership.
   *
   * @return the partnership
   */
  @Benchmark
  public Partnership c2Read() {
    return C2Json.read(DocumentKind.PARTNERSHIP, new ByteArrayInputStream(document));
  }

  /**
   * Parses the same bytes with plain Jackson into a tree.
   *
   * @return the tree
   * @throws IOException never, for this document
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return plain.readTree(document);
  }
}
