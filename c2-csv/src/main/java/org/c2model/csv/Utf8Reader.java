package org.c2model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 from bytes and counts the line breaks
 * it has delivered, so that invalid bytes are reported on their own line.
 * <p>
 * {@link java.io.InputStreamReader} cannot do this: when it meets an invalid byte it throws without
 * saying how many characters it decoded before it. This reader returns the valid characters first
 * and throws {@link Malformed} on the next call, naming the line of the first invalid byte. Line
 * breaks are counted as the CSV parser counts them: LF, CR and CR LF are one break each.
 */
final class Utf8Reader extends Reader {

  /** Invalid UTF-8, with the one-based line of the first invalid byte. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    Malformed(long line, String detail) {
      super(detail);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final long firstLine;
  private long breaks;
  private boolean afterCr;
  private boolean eof;
  private Malformed pending;

  /**
   * Creates a reader of a stream, which is left open by {@link #close()}: who opened it closes it.
   *
   * @param in  the bytes
   * @param firstLine  the line number of the stream's first byte, from 1
   */
  Utf8Reader(InputStream in, long firstLine) {
    this.in = in;
    this.firstLine = firstLine;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        int n = out.position() - off;
        count(cbuf, off, n);
        pending = new Malformed(firstLine + breaks, "invalid UTF-8: " + r.length() + " byte(s) "
            + hex(bytes, r.length()) + " that are not UTF-8");
        if (n > 0) {
          return n;
        }
        throw pending;
      }
      if (r.isOverflow() || out.position() > off) {
        break;
      }
      if (eof) {
        return -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = out.position() - off;
    count(cbuf, off, n);
    return n;
  }

  private void count(char[] cbuf, int off, int n) {
    long b = breaks;
    boolean cr = afterCr;
    for (int i = off, end = off + n; i < end; i++) {
      char c = cbuf[i];
      if (c == '\n') {
        if (!cr) {
          b++;
        }
        cr = false;
      } else if (c == '\r') {
        b++;
        cr = true;
      } else {
        cr = false;
      }
    }
    breaks = b;
    afterCr = cr;
  }

  private static String hex(ByteBuffer bytes, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      sb.append(String.format("%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    return sb.toString();
  }

  @Override
  public void close() {
    // the stream is not ours to close
  }
}
