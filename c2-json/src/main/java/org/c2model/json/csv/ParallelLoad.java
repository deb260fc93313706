package org.c2model.json.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.store.ColumnarObservations;
import org.c2model.metrics.indicator.store.LoadProgress;

/**
 * Loads a large CSV file on every processor: the file is cut into parts at line ends, each part is
 * parsed into its own store, and the stores are appended in file order, so the result is the one a
 * single pass gives. A cut is only a record boundary when no quoted field spans lines, so a part that
 * holds a quote character makes the whole load fall back to one pass. Each byte is still read once
 * per pass.
 */
final class ParallelLoad {

  /** Files smaller than this are read in one pass. */
  private static final long MIN_BYTES = 8L << 20;
  private static final int PROGRESS_BATCH = 1 << 16;

  private ParallelLoad() {}

  /** Returns a builder holding the file's observations in file order, or null to read it in one pass. */
  static ColumnarObservations.Builder load(Path file, String source, BoundaryVintage vintage, LoadProgress progress,
      long every) throws IOException {
    int parts = Runtime.getRuntime().availableProcessors();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (parts < 2 || size < MIN_BYTES) {
        return null;
      }
      long headerEnd = lineEnd(ch, 0);
      if (headerEnd < 0) {
        return null;
      }
      byte[] head = new byte[(int) headerEnd];
      ch.read(ByteBuffer.wrap(head), 0);
      String headerText = new String(head, StandardCharsets.UTF_8);
      if (headerText.indexOf('"') >= 0) {
        return null;
      }
      ObservationCsv.Header header = ObservationCsv.header(headerText, source);
      long[] starts = new long[parts + 1];
      starts[0] = headerEnd;
      starts[parts] = size;
      for (int k = 1; k < parts; k++) {
        long end = lineEnd(ch, Math.max(starts[k - 1], headerEnd + (size - headerEnd) * k / parts));
        starts[k] = end < 0 ? size : end;
      }
      Progress counter = new Progress(progress, every);
      List<ColumnarObservations> stores;
      try {
        stores = IntStream.range(0, parts).parallel()
            .mapToObj(k -> part(file, source, vintage, header, starts, k, counter))
            .collect(Collectors.toList());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (stores.contains(null)) {
        return null;
      }
      ColumnarObservations.Builder all = ColumnarObservations.builder().onProgress(progress, Long.MAX_VALUE);
      stores.forEach(all::appendAll);
      return all;
    }
  }

  /** Parses part k into a store, or returns null if it holds a quote character. */
  private static ColumnarObservations part(Path file, String source, BoundaryVintage vintage,
      ObservationCsv.Header header, long[] starts, int k, Progress counter) {
    long[] told = {0};
    ColumnarObservations.Builder b = ColumnarObservations.builder().onProgress(n -> {
      counter.add(n - told[0]);
      told[0] = n;
    }, PROGRESS_BATCH);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
         QuoteWatch in = new QuoteWatch(ch, starts[k], starts[k + 1]);
         Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      try {
        ObservationCsv.parsePart(reader, source, vintage, b, header, k == 0 ? 1 : 0);
      } catch (CsvImportException e) {
        if (in.quoted) {
          return null;
        }
        throw k == 0 ? e : e.movedDown(lines(ch, starts[k]));
      }
      return in.quoted ? null : b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the offset just after the first line end at or after {@code from}, or -1 if none. */
  private static long lineEnd(FileChannel ch, long from) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = from;
    while (true) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (buf.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
  }

  /** Counts the lines before an offset, for error messages only. */
  private static long lines(FileChannel ch, long end) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long lines = 0;
    for (long pos = 0; pos < end; ) {
      buf.clear();
      buf.limit((int) Math.min(buf.capacity(), end - pos));
      int n = ch.read(buf, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buf.get(i) == '\n') {
          lines++;
        }
      }
      pos += n;
    }
    return lines;
  }

  /** Adds the parts' counts and tells the caller's callback, one call at a time. */
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

  /** A byte range of a file as a stream, noting whether it holds a quote character. */
  private static final class QuoteWatch extends FilterInputStream {
    private final FileChannel ch;
    private long pos;
    private final long end;
    boolean quoted;

    QuoteWatch(FileChannel ch, long start, long end) {
      super(InputStream.nullInputStream());
      this.ch = ch;
      this.pos = start;
      this.end = end;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos >= end) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = off; i < off + n; i++) {
        if (b[i] == '"') {
          quoted = true;
        }
      }
      pos += n;
      return n;
    }
  }
}
