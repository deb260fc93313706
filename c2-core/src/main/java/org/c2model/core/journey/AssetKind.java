package org.c2model.core.journey;

import org.c2model.core.internal.Codes;

/**
 * The kind of a community asset, in the asset-based practice of mapping people and skills as well as buildings ({@code C2-DOMAIN.md} section 8).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code building}, used in JSON.
 */
public enum AssetKind {
  /** A building or space, such as a community hall. */
  BUILDING,
  /** A group or club. */
  GROUP,
  /** A skill residents offer. */
  SKILL,
  /** A local business. */
  BUSINESS,
  /** A person's talent. */
  TALENT;

  /**
   * Gets the stable code, such as {@code building}.
   *
   * @return the code, not null
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static AssetKind fromCode(String code) {
    return Codes.fromCode(values(), code, "kind");
  }
}
