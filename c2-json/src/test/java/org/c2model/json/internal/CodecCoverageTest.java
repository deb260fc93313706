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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.c2model.json.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard of the wire contract: every attribute of every Immutables value type that a codec maps
 * has a codec field, and, in the schema of every document kind that holds the type, a property; the
 * exceptions are listed, with their reasons, in {@link WireContract} alone.
 * A codec that drops an attribute (as {@code rule_thresholds} once kept 2 of its 11 thresholds)
 * fails here, naming the type and the attribute.
 */
class CodecCoverageTest {

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
      attributes.removeIf(a -> WireContract.OMITTED.containsKey(codec.type().getSimpleName() + "." + a));
      attributes.forEach(a -> missing.add(codec.type().getSimpleName() + "." + a));
    }
    assertTrue(checked >= 40, "only " + checked + " Immutables types found: is the generated class name scheme still Immutable<Type>?");
    assertEquals(List.of(), missing, "attributes no codec writes");
  }

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKind.all().stream();
  }

  /**
   * Every object type a document kind holds is an object of its generated schema whose properties
   * are exactly the codec's fields (and {@code type} for a variant), so every attribute with a codec
   * field has a schema property: the root type at the root, beside {@code c2} and {@code kind}, the
   * others under their {@code $defs} name.
   */
  @ParameterizedTest
  @MethodSource("kinds")
  void everyFieldOfEveryTypeOfAKindIsAPropertyOfItsSchema(DocumentKind<?> kind) throws IOException {
    JsonNode schema = TREES.readTree(kind.schema());
    ObjectCodec<?, ?> root = SchemaFilesTest.rootCodec(kind);
    List<String> wrong = new ArrayList<>();
    Set<Codec<?>> done = new HashSet<>();
    Deque<Codec<?>> todo = new ArrayDeque<>(List.of(root));
    Set<Codec<?>> variants = new HashSet<>();
    int objects = 0;
    while (!todo.isEmpty()) {
      Codec<?> c = todo.pop();
      if (!done.add(c)) {
        continue;
      }
      if (c instanceof VariantCodec<?> vc) {
        variants.addAll(vc.variants().values());
        todo.addAll(vc.variants().values());
      } else if (c instanceof ObjectCodec<?, ?> oc) {
        objects++;
        JsonNode object = c == root ? schema : schema.at("/$defs/" + oc.defName());
        Set<String> properties = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        properties.removeAll(c == root ? Set.of("c2", "kind") : Set.of());
        Set<String> expected = fieldNames(oc);
        if (variants.contains(c)) {
          expected.add("type");
        }
        if (!expected.equals(properties)) {
          wrong.add(oc.type().getSimpleName() + ": codec " + expected + ", schema " + properties);
        }
        Set<String> attributes = attributes(oc.type());
        if (attributes != null) {
          attributes.removeIf(a -> WireContract.OMITTED.containsKey(oc.type().getSimpleName() + "." + a));
          attributes.removeAll(properties);
          attributes.forEach(a -> wrong.add(oc.type().getSimpleName() + "." + a + " has no schema property"));
        }
        oc.fields().forEach(f -> todo.push(f.codec));
      }
    }
    assertTrue(objects >= 1);
    assertEquals(List.of(), wrong, kind + ": types whose schema object is not their codec's fields");
  }
}
