package org.c2model.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A closed set of codes, such as an enum's codes or the type names of a variant, found straight
 * from the parser's characters: a code read is compared with the few codes of its length, with no
 * string made and no hash computed. A journey reads a code or a type name in every activity.
 * <p>
 * Immutable and thread-safe.
 */
final class Codes {

  private final String[] codes;
  /** Per length, the codes of that length: their index and their characters. */
  private final int[][] indexByLength;
  private final char[][][] charsByLength;

  /**
   * Makes the table of some codes.
   *
   * @param codes  the codes, distinct, not null
   */
  Codes(List<String> codes) {
    this.codes = codes.toArray(new String[0]);
    int longest = codes.stream().mapToInt(String::length).max().orElse(0);
    indexByLength = new int[longest + 1][];
    charsByLength = new char[longest + 1][][];
    for (int length = 0; length <= longest; length++) {
      List<Integer> of = new ArrayList<>();
      for (int k = 0; k < this.codes.length; k++) {
        if (this.codes[k].length() == length) {
          of.add(k);
        }
      }
      indexByLength[length] = of.stream().mapToInt(Integer::intValue).toArray();
      charsByLength[length] = of.stream().map(k -> this.codes[k].toCharArray()).toArray(char[][]::new);
    }
  }

  /**
   * Gets the index of the code of {@code chars[offset, offset + length)}.
   *
   * @param chars  the characters, not null
   * @param offset  the first character
   * @param length  the number of characters
   * @return the index of the code in the list the table was made from, or -1 if it is none of them
   */
  int find(char[] chars, int offset, int length) {
    if (length >= indexByLength.length) {
      return -1;
    }
    char[][] candidates = charsByLength[length];
    for (int c = 0; c < candidates.length; c++) {
      if (Arrays.equals(candidates[c], 0, length, chars, offset, offset + length)) {
        return indexByLength[length][c];
      }
    }
    return -1;
  }

  /**
   * Gets a code by index.
   *
   * @param index  the index, from {@link #find}
   * @return the code, not null
   */
  String code(int index) {
    return codes[index];
  }
}
