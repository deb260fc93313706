package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Reads and writes one Java type as one JSON value: the unit the c2 format is built from.
 * {@link ObjectCodec} maps value types field by field; {@link Scalars} holds the codecs of strings,
 * dates, numbers and codes.
 *
 * @param <T>  the type
 */
public abstract class Codec<T> {

  private final Class<T> type;

  Codec(Class<T> type) {
    this.type = type;
  }

  /**
   * Gets the type this codec maps.
   *
   * @return the type, not null
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * Reads a value starting at the parser's current token, leaving the parser on the value's last
   * token.
   *
   * @param in  the reading state, not null
   * @return the value, not null
   * @throws IOException on malformed input, as a {@link PointedException} where the path is known
   */
  public abstract T read(JsonIn in) throws IOException;

  /**
   * Writes a value.
   *
   * @param value  the value, not null
   * @param g  the generator, not null
   * @throws IOException if the generator fails
   */
  public abstract void write(T value, JsonGenerator g) throws IOException;
}
