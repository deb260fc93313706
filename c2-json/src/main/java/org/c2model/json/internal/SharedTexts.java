package org.c2model.json.internal;

/**
 * The short texts of one read that repeat, such as ids and codes, each made into a {@code String}
 * once: the first occurrence of an id makes the string and every later one is that same instance.
 * A journey names each person in dozens of activities, and every reference is then looked up by id
 * in the partnership; one shared instance per id saves making the string again and its hash code
 * (cached in the instance), and makes equal ids identical, so comparing them is one reference check.
 * <p>
 * An open-addressing table keyed by the characters in the parser's buffer, so that a text already
 * seen is found without making a string. Not thread-safe: one per read.
 */
final class SharedTexts {

  /** Texts longer than this are made afresh each time: ids and codes are shorter. */
  static final int MAX_LENGTH = 64;

  /** A journey of a few hundred activities has a few hundred distinct ids: no growing for those. */
  private static final int INITIAL = 512;

  /** Made on first use: a document with no id or code in it (rule thresholds) needs none. */
  private String[] table;
  private int size;

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
    int hash = 0;
    boolean surrogate = false;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      hash = 31 * hash + c;
      surrogate |= Character.isSurrogate(c);
    }
    if (surrogate) {
      return null;
    }
    if (table == null) {
      table = new String[INITIAL];
    }
    // String.hashCode of these characters: compared first, it is cached in each string of the table
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String s = table[slot];
      if (s == null) {
        s = new String(chars, offset, length);
        table[slot] = s;
        if (++size * 2 > table.length) {
          grow();
        }
        return s;
      }
      if (s.hashCode() == hash && s.length() == length && same(s, chars, offset)) {
        return s;
      }
    }
  }

  private static boolean same(String s, char[] chars, int offset) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int slot = spread(s.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = s;
      }
    }
  }
}
