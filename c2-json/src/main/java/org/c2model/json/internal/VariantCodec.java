package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a value of a closed set of types as a JSON object with an explicit {@code "type"} property
 * naming its type, such as {@code {"type": "listening_event", "date": "2009-03-01", ...}}: how the
 * activities of a journey are written. No Java class name appears, there is no default typing,
 * and an unknown type name is an error naming the allowed ones.
 * <p>
 * The writer puts {@code type} first; a reader finds it anywhere in the object (buffering it when
 * it is not first). Adding a type is one {@link Builder#variant(String, ObjectCodec)} line; a
 * published type name is never renamed within a major format version.
 * <p>
 * Use it as the codec of a field whose declared type is the common type (a list of activities);
 * it is not registered with Jackson for the common type itself, because Jackson serializes by
 * runtime class and would leave the type out.
 *
 * @param <T>  the common type
 */
public final class VariantCodec<T> extends Codec<T> {

  private final Map<String, ObjectCodec<? extends T, ?>> byName;
  /** The type names and their codecs, in declaration order, for reading. */
  private final Codes names;
  private final List<ObjectCodec<? extends T, ?>> codecs;
  /**
   * The variant of each concrete class written so far: the first variant, in declaration order,
   * whose type the class is an instance of (the scan {@link #write} would do, memoised per class).
   */
  private final ClassValue<Variant<T>> variantOfClass = new ClassValue<>() {
    @Override
    protected Variant<T> computeValue(Class<?> concrete) {
      for (Map.Entry<String, ObjectCodec<? extends T, ?>> e : byName.entrySet()) {
        if (e.getValue().type().isAssignableFrom(concrete)) {
          return new Variant<>(new SerializedString(e.getKey()), e.getValue());
        }
      }
      return null;
    }
  };
  private static final SerializedString TYPE = new SerializedString("type");

  /** A variant's type name, with its quoted UTF-8 form made once, and its codec. */
  private record Variant<T>(SerializedString name, ObjectCodec<? extends T, ?> codec) {}

  private final String doc;

  private VariantCodec(Class<T> type, String doc, Map<String, ObjectCodec<? extends T, ?>> byName) {
    super(type, SchemaGenerator.defName(type), null);
    this.doc = doc;
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    this.names = new Codes(List.copyOf(this.byName.keySet()));
    this.codecs = List.copyOf(this.byName.values());
  }

  /**
   * Gets the types, by name, in declaration order: for the guard test that every attribute is mapped.
   *
   * @return the codec of each type, by its name, not null
   */
  Map<String, ObjectCodec<? extends T, ?>> variants() {
    return byName;
  }

  /**
   * Starts the closed set of types of a common type.
   *
   * @param <T>  the common type
   * @param type  the common type, not null
   * @return the builder, not null
   */
  public static <T> Builder<T> of(Class<T> type) {
    return new Builder<>(type);
  }

  /**
   * Gets the type names, in the order added.
   *
   * @return the names, not null
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Finds a field by name in the first type that has it: enough to turn a c2-core field such as
   * {@code activities[3].date} into a JSON Pointer, since the types share the names of their
   * common fields.
   *
   * @param name  the JSON property, not null
   * @return the field, null if no type has it
   */
  ObjectCodec.Field<?, ?, ?> field(String name) {
    for (ObjectCodec<? extends T, ?> codec : byName.values()) {
      ObjectCodec.Field<?, ?, ?> f = codec.field(name);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The schema: exactly one of the variants' objects, each with its constant {@code type}. */
  @Override
  ObjectNode schema(SchemaGenerator gen) {
    ObjectNode schema = SchemaGenerator.node();
    if (doc != null) {
      schema.put("description", doc);
    }
    ArrayNode oneOf = schema.putArray("oneOf");
    byName.forEach((name, codec) -> oneOf.add(gen.useVariant(name, codec)));
    return schema;
  }

  @Override
  public T read(JsonIn in) throws IOException {
    return in.readVariant(byName, names, codecs);
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    Variant<T> e = variantOfClass.get(value.getClass());
    if (e != null) {
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(e.name());
      writeAs(e.codec(), value, g);
      g.writeEndObject();
      return;
    }
    throw new IllegalArgumentException(type().getSimpleName() + " has no JSON type name for "
        + value.getClass().getSimpleName() + "; add it to its VariantCodec");
  }

  private static <V> void writeAs(ObjectCodec<V, ?> codec, Object value, JsonGenerator g) throws IOException {
    codec.writeFields(codec.type().cast(value), g);
  }

  /**
   * The closed set of types under construction.
   *
   * @param <T>  the common type
   */
  public static final class Builder<T> {
    private final Class<T> type;
    private final Map<String, ObjectCodec<? extends T, ?>> byName = new LinkedHashMap<>();
    private String doc;

    private Builder(Class<T> type) {
      this.type = type;
    }

    /**
     * Adds a type; types are tried in the order added when writing, so add subtypes first.
     *
     * @param name  the stable type name, lower case with underscores, such as {@code listening_event}, not null
     * @param codec  the codec of the type's fields, not null
     * @return this builder, not null
     */
    public Builder<T> variant(String name, ObjectCodec<? extends T, ?> codec) {
      if (!name.matches("[a-z][a-z0-9_]*") || byName.putIfAbsent(name, codec) != null) {
        throw new IllegalArgumentException("type name must be new and lower_snake_case: " + name);
      }
      return this;
    }

    /**
     * Describes the common type, for the schema.
     *
     * @param text  the description, not null
     * @return this builder, not null
     */
    public Builder<T> describedAs(String text) {
      this.doc = text;
      return this;
    }

    /**
     * Finishes the set.
     *
     * @return the codec, not null
     */
    public VariantCodec<T> build() {
      return new VariantCodec<>(type, doc, byName);
    }
  }
}
