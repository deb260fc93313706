package org.c2model.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps a c2 value type to a JSON object through its public builder, as a table of fields: each
 * field names its JSON property, the codec of its value, how to get it from the value and how to
 * put it in the builder. The table order is the write order.
 * <p>
 * Reading never returns a half-built value: fields go into a builder, and the builder's
 * {@code build()} checks every invariant; an {@code InvalidValueException} is reported at the path
 * of the field it names. A type without a public builder gathers its fields in {@link Values} and
 * passes them to its factory. A value that also holds values derived from it, such as totals,
 * gathers those in {@link Derived} and checks them once built.
 * <p>
 * The table is also the type's JSON Schema ({@link SchemaGenerator}): each field carries its
 * description ({@link Spec#doc}), the bounds its builder checks ({@link Spec#constrain}) and whether
 * the builder has a default for it ({@link Spec#defaulted}), so {@code required} is derived:
 * a field of {@link Spec#field} is required unless defaulted; optional and array fields never are.
 *
 * @param <T>  the value type
 * @param <B>  the builder type
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Field<T, B, ?>> fields;
  private final Map<String, Field<T, B, ?>> byName;
  /**
   * At {@code i + 1}, the index of the field that followed field {@code i} (at 0, the first field)
   * when that was last not what was expected; the number of fields for the end of the object. Only
   * a guess of which name to match first, so it is shared by every thread without locking: a read
   * of a stale index costs one name compared in vain, never a wrong field (an {@code int} is read
   * whole, and each value written is an index in range).
   */
  private final int[] follows;
  private final String doc;
  private final ObjectNode typeConstraints;

  private ObjectCodec(Spec<T, B> spec) {
    super(spec.type, spec.defName, null);
    this.doc = spec.doc;
    this.typeConstraints = spec.typeConstraints.deepCopy();
    this.newBuilder = spec.newBuilder;
    this.build = spec.build;
    this.fields = List.copyOf(spec.fields);
    Map<String, Field<T, B, ?>> map = new HashMap<>();
    spec.fields.forEach(f -> map.put(f.name, f));
    this.byName = Collections.unmodifiableMap(map);
    this.follows = new int[fields.size() + 1];
    Arrays.setAll(follows, i -> i);
  }

  /**
   * Starts the field table of a type.
   *
   * @param <T>  the value type
   * @param <B>  the builder type
   * @param type  the value type, not null
   * @param newBuilder  creates an empty builder, not null
   * @param build  builds the value, checking its invariants, not null
   * @return the table, not null
   */
  public static <T, B> Spec<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Spec<>(type, newBuilder, build);
  }

  @Override
  public T read(JsonIn in) throws IOException {
    return in.readObject(this);
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeFields(value, g);
    g.writeEndObject();
  }

  /**
   * Writes the fields of a value, without the braces.
   *
   * @param value  the value, not null
   * @param g  the generator, inside an object, not null
   * @throws IOException if the generator fails
   */
  void writeFields(T value, JsonGenerator g) throws IOException {
    for (Field<T, B, ?> f : fields) {
      f.write(value, g);
    }
  }

  @Override
  ObjectNode schema(SchemaGenerator gen) {
    return objectSchema(gen, null);
  }

  /**
   * Makes the schema of the object: its description, properties in table order, the required ones,
   * and no other property.
   *
   * @param gen  the generator, not null
   * @param typeName  the {@code type} of a variant, written as a constant first property, or null
   * @return the schema, not null
   */
  ObjectNode objectSchema(SchemaGenerator gen, String typeName) {
    ObjectNode schema = SchemaGenerator.node();
    if (doc != null) {
      schema.put("description", doc);
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.arrayNode();
    if (typeName != null) {
      properties.set("type", SchemaGenerator.node("const", typeName));
      required.add("type");
    }
    for (Field<T, B, ?> f : fields) {
      properties.set(f.name, f.schema(gen));
      if (f.shape == Shape.REQUIRED && !f.defaulted) {
        required.add(f.name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.setAll(typeConstraints.deepCopy());
    schema.put("additionalProperties", false);
    return schema;
  }

  B newBuilder() {
    return newBuilder.get();
  }

  T build(B builder) {
    return build.apply(builder);
  }

  Field<T, B, ?> field(String name) {
    return byName.get(name);
  }

  /**
   * Gets the field of a name read after the field at {@code previous}: c2 writes the fields in
   * table order and leaves out absent optional ones, so the name is most often one of the next few,
   * compared as the same instance (the parser interns names, as the table's are) before the map is
   * asked.
   *
   * @param previous  the index of the field read before, or -1 at the start of the object
   * @param name  the name read, not null
   * @return the field, or null if the table has none of that name
   */
  Field<T, B, ?> fieldAfter(int previous, String name) {
    for (int i = previous + 1, end = Math.min(fields.size(), previous + 1 + NEXT_FIELDS); i < end; i++) {
      Field<T, B, ?> f = fields.get(i);
      if (f.name == name) {
        return f;
      }
    }
    return byName.get(name);
  }

  /** How many fields after the previous one {@link #fieldAfter} compares before asking the map. */
  private static final int NEXT_FIELDS = 4;

  /**
   * Gets the field expected after the one at {@code previous}: the one that followed it in the
   * last object read, at first the next in table order. The parser matches the name of the field
   * expected in place, without parsing or looking it up, so when each object leaves out the same
   * optional fields (as the activities of one journey mostly do), names need no look-up at all.
   *
   * @param previous  the index of the field read before, or -1 at the start of the object
   * @return the field, or null if the object is expected to end
   */
  Field<T, B, ?> expectedAfter(int previous) {
    int next = follows[previous + 1];
    return next < fields.size() ? fields.get(next) : null;
  }

  /**
   * Notes what followed the field at {@code previous} in an object where it was not what was
   * expected.
   *
   * @param previous  the index of the field read before, or -1 at the start of the object
   * @param next  the index of the field read after it, or the number of fields if the object ended
   */
  void followed(int previous, int next) {
    follows[previous + 1] = next;
  }

  /**
   * Gets the field table, in write order: for the guard test that every attribute is mapped.
   *
   * @return the fields, not null
   */
  List<Field<T, B, ?>> fields() {
    return fields;
  }

  /** How a field's value sits in the JSON. */
  enum Shape { REQUIRED, OPTIONAL, LIST, SET }

  /** One field of the table. */
  static final class Field<T, B, V> {
    final String name;
    /** The position of the field in its table. */
    final int index;
    /**
     * The name with its quoted form made once, as Jackson's own bean writers keep it: written by
     * the generator, and matched in place by the parser when it is the field expected next.
     */
    final SerializedString serializedName;
    final Codec<V> codec;
    final Shape shape;
    private final Function<T, ?> get;
    private final BiConsumer<B, V> set;
    private final BiConsumer<B, List<V>> setAll;
    /** The description in the schema; set while the table is built. */
    String doc;
    /** Whether the builder has a default for a field of {@link Shape#REQUIRED}, so it may be absent. */
    boolean defaulted;
    /** The schema keywords of the bounds the builder checks, such as {@code minimum}. */
    final ObjectNode constraints = SchemaGenerator.node();

    Field(String name, int index, Codec<V> codec, Shape shape, Function<T, ?> get, BiConsumer<B, V> set,
        BiConsumer<B, List<V>> setAll) {
      this.name = name;
      this.index = index;
      this.serializedName = new SerializedString(name);
      this.codec = codec;
      this.shape = shape;
      this.get = get;
      this.set = set;
      this.setAll = setAll;
    }

    /** Makes the schema of the field's value. */
    ObjectNode schema(SchemaGenerator gen) {
      // A single leaf value with bounds of its own is written inline, so the bounds replace its
      // general ones: beside a $ref they could only add to them. An array's bounds are its own.
      boolean inline = (shape == Shape.REQUIRED || shape == Shape.OPTIONAL) && !constraints.isEmpty()
          && !(codec instanceof ObjectCodec) && !(codec instanceof VariantCodec);
      ObjectNode value = inline ? codec.schema(gen) : gen.use(codec);
      ObjectNode shaped;
      switch (shape) {
        case REQUIRED:
          shaped = value;
          break;
        case OPTIONAL:
          shaped = SchemaGenerator.nullable(value);
          break;
        default:
          shaped = SchemaGenerator.node("type", "array", "items", value);
          if (shape == Shape.SET) {
            shaped.put("uniqueItems", true);
          }
      }
      ObjectNode schema = SchemaGenerator.node();
      if (doc != null) {
        schema.put("description", doc);
        shaped.remove("description");
      }
      schema.setAll(shaped);
      schema.setAll(constraints);
      return schema;
    }

    void read(B builder, JsonIn in) throws IOException {
      switch (shape) {
        case REQUIRED:
          set.accept(builder, codec.read(in));
          break;
        case OPTIONAL:
          if (!in.isNull()) {
            set.accept(builder, codec.read(in));
          }
          break;
        default:
          setAll.accept(builder, in.readArray(codec, shape == Shape.SET));
      }
    }

    @SuppressWarnings("unchecked") // the getter's type matches the shape: checked by the Spec methods
    void write(T value, JsonGenerator g) throws IOException {
      Object got = get.apply(value);
      switch (shape) {
        case REQUIRED:
          g.writeFieldName(serializedName);
          codec.write((V) got, g);
          break;
        case OPTIONAL:
          Optional<V> opt = (Optional<V>) got;
          if (opt.isPresent()) {
            g.writeFieldName(serializedName);
            codec.write(opt.get(), g);
          }
          break;
        default:
          g.writeFieldName(serializedName);
          g.writeStartArray();
          for (V v : (Collection<V>) got) {
            codec.write(v, g);
          }
          g.writeEndArray();
      }
    }
  }

  /**
   * The field table of a type under construction.
   *
   * @param <T>  the value type
   * @param <B>  the builder type
   */
  public static final class Spec<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private String defName;
    private String doc;
    private final ObjectNode typeConstraints = SchemaGenerator.node();

    private Spec(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.defName = SchemaGenerator.defName(type);
      this.newBuilder = newBuilder;
      this.build = build;
    }

    private <V> Spec<T, B> add(String name, Codec<V> codec, Shape shape, Function<T, ?> get, BiConsumer<B, V> set,
        BiConsumer<B, List<V>> setAll) {
      if (!names.add(name)) {
        throw new IllegalStateException("field " + name + " is mapped twice in " + type.getSimpleName());
      }
      if (set == null && setAll == null) {
        throw new IllegalStateException("field " + name + " of " + type.getSimpleName() + " needs a setter");
      }
      fields.add(new Field<>(name, fields.size(), codec, shape, get, set, setAll));
      return this;
    }

    /**
     * Adds a field that is always written; reading it, JSON null is an error. Whether it may be
     * absent is up to the builder (attributes with defaults may be).
     *
     * @param <V>  the field type
     * @param name  the JSON property, camelCase, equal to the accessor it maps, not null
     * @param codec  the value's codec, not null
     * @param get  gets the value, not null
     * @param set  sets it on the builder, not null
     * @return this table, not null
     */
    public <V> Spec<T, B> field(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(name, codec, Shape.REQUIRED, get, set, null);
    }

    /**
     * Adds an optional field: written only when present; on reading, absent or JSON null leaves it
     * empty.
     *
     * @param <V>  the field type
     * @param name  the JSON property, not null
     * @param codec  the value's codec, not null
     * @param get  gets the optional value, not null
     * @param set  sets a present value on the builder, not null
     * @return this table, not null
     */
    public <V> Spec<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(name, codec, Shape.OPTIONAL, get, set, null);
    }

    /**
     * Adds an array field, written in the getter's order; absent leaves the builder's default.
     *
     * @param <V>  the element type
     * @param name  the JSON property, not null
     * @param codec  the element codec, not null
     * @param get  gets the elements in a deterministic order, not null
     * @param set  sets all the elements on the builder, not null
     * @return this table, not null
     */
    public <V> Spec<T, B> list(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return add(name, codec, Shape.LIST, get, null, set);
    }

    /**
     * Adds an array field whose elements must be distinct; a repeated element is an error at its
     * index.
     *
     * @param <V>  the element type
     * @param name  the JSON property, not null
     * @param codec  the element codec, not null
     * @param get  gets the elements in a deterministic order (sort sets), not null
     * @param set  sets all the elements on the builder, not null
     * @return this table, not null
     */
    public <V> Spec<T, B> set(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      return add(name, codec, Shape.SET, get, null, set);
    }

    /**
     * Describes the type, for its schema.
     *
     * @param text  the description, not null
     * @return this table, not null
     */
    public Spec<T, B> describedAs(String text) {
      this.doc = text;
      return this;
    }

    /**
     * Names the type's {@code $defs} entry in the schemas, when its lowerCamel simple name is
     * taken by another type.
     *
     * @param name  the name, not null
     * @return this table, not null
     */
    public Spec<T, B> named(String name) {
      this.defName = name;
      return this;
    }

    /**
     * Adds a constraint across fields that the builder checks to the type's schema, such as
     * {@code constrainType("anyOf", ...)}.
     *
     * @param keyword  the JSON Schema keyword, not null
     * @param value  its value, not null
     * @return this table, not null
     */
    public Spec<T, B> constrainType(String keyword, Object value) {
      typeConstraints.set(keyword, SchemaGenerator.value(value));
      return this;
    }

    /**
     * Describes the field added last, for the schema.
     *
     * @param text  the description, not null
     * @return this table, not null
     */
    public Spec<T, B> doc(String text) {
      last().doc = text;
      return this;
    }

    /**
     * Marks the field added last, a field of {@link #field}, as one the builder has a default for:
     * the schema does not require it.
     *
     * @return this table, not null
     */
    public Spec<T, B> defaulted() {
      Field<T, B, ?> f = last();
      if (f.shape != Shape.REQUIRED) {
        throw new IllegalStateException("only a field of field(...) can be defaulted: " + f.name);
      }
      f.defaulted = true;
      return this;
    }

    /**
     * Adds a bound the builder checks to the schema of the field added last, such as
     * {@code constrain("minimum", 1)} or {@code constrain("minItems", 1)}.
     *
     * @param keyword  the JSON Schema keyword, not null
     * @param value  its value: a string, number, boolean or list of strings, not null
     * @return this table, not null
     */
    public Spec<T, B> constrain(String keyword, Object value) {
      last().constraints.set(keyword, SchemaGenerator.value(value));
      return this;
    }

    private Field<T, B, ?> last() {
      if (fields.isEmpty()) {
        throw new IllegalStateException("no field of " + type.getSimpleName() + " added yet");
      }
      return fields.get(fields.size() - 1);
    }

    /**
     * Finishes the table.
     *
     * @return the codec, not null
     */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
