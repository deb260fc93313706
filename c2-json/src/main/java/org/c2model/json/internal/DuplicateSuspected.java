package org.c2model.json.internal;

import java.io.IOException;

/**
 * Thrown by a read whose parser does not detect repeated property names itself (see
 * {@link JsonIn#OWN_DUPLICATE_CHECK}) when a name may repeat, or when the read reaches input it
 * cannot check (a skipped or buffered object): the caller reads the input again with the parser's
 * own detection, which fails, or not, exactly as a read with it from the start.
 */
public final class DuplicateSuspected extends IOException {

  private static final long serialVersionUID = 1L;

  DuplicateSuspected() {
    super("a property name may repeat: read again with the parser's duplicate detection");
  }

  /** No stack trace: this is a signal to read again, never reported. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
