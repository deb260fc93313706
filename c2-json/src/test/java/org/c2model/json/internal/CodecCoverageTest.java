package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.c2model.json.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The guard of the wire contract: every attribute of every Immutables value type that a codec maps
 * has a codec field, and every codec's fields are the properties of one object of a shipped schema.
 * A codec that drops an attribute (as {@code rule_thresholds} once kept 2 of its 11 thresholds)
 * fails here, naming the type and the attribute.
 */
class CodecCoverageTest {

  /**
   * Attributes that are deliberately not written, each with why: derived from the other fields and
   * recomputed on reading, or held under another name.
   */
  private static final Map<String, Set<String>> NOT_WRITTEN = Map.of(
      // written as "indicators", the catalogue's indicators beside the links that must name them
      "OutcomesFramework", Set.of("catalogue"));
  /** Fields Immutables generates for its own bookkeeping. */
  private static final Set<String> NOT_ATTRIBUTES = Set.of("initShim", "hashCode", "lazyInitBitmap");

  private static final ObjectMapper TREES = new ObjectMapper();

  /** Every object codec reachable from the registered codecs, through fields and variants. */
  static List<ObjectCodec<?, ?>> objectCodecs() {
    Map<Class<?>, ObjectCodec<?, ?>> found = new LinkedHashMap<>();
    Deque<Codec<?>> todo = new ArrayDeque<>(Adapters.ALL);
    while (!todo.isEmpty()) {
      Codec<?> c = todo.pop();
      if (c instanceof ObjectCodec<?, ?> oc) {
        if (found.putIfAbsent(oc.type(), oc) == null) {
          oc.fields().forEach(f -> todo.push(f.codec));
        }
      } else if (c instanceof VariantCodec<?> vc) {
        todo.addAll(vc.variants().values());
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The input attributes of an Immutables type: the instance fields of its generated class that its
   * generated builder sets (derived and lazy attributes are computed, not read); null if the type is
   * not an Immutables type.
   */
  private static Set<String> attributes(Class<?> type) {
    Class<?> generated;
    try {
      generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    Set<String> settable = null;
    for (Class<?> nested : generated.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        settable = new TreeSet<>();
        for (Method m : nested.getDeclaredMethods()) {
          if (m.getParameterCount() == 1) {
            settable.add(m.getName());
          }
        }
      }
    }
    Set<String> names = new TreeSet<>();
    for (Field f : generated.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !NOT_ATTRIBUTES.contains(f.getName())
          && (settable == null || settable.contains(f.getName()))) {
        names.add(f.getName());
      }
    }
    return names;
  }

  private static Set<String> fieldNames(ObjectCodec<?, ?> codec) {
    Set<String> names = new TreeSet<>();
    codec.fields().forEach(f -> names.add(f.name));
    return names;
  }

  @Test
  void everyAttributeOfEveryCodedImmutablesTypeHasACodecField() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (ObjectCodec<?, ?> codec : objectCodecs()) {
      Set<String> attributes = attributes(codec.type());
      if (attributes == null) {
        continue;
      }
      checked++;
      attributes.removeAll(fieldNames(codec));
      attributes.removeAll(NOT_WRITTEN.getOrDefault(codec.type().getSimpleName(), Set.of()));
      attributes.forEach(a -> missing.add(codec.type().getSimpleName() + "." + a));
    }
    assertTrue(checked >= 40, "only " + checked + " Immutables types found: is the generated class name scheme still Immutable<Type>?");
    assertEquals(List.of(), missing, "attributes no codec writes");
  }

  @Test
  void everyCodecsFieldsAreThePropertiesOfAnObjectOfAShippedSchema() throws IOException {
    List<Set<String>> schemaObjects = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      collect(TREES.readTree(kind.schema()), schemaObjects);
    }
    List<String> unmatched = new ArrayList<>();
    for (ObjectCodec<?, ?> codec : objectCodecs()) {
      Set<String> fields = fieldNames(codec);
      boolean matched = schemaObjects.stream().anyMatch(props -> {
        Set<String> extra = new TreeSet<>(props);
        extra.removeAll(fields);
        extra.removeAll(Set.of("c2", "kind", "type"));
        return props.containsAll(fields) && extra.isEmpty();
      });
      if (!matched) {
        unmatched.add(codec.type().getSimpleName() + " " + fields);
      }
    }
    assertEquals(List.of(), unmatched, "codecs whose fields no schema object lists exactly");
  }

  private static void collect(JsonNode node, List<Set<String>> into) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        Set<String> names = new TreeSet<>();
        props.fieldNames().forEachRemaining(names::add);
        into.add(names);
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
        collect(it.next(), into);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, into));
    }
  }
}
