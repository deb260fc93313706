package org.c2model.core.internal;

/** Hash-code helpers of the open-addressed tables that c2 keeps for ids and texts. */
public final class Hashing {

  private Hashing() {}

  /**
   * Mixes a hash code's bits (the finaliser of MurmurHash3), so that codes that follow one another,
   * as those of ids such as {@code R01, R02, ...} or {@code meeting-1, meeting-2, ...} do, land
   * far apart in a table indexed by their low bits.
   *
   * @param hash  the hash code
   * @return the mixed code
   */
  public static int spread(int hash) {
    int h = hash ^ (hash >>> 16);
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
