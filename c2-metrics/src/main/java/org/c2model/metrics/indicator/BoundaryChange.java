package org.c2model.metrics.indicator;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.immutables.value.Value;

/**
 * One row of a boundary lookup: an area of the older vintage, one area of the newer vintage it
 * overlaps, and the ONS change marker, such as {@code E01020150 -> E01035001 S}
 * ({@code docs/reference-data.md}: the 2011 to 2021 LSOA lookup marks each area U, S, M or X).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BoundaryChange {

  /** The ONS change marker of a lookup row. */
  public enum Kind {
    /** {@code U}: unchanged. */
    UNCHANGED("U"),
    /** {@code S}: the old area was split into several new ones. */
    SPLIT("S"),
    /** {@code M}: several old areas were merged into the new one. */
    MERGED("M"),
    /** {@code X}: an irregular, many-to-many change. */
    IRREGULAR("X");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Gets the ONS marker, such as {@code S}.
     *
     * @return the marker, not null
     */
    public String code() {
      return code;
    }

    /**
     * Obtains a kind from its ONS marker.
     *
     * @param code  {@code U}, {@code S}, {@code M} or {@code X}, not null
     * @return the kind, not null
     * @throws InvalidValueException if the marker is unknown
     */
    public static Kind fromCode(String code) {
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw InvalidValueException.of("kind", "must be one of " + Arrays.stream(values()).map(Kind::code)
          .collect(Collectors.joining(", ")), "'" + code + "'");
    }
  }

  BoundaryChange() {}

  /**
   * Gets the area in the older vintage.
   *
   * @return the old code, not null
   */
  @Value.Parameter
  public abstract AreaCode oldCode();

  /**
   * Gets an area of the newer vintage the old area overlaps.
   *
   * @return the new code, not null
   */
  @Value.Parameter
  public abstract AreaCode newCode();

  /**
   * Gets the ONS change marker.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Obtains a lookup row from its text, as in the ONS lookup file.
   *
   * @param oldCode  the older vintage's GSS code, not null
   * @param newCode  the newer vintage's GSS code, not null
   * @param kind  the marker {@code U}, {@code S}, {@code M} or {@code X}, not null
   * @return the row, not null
   * @throws InvalidValueException if a code or the marker is malformed
   */
  public static BoundaryChange of(String oldCode, String newCode, String kind) {
    return ImmutableBoundaryChange.of(AreaCode.of(oldCode, "oldCode"), AreaCode.of(newCode, "newCode"),
        Kind.fromCode(kind));
  }

  /**
   * Returns the row, such as {@code E01020150 -> E01035001 S}.
   *
   * @return the row, not null
   */
  @Override
  public String toString() {
    return oldCode() + " -> " + newCode() + " " + kind().code();
  }
}
