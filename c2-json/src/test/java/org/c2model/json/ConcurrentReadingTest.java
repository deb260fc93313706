package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One shared reader ({@link C2Json}'s) used from 16 threads over 10,000 documents (each read by four
 * threads), one in ten of them truncated, gives exactly the results of reading them one after another.
 */
class ConcurrentReadingTest {

  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 16;

  /** A document to read and its kind. */
  private static final class Input {
    final DocumentKind<?> kind;
    final String json;

    Input(DocumentKind<?> kind, String json) {
      this.kind = kind;
      this.json = json;
    }
  }

  private static Object outcome(Input input) {
    try {
      return C2Json.read(input.kind, input.json);
    } catch (C2JsonException e) {
      return "failed: " + e.getMessage();
    }
  }

  @Test
  void read_sharedFrom16ThreadsGivesTheSequentialResults() throws Exception {
    List<Object> documents = DomainArbitraries.readableDocuments().sampleStream().limit(DOCUMENTS).collect(Collectors.toList());
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Object document = documents.get(i);
      String json = C2Json.write(document);
      inputs.add(new Input(DocumentKind.of(document).orElseThrow(), i % 10 == 0 ? json.substring(0, json.length() / 2) : json));
    }
    List<Object> sequential = inputs.stream().map(ConcurrentReadingTest::outcome).collect(Collectors.toList());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object[]>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * (DOCUMENTS / THREADS);
        results.add(pool.submit(() -> {
          start.await();
          Object[] out = new Object[DOCUMENTS];
          // each thread reads a quarter of the documents, starting at its own place: every document
          // is read by four threads, and reads of every kind overlap
          for (int k = 0; k < DOCUMENTS / 4; k++) {
            int i = (offset + k) % DOCUMENTS;
            out[i] = outcome(inputs.get(i));
          }
          return out;
        }));
      }
      start.countDown();
      int compared = 0;
      for (Future<Object[]> f : results) {
        Object[] out = f.get();
        for (int i = 0; i < DOCUMENTS; i++) {
          if (out[i] != null) {
            assertEquals(sequential.get(i), out[i], "document " + i);
            compared++;
          }
        }
      }
      assertEquals(THREADS * (DOCUMENTS / 4), compared);
    } finally {
      pool.shutdownNow();
    }
  }
}
