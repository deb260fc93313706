package org.c2model.metrics.indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.c2model.core.InvalidValueException;
import org.c2model.core.place.AreaCode;
import org.immutables.value.Value;

/**
 * A lookup from the areas of one boundary vintage to those of another, such as the ONS LSOA 2011 to
 * 2021 lookup ({@code docs/reference-data.md}, "UK geography codes").
 * <p>
 * With a lookup, observations on the older boundaries can be summed into a neighbourhood defined on
 * the newer ones: an old area counts in full when all of its new areas lie in the neighbourhood, not
 * at all when none do, and is reported when only some do (its events cannot be apportioned).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BoundaryLookup {

  BoundaryLookup() {}

  /**
   * Gets the older vintage, whose codes are looked up.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage fromVintage();

  /**
   * Gets the newer vintage, whose codes the lookup gives.
   *
   * @return the vintage, not null
   */
  public abstract BoundaryVintage toVintage();

  /**
   * Gets the lookup rows.
   *
   * @return the rows, each old-new pair once, not null
   */
  public abstract List<BoundaryChange> changes();

  /**
   * Obtains a lookup.
   *
   * @param fromVintage  the older vintage, not null
   * @param toVintage  the newer vintage, different from the older, not null
   * @param changes  the rows, not null
   * @return the lookup, not null
   * @throws InvalidValueException if the vintages are equal or a row repeats an old-new pair
   */
  public static BoundaryLookup of(BoundaryVintage fromVintage, BoundaryVintage toVintage,
      Collection<BoundaryChange> changes) {
    return ImmutableBoundaryLookup.builder().fromVintage(fromVintage).toVintage(toVintage).addAllChanges(changes)
        .build();
  }

  /**
   * Gets the areas of the newer vintage that an older area overlaps.
   *
   * @param oldCode  the older vintage's code, not null
   * @return the new codes in code order, empty if the lookup does not list the old code, not null
   */
  public Set<AreaCode> successors(AreaCode oldCode) {
    Objects.requireNonNull(oldCode, "oldCode");
    return successorMap().getOrDefault(oldCode, Set.of());
  }

  /**
   * Gets the old codes with at least one successor among the given new codes.
   *
   * @param newCodes  codes of the newer vintage, not null
   * @return the old codes in code order, not null
   */
  public Set<AreaCode> predecessorsOf(Set<AreaCode> newCodes) {
    Set<AreaCode> out = new TreeSet<>();
    for (BoundaryChange c : changes()) {
      if (newCodes.contains(c.newCode())) {
        out.add(c.oldCode());
      }
    }
    return out;
  }

  @Value.Derived
  Map<AreaCode, Set<AreaCode>> successorMap() {
    Map<AreaCode, Set<AreaCode>> map = new TreeMap<>();
    for (BoundaryChange c : changes()) {
      map.computeIfAbsent(c.oldCode(), k -> new TreeSet<>()).add(c.newCode());
    }
    map.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    return map;
  }

  @Value.Check
  void check() {
    if (fromVintage().equals(toVintage())) {
      throw InvalidValueException.of("toVintage", "must differ from fromVintage " + fromVintage(), toVintage());
    }
    Set<List<AreaCode>> seen = new HashSet<>();
    for (int i = 0; i < changes().size(); i++) {
      BoundaryChange c = changes().get(i);
      if (!seen.add(List.of(c.oldCode(), c.newCode()))) {
        throw InvalidValueException.of("changes[" + i + "]", "must not repeat an old-new pair", c);
      }
    }
  }

  /**
   * Returns a one-line summary, such as {@code BoundaryLookup lsoa-2011 -> lsoa-2021 (4 rows)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "BoundaryLookup " + fromVintage() + " -> " + toVintage() + " (" + changes().size() + " rows)";
  }
}
