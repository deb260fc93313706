package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * The kind of a community asset, in the asset-based practice of mapping people and skills as well
 * as buildings ({@code docs/c2-model.md} section 8).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code building}, used in JSON.
 */
public enum AssetKind implements Coded {
  /** A building or space, such as a community hall. */
  BUILDING("building"),
  /** A group or club. */
  GROUP("group"),
  /** A skill residents offer. */
  SKILL("skill"),
  /** A local business. */
  BUSINESS("business"),
  /** A person's talent. */
  TALENT("talent");

  private final String code;

  AssetKind(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code building}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static AssetKind fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
