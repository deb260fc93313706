package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.rule.Path;

/**
 * The mutation run of issue 14: valid documents of every readable kind (generated ones and the golden
 * files), broken in one of sixteen ways, give nothing but documented rejections and equal round
 * trips. A break that always invalidates the document must fail with a {@link C2JsonException} and
 * nothing else, with a path, where the break has a location at or under it, and with a message that
 * names no Java class. A break that may leave a valid document (a flipped bit, invalid UTF-8 inside
 * a text, a byte order mark) must either fail so or give a value that writes and reads back to
 * itself; a byte order mark must give the document unchanged.
 * <p>
 * The test command runs 2,000 seeded tries. The 100,000-document run of issue 14 is this property
 * with {@code tries = 100_000} and {@link #documents()} giving the golden files alone (generating
 * documents, above all evaluation reports, is most of the time of a try).
 */
class MalformedDocumentProperties {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Properties that every object holding them requires (outside {@code args}, whose keys are free),
   * except where {@link #OPTIONAL_IN} says otherwise. Arrays are never required: absent means empty.
   */
  private static final Set<String> REQUIRED = Set.of("c2", "kind", "id", "name", "neighbourhood", "agency", "sector",
      "personId", "joined", "role", "start", "ruleId", "severity", "path", "message", "date",
      "partnership", "type", "meeting", "venue", "site", "listeningEventId", "residentTurnout", "question", "text",
      "theme", "votes", "title", "outlet", "description", "amount", "currency", "agencyId", "funder", "indicatorId",
      "group", "measureType", "improvement", "horizon", "outcome", "rationale", "cost", "unit", "priceYear",
      "valueType", "source", "measure", "respondents",
      // step_assessment
      "partnershipId", "asOf", "step", "criterion", "detail",
      // weak_connectors
      "thresholds", "summary", "people", "ties", "components", "largestComponent", "isolated", "fragmentation",
      "density", "rank", "measures", "affiliation", "degree", "strength", "betweenness", "normalisedBetweenness",
      "articulationPoint", "splitOff", "removalImpact", "explanation",
      // evaluation_report (not the keys of an estimate's free inputs, such as numerator or before)
      "neighbourhoodId", "neighbourhoodName", "steps", "governance", "intermediateOutcomes", "networkChange",
      "weakConnectors", "indicator", "target", "baselineRate", "followUpRate", "percentageChange", "verdict",
      "eventsAvoided", "serviceChanges", "periodGranularity", "publicMeetings", "residentActivities", "surveyId",
      "percentage", "window", "coverage", "confidence", "method", "statistic", "lessFragmented", "appraisal",
      "perYear", "firstYear", "lastYear", "year", "gross", "net", "npv");
  /**
   * Properties of {@link #REQUIRED} that are optional in one context: {@code context.property}, the
   * context being the enclosing object's {@code type}, or else the property holding the object.
   */
  private static final Set<String> OPTIONAL_IN = Set.of("staff_employed.personId", "community_asset_mapped.personId",
      "follow_up_event.residentTurnout", "responses.theme", "celebrated_win.amount", "measurableOutcomes.indicatorId",
      // an estimate's unit and an appraisal's currency have defaults: absent reads as "" and GBP
      "percentage.unit", "baselineRate.unit", "followUpRate.unit", "percentageChange.unit",
      "differenceInDifferences.unit", "ratioOfRateRatios.unit", "eventsAvoided.unit", "appraisal.currency");
  private static final Set<String> DATES = Set.of("constitutionAdopted", "joined", "left", "start", "end", "date",
      "periodStart", "periodEnd", "targetDate", "priceYear", "asOf", "metOn", "attainedOn");
  private static final Set<String> CODES = Set.of("sector", "joinedBy", "role", "severity", "requiredSectors",
      "kind", "type", "invitationMethods", "question", "ageRanges", "group", "measureType", "improvement", "horizon",
      "outcome", "valueType", "currency", "measure", "step", "criterion", "frontier",
      "affiliation", "reasons", "periodGranularity", "verdict", "relativeVerdict");
  /** Properties of {@link #CODES} that are free text in one context, as for {@link #OPTIONAL_IN}. */
  private static final Set<String> TEXT_IN = Set.of("staff_employed.role");
  private static final String[] HUGE = {"1e400", "-1e400", "123456789012345678901234567890", "9223372036854775808",
      "2147483648", "-2147483649", "1" + "0".repeat(150), "0.5"};
  private static final String[] BAD_DATES = {"2009-02-30", "2009-13-01", "01/06/2009", "2009-6-1", "20090601",
      "+12009-06-01", "2009-06-01T00:00:00", ""};
  private static final String[] BAD_CODES = {"POLICE", "Police", "unknown_value", "", "self-selected", "chair "};
  private static final String[] TRAILING = {"x", "{}", "]", "\"c2\"", "0", "{", "[", ","};

  enum Mutation {
    TRUNCATION, TYPE_SWAP, DELETED_REQUIRED_FIELD, HUGE_NUMBER, DEEP_NESTING, DUPLICATE_KEY, INVALID_DATE,
    UNKNOWN_ENUM_VALUE, UNKNOWN_PROPERTY, TRAILING_GARBAGE, NEWER_OR_BAD_VERSION, OTHER_KIND,
    BYTE_FLIP, NAN_OR_INFINITY, BYTE_ORDER_MARK, INVALID_UTF8
  }

  /** A place in the tree: a value, its pointer and the property it is the value of (or is inside an array of). */
  private static final class Slot {
    final JsonNode parent;
    final String key;
    final int index;
    final Path path;
    final String property;
    /** The enclosing object's type, or else the property holding it; null at the root. */
    final String context;

    Slot(JsonNode parent, String key, int index, Path path, String property, String context) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.path = path;
      this.property = property;
      this.context = context;
    }

    /** The property in its context, such as {@code staff_employed.personId}. */
    String inContext() {
      return context + "." + property;
    }

    JsonNode value(JsonNode root) {
      return parent == null ? root : key != null ? parent.get(key) : parent.get(index);
    }

    void replace(JsonNode value) {
      if (key != null) {
        ((ObjectNode) parent).set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static final String[] NON_FINITE = {"NaN", "Infinity", "-Infinity", "+Infinity", "-NaN", "nan", "inf"};
  /** Byte sequences that are never UTF-8: a stray continuation byte, a lone lead byte, a surrogate, overlong. */
  private static final byte[][] NOT_UTF8 = {{(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0,
      (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

  @Provide
  Arbitrary<Object> documents() {
    List<Object> golden = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      if (kind.isReadable()) {
        golden.add(GoldenDocuments.of(kind));
      }
    }
    return Arbitraries.oneOf(DomainArbitraries.readableDocuments(), Arbitraries.of(golden));
  }

  @Property(tries = 2_000, seed = "14")
  void malformedDocumentsFailOnlyWithC2JsonExceptionAtAPath(@ForAll("documents") Object document,
      @ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 1_000_000) int pick,
      @ForAll @IntRange(min = 0, max = 7) int variant) throws Exception {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    String json = C2Json.write(document);
    JsonNode root = TREES.readTree(json);
    List<Slot> slots = new ArrayList<>();
    collect(root, null, null, -1, Path.root(), null, null, slots);

    Statistics.label("kind").collect(kind.code());
    Statistics.label("kind").coverage(c -> {
      for (DocumentKind<?> k : DocumentKind.all()) {
        if (k.isReadable()) {
          c.check(k.code()).percentage(p -> p >= 3);
        }
      }
    });
    Broken broken = break_(mutation, json, root, slots, pick, variant);
    Statistics.label("mutation").collect(broken.applied);
    Statistics.label("mutation").coverage(c -> {
      for (Mutation m : Mutation.values()) {
        c.check(m).percentage(p -> p >= 1);
      }
    });

    byte[] bytes = broken.bytes != null ? broken.bytes : broken.text.getBytes(StandardCharsets.UTF_8);
    String text = broken.bytes != null ? new String(broken.bytes, StandardCharsets.UTF_8) : broken.text;
    boolean fromText = variant % 2 == 0;
    Statistics.label("read from").collect(fromText ? "text" : "bytes");
    if (broken.mayBeValid) {
      Object read;
      try {
        read = fromText ? C2Json.read(kind, text) : C2Json.read(kind, new ByteArrayInputStream(bytes));
      } catch (C2JsonException e) {
        Statistics.label("outcome of a break that may be valid").collect("rejected");
        assertRejection(e);
        return;
      }
      Statistics.label("outcome of a break that may be valid").collect("read");
      if (broken.applied == Mutation.BYTE_ORDER_MARK) {
        assertEquals(document, read);
      }
      assertEquals(read.toString(), read.toString());
      assertEquals(read, C2Json.read(kind, C2Json.write(read)), () -> broken.applied + " read, but no round trip:\n" + text);
      return;
    }
    C2JsonException e = assertThrows(C2JsonException.class, () -> {
      if (fromText) {
        C2Json.read(kind, text);
      } else {
        C2Json.read(kind, new ByteArrayInputStream(bytes));
      }
    }, () -> broken.applied + " should fail:\n" + text);
    assertRejection(e);
    if (broken.at != null) {
      assertTrue(broken.exact ? e.path().equals(broken.at) : startsWith(e.path(), broken.at),
          () -> broken.applied + ": expected the failure " + (broken.exact ? "at " : "under ") + broken.at + " but: "
              + e.getMessage() + "\n" + text);
    }
  }

  /** A documented rejection: a path, the path in the message, and no Java names. */
  private static void assertRejection(C2JsonException e) {
    assertNotNull(e.path());
    assertFalse(e.path().toString().isEmpty());
    assertTrue(e.getMessage().contains(" at " + e.path() + " "), e.getMessage());
    ReadingMessagesTest.assertNoJavaNames(e);
  }

  /**
   * A text is read in one pass with c2's own check of repeated names: the value, the warnings of a
   * lenient read, or the failure must be those of a read with the parser's detection on as well;
   * only the column of a repeated name differs (c2 points at the start of the name, the parser
   * after it), and c2's points at the name itself.
   */
  @Property(tries = 3_000)
  void aReadThroughC2sDuplicateCheckIsTheReadWithTheParsers(@ForAll("documents") Object document,
      @ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 1_000_000) int pick,
      @ForAll @IntRange(min = 0, max = 7) int variant, @ForAll boolean lenient) throws Exception {
    DocumentKind<?> kind = DocumentKind.of(document).orElseThrow();
    String json = C2Json.write(document);
    JsonNode root = TREES.readTree(json);
    List<Slot> slots = new ArrayList<>();
    collect(root, null, null, -1, Path.root(), null, null, slots);
    Broken broken = break_(mutation, json, root, slots, pick, variant);
    Object own;
    Object parsers;
    try {
      own = lenient ? C2Json.readLenient(kind, broken.text) : LenientRead.of(C2Json.read(kind, broken.text), List.of());
    } catch (C2JsonException e) {
      own = withoutDuplicateColumn(e.getMessage());
      if (e.getMessage().contains("Duplicate field")) {
        String line = broken.text.split("\n", -1)[e.line().getAsInt() - 1];
        assertTrue(line.startsWith("\"", e.column().getAsInt() - 1), () -> "not at a name: " + e.getMessage() + "\n" + broken.text);
      }
    }
    try {
      parsers = C2Json.readWithParserDetection(kind, broken.text, lenient);
    } catch (C2JsonException e) {
      parsers = withoutDuplicateColumn(e.getMessage());
    }
    assertEquals(parsers, own, () -> broken.applied + ":\n" + broken.text);
  }

  private static String withoutDuplicateColumn(String message) {
    return message.contains("Duplicate field") ? message.replaceAll(", column [0-9]+\\)$", ")") : message;
  }

  /**
   * A broken document, the mutation actually applied, where the failure must be (if known), and
   * whether the document may still be valid.
   */
  private static final class Broken {
    final String text;
    /** The bytes, when they are not the UTF-8 of {@link #text}; else null. */
    final byte[] bytes;
    final Mutation applied;
    final Path at;
    final boolean exact;
    final boolean mayBeValid;

    Broken(String text, Mutation applied, Path at, boolean exact) {
      this(text, null, applied, at, exact, false);
    }

    Broken(String text, byte[] bytes, Mutation applied, Path at, boolean exact, boolean mayBeValid) {
      this.text = text;
      this.bytes = bytes;
      this.applied = applied;
      this.at = at;
      this.exact = exact;
      this.mayBeValid = mayBeValid;
    }
  }

  private static Broken break_(Mutation mutation, String json, JsonNode root, List<Slot> slots, int pick, int variant) {
    switch (mutation) {
      case TRUNCATION:
        return new Broken(json.substring(0, pick % json.length()), mutation, null, false);
      case TRAILING_GARBAGE:
        return new Broken(json + (variant % 3 == 0 ? "\n" : "") + TRAILING[pick % TRAILING.length], mutation, Path.root(), true);
      case NEWER_OR_BAD_VERSION: {
        String[] versions = {"2.0", "10.3", "0.9", "1", "v1.0", "1.0.0", ""};
        ((ObjectNode) root).put("c2", versions[pick % versions.length]);
        return new Broken(emit(root, null, null), mutation, Path.of("c2"), true);
      }
      case OTHER_KIND: {
        String[] kinds = {"journey", "Partnership", "", "neighbourhood ", "findings", "partnership"};
        String other = kinds[pick % kinds.length];
        if (other.equals(root.get("kind").asText())) {
          other = other + "s";
        }
        ((ObjectNode) root).put("kind", other);
        return new Broken(emit(root, null, null), mutation, Path.of("kind"), true);
      }
      case UNKNOWN_PROPERTY: {
        Slot s = choose(slots, pick, x -> x.value(root).isObject() && !"args".equals(x.property));
        ((ObjectNode) s.value(root)).put("unexpectedProperty", variant);
        return new Broken(emit(root, null, null), mutation, s.path.property("unexpectedProperty"), true);
      }
      case DUPLICATE_KEY: {
        Slot s = choose(slots, pick, x -> x.value(root).size() > 0 && x.value(root).isObject());
        if (s == null) {
          break;
        }
        return new Broken(emit(root, null, s.path), mutation, s.path, false);
      }
      case TYPE_SWAP: {
        Slot s = slots.get(pick % slots.size());
        JsonNode v = s.value(root);
        // a real number too large for JSON ("Infinity") is text: a number in its place is valid
        boolean realAsText = v.isTextual() && Set.of("Infinity", "-Infinity", "NaN").contains(v.asText());
        JsonNode swapped = realAsText ? NODES.booleanNode(true) : v.isTextual() ? NODES.numberNode(42) : v.isNumber() ? NODES.textNode(v.asText())
            : v.isBoolean() ? NODES.textNode(v.asText()) : v.isObject() ? NODES.arrayNode() : NODES.objectNode();
        if (s.parent == null) {
          return new Broken(swapped.toString(), mutation, Path.root(), true);
        }
        s.replace(swapped);
        return new Broken(emit(root, null, null), mutation, s.path, false);
      }
      case DELETED_REQUIRED_FIELD: {
        Slot s = choose(slots, pick, x -> x.key != null && REQUIRED.contains(x.key) && !x.value(root).isArray()
            && !OPTIONAL_IN.contains(x.inContext()) && !"args".equals(parentProperty(x)));
        ((ObjectNode) s.parent).remove(s.key);
        return new Broken(emit(root, null, null), mutation, s.path, true);
      }
      case HUGE_NUMBER: {
        Slot s = choose(slots, pick, x -> x.value(root).isNumber());
        if (s == null) {
          s = slots.get(pick % slots.size());
        }
        if (s.parent == null) {
          break;
        }
        // a real number (a network measure) may be any finite double: only one out of range breaks it
        String huge = s.value(root).isFloatingPointNumber() ? HUGE[variant % 2] : HUGE[variant % HUGE.length];
        return new Broken(emit(root, Map.of(s.path, huge), null), mutation, s.path, false);
      }
      case DEEP_NESTING: {
        String deep = "[".repeat(200 + pick % 5000) + "]".repeat(200 + pick % 5000);
        if (variant % 2 == 0) {
          Slot s = slots.get(pick % slots.size());
          if (s.parent != null) {
            return new Broken(emit(root, Map.of(s.path, deep), null), mutation, s.path, false);
          }
        }
        // first, so the reader must look past it for the version: the depth limit stops it
        ObjectNode first = NODES.objectNode();
        first.putNull("deep");
        first.setAll((ObjectNode) root);
        return new Broken(emit(first, Map.of(Path.of("deep"), deep), null), mutation, Path.of("deep"), false);
      }
      case INVALID_DATE: {
        Slot s = choose(slots, pick, x -> x.property != null && DATES.contains(x.property) && x.value(root).isTextual()
            && !"args".equals(parentProperty(x)));
        if (s == null) {
          break;
        }
        s.replace(NODES.textNode(BAD_DATES[variant % BAD_DATES.length]));
        return new Broken(emit(root, null, null), mutation, s.path, true);
      }
      case UNKNOWN_ENUM_VALUE: {
        Slot s = choose(slots, pick, x -> x.property != null && CODES.contains(x.property) && x.value(root).isTextual()
            && !TEXT_IN.contains(x.inContext()) && !"args".equals(parentProperty(x)));
        if (s == null) {
          break;
        }
        s.replace(NODES.textNode(BAD_CODES[variant % BAD_CODES.length]));
        return new Broken(emit(root, null, null), mutation, s.path, true);
      }
      case BYTE_FLIP: {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        bytes[pick % bytes.length] ^= (byte) (1 << variant);
        return new Broken(json, bytes, mutation, null, false, true);
      }
      case NAN_OR_INFINITY: {
        Slot s = choose(slots, pick, x -> x.value(root).isNumber());
        if (s == null) {
          break;
        }
        return new Broken(emit(root, Map.of(s.path, NON_FINITE[variant % NON_FINITE.length]), null), mutation,
            null, false);
      }
      case BYTE_ORDER_MARK:
        return new Broken("\uFEFF" + json, null, mutation, null, false, true);
      case INVALID_UTF8: {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] bad = NOT_UTF8[pick % NOT_UTF8.length];
        // inside a text value (a quote's neighbour) or anywhere
        int at = pick % utf8.length;
        if (variant < 4) {
          int quote = json.indexOf(": \"", pick % json.length());
          at = quote < 0 ? at : json.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] bytes = new byte[utf8.length + bad.length];
        System.arraycopy(utf8, 0, bytes, 0, at);
        System.arraycopy(bad, 0, bytes, at, bad.length);
        System.arraycopy(utf8, at, bytes, at + bad.length, utf8.length - at);
        // Their text (U+FFFD in place of the bad bytes) may be valid. So may the bytes: the parser
        // decodes an overlong form leniently (C0 AF is '/'), a valid character in a text; a
        // surrogate (ED A0 80) it decodes too, but c2 rejects an unpaired surrogate.
        return new Broken(json, bytes, mutation, null, false, true);
      }
      default:
        throw new IllegalStateException(mutation.name());
    }
    // The document has nothing this mutation applies to (a neighbourhood has no dates): truncate.
    return break_(Mutation.TRUNCATION, json, root, slots, pick, variant);
  }

  private static String parentProperty(Slot s) {
    List<String> segments = s.path.segments();
    return segments.size() < 2 ? null : segments.get(segments.size() - 2);
  }

  private static Slot choose(List<Slot> slots, int pick, Predicate<Slot> which) {
    List<Slot> candidates = slots.stream().filter(which).collect(java.util.stream.Collectors.toList());
    return candidates.isEmpty() ? null : candidates.get(pick % candidates.size());
  }

  private static void collect(JsonNode node, JsonNode parent, String key, int index, Path path, String property,
      String context, List<Slot> slots) {
    slots.add(new Slot(parent, key, index, path, property, context));
    if (node.isObject()) {
      String inner = node.path("type").isTextual() ? node.get("type").asText() : property;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), node, e.getKey(), -1, path.property(e.getKey()), e.getKey(), inner, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, path.index(i), property, context, slots);
      }
    }
  }

  /** Writes a tree compactly, with raw text in place of some values and one object's first property twice. */
  private static String emit(JsonNode root, Map<Path, String> raw, Path duplicateIn) {
    StringBuilder sb = new StringBuilder();
    emit(root, Path.root(), raw == null ? Map.of() : raw, duplicateIn, sb);
    return sb.toString();
  }

  private static void emit(JsonNode node, Path path, Map<Path, String> raw, Path duplicateIn, StringBuilder sb) {
    String r = raw.get(path);
    if (r != null) {
      sb.append(r);
    } else if (node.isObject()) {
      sb.append('{');
      boolean firstField = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        int repeat = firstField && path.equals(duplicateIn) ? 2 : 1;
        for (int i = 0; i < repeat; i++) {
          if (!firstField || i > 0) {
            sb.append(',');
          }
          sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(e.getKey())).append("\":");
          emit(e.getValue(), path.property(e.getKey()), raw, duplicateIn, sb);
        }
        firstField = false;
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        emit(node.get(i), path.index(i), raw, duplicateIn, sb);
      }
      sb.append(']');
    } else {
      sb.append(node.toString());
    }
  }

  private static boolean startsWith(Path path, Path prefix) {
    List<String> a = path.segments();
    List<String> b = prefix.segments();
    return a.size() >= b.size() && a.subList(0, b.size()).equals(b);
  }
}
