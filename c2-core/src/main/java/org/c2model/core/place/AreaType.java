package org.c2model.core.place;

import java.util.Optional;

/**
 * The kind of statistical or administrative area a GSS code denotes, read from its three-character
 * prefix, such as {@code E01} for a lower layer super output area.
 * <p>
 * Source: ONS GSS coding, as summarised in {@code docs/reference-data.md} ("UK geography codes").
 */
public enum AreaType {
  /** Output area (England E00, Wales W00, Scotland S00). */
  OUTPUT_AREA("E00", "W00", "S00"),
  /** Lower layer super output area (E01, W01) or Scottish data zone (S01). */
  LSOA("E01", "W01", "S01"),
  /** Middle layer super output area (E02, W02) or Scottish intermediate zone (S02). */
  MSOA("E02", "W02", "S02"),
  /** Civil parish or community (E04, W04). */
  PARISH("E04", "W04"),
  /** Electoral ward or division (E05, W05, S13). */
  WARD("E05", "W05", "S13"),
  /** Unitary authority (E06, W06). */
  UNITARY_AUTHORITY("E06", "W06"),
  /** Non-metropolitan district (E07). */
  DISTRICT("E07"),
  /** Metropolitan district (E08). */
  METROPOLITAN_DISTRICT("E08"),
  /** London borough (E09). */
  LONDON_BOROUGH("E09"),
  /** County (E10). */
  COUNTY("E10"),
  /** Region (E12). */
  REGION("E12");

  private final String[] prefixes;

  AreaType(String... prefixes) {
    this.prefixes = prefixes;
  }

  /**
   * Obtains the area type of a GSS prefix.
   *
   * @param prefix  the three-character prefix, such as {@code E01}, not null
   * @return the area type, empty when the prefix is well formed but not one c2 names
   */
  public static Optional<AreaType> ofPrefix(String prefix) {
    for (AreaType type : values()) {
      for (String p : type.prefixes) {
        if (p.equals(prefix)) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }
}
