package org.c2model.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.c2model.core.internal.Hashing;

/**
 * The short texts of one read that repeat, such as ids and codes, each made into a {@code String}
 * once: the first occurrence of an id makes the string and every later one is that same instance.
 * A journey names each person in dozens of activities, and every reference is then looked up by id
 * in the partnership; one shared instance per id saves making the string again and its hash code
 * (cached in the instance), and makes equal ids identical, so comparing them is one reference check.
 * <p>
 * An open-addressing table keyed by the characters in the parser's buffer, so that a text already
 * seen is found without making a string. Texts of up to {@link #SHORT} characters of one byte each,
 * such as people's ids ({@code R01}), have a table of their own, keyed by their characters packed
 * in one {@code long}: a probe there compares one number and never the characters.
 * <p>
 * A look-up probes at most {@link #MAX_PROBES} slots of a table at most half full, with the hash
 * codes mixed: texts made to share hash codes (easily done with {@code String}'s) would otherwise
 * make each look-up walk all the earlier ones, and a document of them take the square of its
 * length to read. Past the bound (which real ids do not reach), every text so far moves to a hash
 * map, which keeps a crowded bucket ordered, and each later text is made into a string and looked
 * up there. Not thread-safe: one per read.
 */
final class SharedTexts {

  /** Texts longer than this are made afresh each time: ids and codes are shorter. */
  static final int MAX_LENGTH = 64;

  /** The longest text kept in the table of short texts, whose key is the text itself. */
  static final int SHORT = 7;

  /** The most slots a look-up in the table probes before the texts move to {@link #map}. */
  static final int MAX_PROBES = 64;

  /**
   * A journey of a few hundred activities has several hundred distinct ids: room for 512 before
   * the table grows.
   */
  private static final int INITIAL = 1024;

  /**
   * A journey's people and its shorter activity ids: room for 128 short texts before their table
   * grows (the benchmark's journey of 200 activities has about a hundred).
   */
  private static final int SHORT_INITIAL = 256;

  /** The most characters the pool holds: an entry's start has 25 bits of its slot's key. */
  private static final int MAX_POOL = 1 << 25;

  /** Made on first use: a document with no id or code in it (rule thresholds) needs none. */
  private String[] table;
  /**
   * Per slot, 0 if empty, else the entry's hash code (high 32 bits), where its characters start in
   * {@link #pool} (25 bits) and its length plus one (7 bits): a probe reads one {@code long}, and a
   * hit compares the pool's characters and only then reads the string.
   */
  private long[] keys;
  /** The characters of every entry, one after another. */
  private char[] pool;
  private int poolSize;
  private int size;
  /**
   * The texts of one to {@link #SHORT} characters, each in {@code 0..0xFF}, such as most people's
   * ids: keyed by the text itself, its characters packed a byte each above a byte of its length.
   */
  private String[] shortTable;
  private long[] shortKeys;
  private int shortSize;
  /** Every text, once a look-up has probed past {@link #MAX_PROBES} (or the pool is full); null before. */
  private Map<String, String> map;

  /**
   * Gets the string of {@code chars[offset, offset + length)}, the same instance for the same text,
   * or null if the text has a surrogate character (the caller checks that it is paired).
   *
   * @param chars  the characters, not null
   * @param offset  the first character
   * @param length  the number of characters, at most {@link #MAX_LENGTH}
   * @return the string, or null if it has a surrogate
   */
  String get(char[] chars, int offset, int length) {
    if (map != null) {
      return fromMap(chars, offset, length);
    }
    long shortKey = shortKey(chars, offset, length);
    if (shortKey != 0) {
      return getShort(shortKey, chars, offset, length);
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    if (table == null) {
      table = new String[INITIAL];
      keys = new long[INITIAL];
      pool = new char[4 * INITIAL];
    }
    int mask = table.length - 1;
    for (int slot = Hashing.spread(hash) & mask, probes = 1; ; slot = (slot + 1) & mask, probes++) {
      long key = keys[slot];
      if (key == 0) {
        // a new text: the only place it is checked for surrogates, as a text found equals one checked
        if (hasSurrogate(chars, offset, length)) {
          return null;
        }
        if (poolSize + length > MAX_POOL) {
          return toMap(chars, offset, length);
        }
        String s = new String(chars, offset, length);
        table[slot] = s;
        keys[slot] = (long) hash << 32 | (long) poolSize << 7 | length + 1;
        if (poolSize + length > pool.length) {
          pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + length));
        }
        System.arraycopy(chars, offset, pool, poolSize, length);
        poolSize += length;
        if (++size * 2 > table.length) {
          grow();
        }
        return s;
      }
      if ((int) (key >>> 32) == hash && (key & 0x7F) == length + 1
          && same((int) (key >>> 7) & (MAX_POOL - 1), chars, offset, length)) {
        return table[slot];
      }
      if (probes == MAX_PROBES) {
        return toMap(chars, offset, length);
      }
    }
  }

  /**
   * Gets the string of a short text whose characters are packed in {@code key}: the key is the text,
   * so a probe compares one {@code long} and nothing more.
   */
  private String getShort(long key, char[] chars, int offset, int length) {
    if (shortTable == null) {
      shortTable = new String[SHORT_INITIAL];
      shortKeys = new long[SHORT_INITIAL];
    }
    int mask = shortTable.length - 1;
    for (int slot = spread(key) & mask, probes = 1; ; slot = (slot + 1) & mask, probes++) {
      long k = shortKeys[slot];
      if (k == key) {
        return shortTable[slot];
      }
      if (k == 0) {
        String s = new String(chars, offset, length);
        shortTable[slot] = s;
        shortKeys[slot] = key;
        if (++shortSize * 2 > shortTable.length) {
          growShort();
        }
        return s;
      }
      if (probes == MAX_PROBES) {
        return toMap(chars, offset, length);
      }
    }
  }

  /**
   * Packs a short text into its key: its length in the low byte and each character in a byte
   * above it, so that two texts have the same key only if they are the same text.
   *
   * @return the key, or 0 if the text is empty, longer than {@link #SHORT} or has a character
   *     above {@code 0xFF}
   */
  static long shortKey(char[] chars, int offset, int length) {
    if (length > SHORT || length == 0) {
      return 0;
    }
    long key = length;
    for (int i = 0; i < length; i++) {
      char c = chars[offset + i];
      if (c > 0xFF) {
        return 0;
      }
      key |= (long) c << (8 * i + 8);
    }
    return key;
  }

  /** The mixed hash of a short text's key, whose low bits pick its slot. */
  static int spread(long key) {
    return Hashing.spread((int) (key ^ (key >>> 32)));
  }

  private void growShort() {
    String[] texts = new String[shortTable.length * 2];
    long[] textKeys = new long[texts.length];
    moveAll(shortTable, shortKeys, texts, textKeys, true);
    shortTable = texts;
    shortKeys = textKeys;
  }

  /** Moves every text to {@link #map}, and looks the text up there. */
  private String toMap(char[] chars, int offset, int length) {
    map = new HashMap<>();
    for (String[] texts : new String[][] {table, shortTable}) {
      if (texts != null) {
        for (String text : texts) {
          if (text != null) {
            map.put(text, text);
          }
        }
      }
    }
    table = null;
    keys = null;
    pool = null;
    shortTable = null;
    shortKeys = null;
    return fromMap(chars, offset, length);
  }

  private String fromMap(char[] chars, int offset, int length) {
    if (hasSurrogate(chars, offset, length)) {
      return null;
    }
    String s = new String(chars, offset, length);
    String had = map.putIfAbsent(s, s);
    return had != null ? had : s;
  }

  /** Whether the texts have moved to a hash map: for the test of the bound. */
  boolean mapped() {
    return map != null;
  }

  private static boolean hasSurrogate(char[] chars, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (Character.isSurrogate(chars[i])) {
        return true;
      }
    }
    return false;
  }

  /** Compares an entry's characters with the text's, in a plain loop: ids are too short to gain from a vectorised compare. */
  private boolean same(int start, char[] chars, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (pool[start + i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] texts = new String[table.length * 2];
    long[] textKeys = new long[texts.length];
    moveAll(table, keys, texts, textKeys, false);
    table = texts;
    keys = textKeys;
  }

  /**
   * Puts every entry of one table into a larger, empty one.
   *
   * @param shortTexts  whether the keys are short texts' ({@link #shortKey}), else the general
   *     table's, with the hash code in their high half
   */
  private static void moveAll(String[] fromTexts, long[] fromKeys, String[] toTexts, long[] toKeys,
      boolean shortTexts) {
    int mask = toTexts.length - 1;
    for (int k = 0; k < fromTexts.length; k++) {
      long key = fromKeys[k];
      if (key != 0) {
        int slot = (shortTexts ? spread(key) : Hashing.spread((int) (key >>> 32))) & mask;
        while (toKeys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        toTexts[slot] = fromTexts[k];
        toKeys[slot] = key;
      }
    }
  }
}
