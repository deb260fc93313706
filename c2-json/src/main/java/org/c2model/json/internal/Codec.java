package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads and writes one Java type as one JSON value: the unit the c2 format is built from.
 * {@link ObjectCodec} maps value types field by field; {@link Scalars} holds the codecs of strings,
 * dates, numbers and codes.
 * <p>
 * A codec is also the one source of its JSON Schema: a leaf codec carries its schema fragment (type,
 * format, pattern, the enum of its codes, bounds) and, when the fragment is shared, the name of its
 * {@code $defs} entry; {@link ObjectCodec} and {@link VariantCodec} make theirs from their fields
 * and variants. {@link SchemaGenerator} puts them together per document kind.
 *
 * @param <T>  the type
 */
public abstract class Codec<T> {

  private final Class<T> type;
  /** The name of the schema's {@code $defs} entry, or null for a fragment written inline. */
  private final String defName;
  /** The schema fragment of a leaf codec; null for codecs that make theirs from their parts. */
  private final ObjectNode schema;

  /**
   * Creates a leaf codec.
   *
   * @param type  the type, not null
   * @param defName  the name of its {@code $defs} entry, or null to write the schema inline
   * @param schema  the schema of one value, not null for a leaf codec
   */
  Codec(Class<T> type, String defName, ObjectNode schema) {
    this.type = type;
    this.defName = defName;
    this.schema = schema;
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
   * Gets the name of this codec's {@code $defs} entry in a generated schema.
   *
   * @return the name, null if the schema is written inline where it is used
   */
  final String defName() {
    return defName;
  }

  /**
   * Makes the JSON Schema of one value: the definition itself, not a reference to it.
   *
   * @param gen  the generator, to refer to the schemas of the codecs this one uses, not null
   * @return a new schema node, not null
   */
  ObjectNode schema(SchemaGenerator gen) {
    return schema.deepCopy();
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
