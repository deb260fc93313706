package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SharedTexts} against a plain map: each text comes back equal to itself, the same instance
 * every time it is asked for again (through the table's growth), and a text with a surrogate is
 * left to the caller.
 */
class SharedTextsProperties {

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(SharedTexts.MAX_LENGTH));
    // few distinct texts repeated, and many distinct ones (the table grows past 512)
    return Arbitraries.oneOf(text.list().ofMaxSize(50).flatMap(pool -> pool.isEmpty()
        ? Arbitraries.just(List.<String>of()) : Arbitraries.of(pool).list().ofMaxSize(300)), text.list().ofMaxSize(1500));
  }

  @Property(tries = 300)
  void aTextComesBackEqualAndTheSameInstanceEachTimeUnlessItHasASurrogate(@ForAll("texts") List<String> texts) {
    SharedTexts shared = new SharedTexts();
    Map<String, String> first = new HashMap<>();
    for (String text : texts) {
      // in a larger buffer at an offset, as the parser holds it
      char[] buffer = ("«" + text + "»").toCharArray();
      String got = shared.get(buffer, 1, text.length());
      if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
        assertNull(got);
      } else {
        assertEquals(text, got);
        assertSame(first.computeIfAbsent(text, t -> got), got);
      }
    }
  }

  /**
   * Texts that share one hash code ("Aa" and "BB" do) would each probe every earlier one: past
   * {@link SharedTexts#MAX_PROBES} the texts move to a hash map, and every text still comes back
   * equal and the same instance each time, so a document of such ids costs no more than its length.
   */
  @Example
  void textsSharingAHashCodeMoveToAMapAndStayShared() {
    SharedTexts shared = new SharedTexts();
    List<String> texts = new java.util.ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder text = new StringBuilder();
      for (int b = 0; b < 8; b++) {
        text.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      texts.add(text.toString());
    }
    assertEquals(1, texts.stream().mapToInt(String::hashCode).distinct().count());
    List<String> first = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      first.add(shared.get(text.toCharArray(), 0, text.length()));
      assertEquals(i >= SharedTexts.MAX_PROBES, shared.mapped(), "after " + (i + 1) + " texts");
    }
    assertEquals(texts, first);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      assertSame(first.get(i), shared.get(("«" + text + "»").toCharArray(), 1, text.length()), text);
    }
    assertNull(shared.get("a\ud800".toCharArray(), 0, 2), "a surrogate is left to the caller here too");
  }

  /**
   * Short texts, whose key is the text itself, can still be made to land in one slot of their
   * table: past {@link SharedTexts#MAX_PROBES} they move to the hash map too, with the longer texts
   * already seen, and every text stays the same instance.
   */
  @Example
  void shortTextsLandingInOneSlotMoveToAMapAndStayShared() {
    // texts of 2 to 7 characters whose mixed keys share their low 10 bits: one slot of the table at
    // its first size, and of each larger one up to 1024 slots, which 65 texts do not outgrow
    List<String> texts = new java.util.ArrayList<>();
    int slot = -1;
    for (int n = 0; texts.size() <= SharedTexts.MAX_PROBES; n++) {
      String text = "R" + Integer.toString(n, 36);
      int s = SharedTexts.spread(SharedTexts.shortKey(text.toCharArray(), 0, text.length())) & 1023;
      if (slot < 0) {
        slot = s;
      }
      if (s == slot) {
        texts.add(text);
      }
    }
    SharedTexts shared = new SharedTexts();
    String longer = "a text longer than the short ones";
    String longerFirst = shared.get(longer.toCharArray(), 0, longer.length());
    List<String> first = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      first.add(shared.get(("«" + text + "»").toCharArray(), 1, text.length()));
      assertEquals(i >= SharedTexts.MAX_PROBES, shared.mapped(), "after " + (i + 1) + " texts");
    }
    assertEquals(texts, first);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      assertSame(first.get(i), shared.get(text.toCharArray(), 0, text.length()), text);
    }
    assertSame(longerFirst, shared.get(longer.toCharArray(), 0, longer.length()));
  }

  @Example
  void aShortKeyIsTheTextItself() {
    assertEquals(0, SharedTexts.shortKey(new char[0], 0, 0), "empty");
    assertEquals(0, SharedTexts.shortKey("R\u0100".toCharArray(), 0, 2), "a character above 0xFF");
    assertEquals(0, SharedTexts.shortKey("12345678".toCharArray(), 0, 8), "longer than SHORT");
    assertEquals(3L | 'R' << 8 | (long) '0' << 16 | (long) '1' << 24, SharedTexts.shortKey("R01".toCharArray(), 0, 3));
    assertNotEquals(SharedTexts.shortKey("é".toCharArray(), 0, 1), SharedTexts.shortKey("e".toCharArray(), 0, 1));
  }
}
