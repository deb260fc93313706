package org.c2model.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.LoadProgress;

/**
 * Loads a CSV file in one sequential read, parsing a large one on every processor.
 * <p>
 * The reading thread takes the file in blocks cut at line ends and hands each block to a worker,
 * which parses it into its own store; the stores are appended in file order, so the result is the
 * one a single pass gives. A cut is a record boundary only while no quoted field can span lines, so
 * from the first block holding a quote character the reading thread parses the rest of the stream
 * itself, in one pass. Either way every byte is read once: nothing is read again after a quote.
 * <p>
 * A worker first parses its block from the bytes ({@link PlainBlock}: no {@code String} per field);
 * a block that is not plain, or holds a value the store rejects, is parsed again from the same
 * bytes by {@link CsvRecords}, which gives the result or the exact error.
 */
final class ParallelLoad {

  /** Files smaller than this are parsed on the reading thread alone. */
  private static final long MIN_BYTES = 8L << 20;
  /** The size of a block handed to a worker (before it is cut back to a line end). */
  private static final int BLOCK = 2 << 20;
  private static final int PROGRESS_BATCH = 1 << 16;

  private ParallelLoad() {}

  /**
   * Returns a builder holding the observations of a stream in file order, reading the stream once, to
   * its end, without closing it; {@code size}, the file's size in bytes, decides whether parsing in
   * parallel is worth it.
   */
  static ColumnarObservations.Builder load(InputStream in, long size, String source, BoundaryVintage vintage,
      LoadProgress progress, long every) throws IOException {
    int workers = Runtime.getRuntime().availableProcessors();
    if (workers < 2 || size < MIN_BYTES) {
      return sequential(in, source, vintage, progress, every);
    }
    byte[] first = in.readNBytes(BLOCK);
    int headerEnd = indexOf(first, first.length, (byte) '\n') + 1;
    ObservationCsv.Header header = headerEnd == 0 || indexOf(first, headerEnd, (byte) '"') >= 0 ? null
        : header(first, headerEnd, source);
    if (header == null) {
      // No line end in the first block, a quoted header or one that is not UTF-8: one pass gives the error.
      return sequential(new SequenceInputStream(new ByteArrayInputStream(first), in), source, vintage, progress,
          every);
    }
    Progress counter = new Progress(progress, every);
    boolean plain = PlainBlock.accepts(header);
    ColumnarObservations.Builder all = ColumnarObservations.builder().onProgress(progress, Long.MAX_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(workers, new Workers());
    try {
      Deque<Future<ColumnarObservations>> pending = new ArrayDeque<>();
      // Each block is read into its own array and handed to its worker as it is: no copy of the file's bytes.
      byte[] block = new byte[BLOCK];
      int fill = first.length - headerEnd;
      System.arraycopy(first, headerEnd, block, 0, fill);
      long linesBefore = 1;
      while (true) {
        fill += in.readNBytes(block, fill, block.length - fill);
        if (fill == 0) {
          break;
        }
        if (indexOf(block, fill, (byte) '"') >= 0) {
          ColumnarObservations.Builder rest = part(counter);
          CsvImportException failed = null;
          try {
            ObservationCsv.parsePart(new SequenceInputStream(new ByteArrayInputStream(block, 0, fill), in), source,
                vintage, rest, header, linesBefore);
          } catch (CsvImportException e) {
            failed = e;
          }
          drain(pending, all, 0);
          if (failed != null) {
            throw failed;
          }
          all.appendAll(rest.build());
          return all;
        }
        // readNBytes fills the array unless the stream has ended
        boolean atEnd = fill < block.length;
        int cut = atEnd ? fill : lastIndexOf(block, fill, (byte) '\n') + 1;
        if (cut == 0) {
          // A line longer than a block: read on until it ends.
          block = Arrays.copyOf(block, block.length + BLOCK);
          continue;
        }
        byte[] chunk = block;
        int length = cut;
        long offset = linesBefore;
        pending.add(pool.submit(() -> {
          if (plain) {
            ColumnarObservations.Builder fast = ColumnarObservations.builder();
            if (PlainBlock.parse(chunk, length, vintage, header, fast)) {
              ColumnarObservations store = fast.build();
              counter.add(store.size());
              return store;
            }
          }
          ColumnarObservations.Builder b = part(counter);
          ObservationCsv.parsePart(new ByteArrayInputStream(chunk, 0, length), source, vintage, b, header, offset);
          return b.build();
        }));
        drain(pending, all, 2 * workers);
        linesBefore += count(chunk, length, (byte) '\n');
        if (atEnd) {
          break;
        }
        int tail = fill - cut;
        block = new byte[BLOCK];
        System.arraycopy(chunk, cut, block, 0, tail);
        fill = tail;
      }
      drain(pending, all, 0);
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ColumnarObservations.Builder sequential(InputStream in, String source, BoundaryVintage vintage,
      LoadProgress progress, long every) {
    ColumnarObservations.Builder builder = ColumnarObservations.builder().onProgress(progress, every);
    ObservationCsv.parseAll(in, source, vintage, builder);
    return builder;
  }

  private static ObservationCsv.Header header(byte[] bytes, int end, String source) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    // One pass skips empty lines before the header.
    return text.isBlank() ? null : ObservationCsv.header(text, source);
  }

  /** A builder of one block's store, adding its count to the file's. */
  private static ColumnarObservations.Builder part(Progress counter) {
    long[] told = {0};
    return ColumnarObservations.builder().onProgress(n -> {
      counter.add(n - told[0]);
      told[0] = n;
    }, PROGRESS_BATCH);
  }

  /**
   * Appends the oldest blocks' stores, in file order, until at most {@code keep} are pending; the
   * first failure in file order is thrown, as one pass would throw it.
   */
  private static void drain(Deque<Future<ColumnarObservations>> pending, ColumnarObservations.Builder all, int keep)
      throws IOException {
    while (pending.size() > keep) {
      try {
        all.appendAll(pending.removeFirst().get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while loading");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IOException(cause);
      }
    }
  }

  private static int indexOf(byte[] bytes, int end, byte b) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] bytes, int end, byte b) {
    for (int i = end - 1; i >= 0; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static long count(byte[] bytes, int end, byte b) {
    long n = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == b) {
        n++;
      }
    }
    return n;
  }

  /** Daemon worker threads, so a caller that never returns cannot keep the JVM alive. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "c2-csv-load-" + next.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /** Adds the blocks' counts and tells the caller's callback, one call at a time. */
  private static final class Progress {
    private final LoadProgress listener;
    private final long every;
    private final AtomicLong count = new AtomicLong();
    private long next;

    Progress(LoadProgress listener, long every) {
      this.listener = listener;
      this.every = every;
      this.next = every;
    }

    void add(long more) {
      long n = count.addAndGet(more);
      if (n >= next) {
        synchronized (this) {
          while (n >= next) {
            listener.loaded(next);
            next += every;
          }
        }
      }
    }
  }
}
