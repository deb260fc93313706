package org.c2model.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (draft 2020-12) of a document kind from its codec, the one place its
 * property names, types and descriptions are written: the schemas shipped in the jar are this
 * generator's output, checked in and compared byte for byte by a test.
 * <p>
 * The document's own fields sit at the root beside the {@code c2}/{@code kind} envelope; every other
 * object type, variant set and shared leaf (text, dates, codes) is a {@code $defs} entry, named by
 * its codec, that the fields refer to. Objects admit no other property, as the reader refuses
 * unknown ones. The output is deterministic: {@code $defs} in name order, fields in codec order,
 * 2-space indent and a final newline.
 */
public final class SchemaGenerator {

  /** The published base of the schemas' {@code $id}s. */
  static final String ID_BASE = "https://c2model.org/schema/json/" + JsonIn.MAJOR + ".0/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> defs = new TreeMap<>();
  private final Map<String, Codec<?>> defOwners = new HashMap<>();

  private SchemaGenerator() {}

  /**
   * Generates the schema of a document kind.
   *
   * @param kind  the kind's code, such as {@code partnership}, not null
   * @param root  the codec of the document's type, not null
   * @return the schema text, not null
   */
  public static String generate(String kind, ObjectCodec<?, ?> root) {
    SchemaGenerator gen = new SchemaGenerator();
    ObjectNode body = root.objectSchema(gen, null);
    ObjectNode schema = node("$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", ID_BASE + kind + ".schema.json",
        "title", "c2 " + kind.replace('_', ' '));
    if (body.has("description")) {
      schema.set("description", body.get("description"));
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("c2", node("description", "The format version, major.minor; this schema describes " + JsonIn.MAJOR
        + ".x.", "type", "string", "pattern", "^" + JsonIn.MAJOR + "\\.[0-9]{1,4}$"));
    properties.set("kind", node("description", "The document kind.", "const", kind));
    properties.setAll((ObjectNode) body.get("properties"));
    ArrayNode required = schema.putArray("required").add("c2").add("kind");
    if (body.has("required")) {
      required.addAll((ArrayNode) body.get("required"));
    }
    schema.put("additionalProperties", false);
    if (!gen.defs.isEmpty()) {
      schema.putObject("$defs").setAll(gen.defs);
    }
    StringBuilder out = new StringBuilder();
    print(schema, 0, out);
    return out.append('\n').toString();
  }

  /**
   * Gets the schema of a value of a codec where it is used: a reference to its {@code $defs} entry,
   * added on first use, or the fragment itself when the codec has no entry.
   *
   * @param codec  the codec, not null
   * @return a new node, not null
   */
  ObjectNode use(Codec<?> codec) {
    String name = codec.defName();
    if (name == null) {
      return codec.schema(this);
    }
    define(name, codec, () -> codec.schema(this));
    return node("$ref", "#/$defs/" + name);
  }

  /**
   * Gets a reference to a variant's object schema, with its {@code type} property, adding it on
   * first use.
   */
  ObjectNode useVariant(String typeName, ObjectCodec<?, ?> codec) {
    String name = codec.defName();
    define(name, codec, () -> codec.objectSchema(this, typeName));
    return node("$ref", "#/$defs/" + name);
  }

  private void define(String name, Codec<?> codec, java.util.function.Supplier<ObjectNode> schema) {
    Codec<?> owner = defOwners.putIfAbsent(name, codec);
    if (owner == null) {
      defs.put(name, null); // claimed before the schema is made, so that a type that holds itself ends
      defs.put(name, schema.get());
    } else if (owner != codec) {
      throw new IllegalStateException("two codecs have the $defs name " + name + ": " + owner.type().getSimpleName()
          + " and " + codec.type().getSimpleName() + "; name one of them");
    }
  }

  /**
   * Makes an object node of keys and values, in order: strings, numbers, booleans, nodes and lists
   * of strings.
   *
   * @param keysAndValues  alternately a key and its value, not null
   * @return the node, not null
   */
  static ObjectNode node(Object... keysAndValues) {
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.set((String) keysAndValues[i], value(keysAndValues[i + 1]));
    }
    return node;
  }

  /**
   * Makes the JSON node of a constraint's value.
   *
   * @param value  a string, integer, long, double, boolean, node or list of strings, not null
   * @return the node, not null
   */
  static JsonNode value(Object value) {
    if (value instanceof JsonNode n) {
      return n;
    } else if (value instanceof String s) {
      return NODES.textNode(s);
    } else if (value instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (value instanceof Long n) {
      return NODES.numberNode(n);
    } else if (value instanceof Double n) {
      return NODES.numberNode(n);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(e -> array.add(value(e)));
      return array;
    }
    throw new IllegalArgumentException("not a schema value: " + value);
  }

  /**
   * Makes the schema of a value that may also be JSON null: the type widened to admit null, or
   * the schema beside null in an {@code anyOf}.
   */
  static ObjectNode nullable(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      ObjectNode copy = schema.deepCopy();
      copy.set("type", NODES.arrayNode().add(type.asText()).add("null"));
      return copy;
    }
    return node("anyOf", NODES.arrayNode().add(schema).add(node("type", "null")));
  }

  /** Prints a node as JSON with a 2-space indent, one array element or property per line. */
  private static void print(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject() && node.size() > 0) {
      out.append("{\n");
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        indent(depth + 1, out).append(NODES.textNode(e.getKey())).append(": ");
        print(e.getValue(), depth + 1, out);
        out.append(it.hasNext() ? ",\n" : "\n");
      }
      indent(depth, out).append('}');
    } else if (node.isArray() && node.size() > 0) {
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(depth + 1, out);
        print(node.get(i), depth + 1, out);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(depth, out).append(']');
    } else {
      out.append(node.toString());
    }
  }

  private static StringBuilder indent(int depth, StringBuilder out) {
    return out.append("  ".repeat(depth));
  }

  /**
   * Gets the {@code $defs} name of a type: its simple name in lowerCamel, such as {@code ageRange}.
   *
   * @param type  the type, not null
   * @return the name, not null
   */
  static String defName(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }
}
