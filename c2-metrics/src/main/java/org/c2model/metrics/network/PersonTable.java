package org.c2model.metrics.network;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders people's measures as a fixed-width table for the {@code toString()}s of this package. */
final class PersonTable {

  private PersonTable() {}

  /**
   * Renders one row per person, with an optional last column (such as the reason for listing).
   *
   * @param people  the rows
   * @param extra  the last column's heading and values, or null for none
   */
  static String render(List<PersonMeasures> people, Column extra) {
    int idWidth = Math.max(6, people.stream().mapToInt(p -> p.personId().length()).max().orElse(0));
    String format = "%-" + idWidth + "s  %-12s  %6s  %11s  %10s  %3s  %9s  %14s  %10s  %9s";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, format, "person", "affiliation", "degree", "betweenness", "normalised",
        "cut", "split off", "removal impact", "constraint", "eff. size"));
    if (extra != null) {
      sb.append("  ").append(extra.heading);
    }
    sb.append('\n');
    for (PersonMeasures p : people) {
      sb.append(String.format(Locale.ROOT, format, p.personId(), p.affiliation().code(), p.degree(),
          NetworkText.fixed(p.betweenness(), 2), NetworkText.fixed(p.normalisedBetweenness(), 4),
          p.articulationPoint() ? "yes" : "no", p.splitOff(), NetworkText.signed(p.removalImpact(), 4),
          NetworkText.fixed(p.constraint(), 3), NetworkText.fixed(p.effectiveSize(), 2)));
      if (extra != null) {
        sb.append("  ").append(extra.value.apply(p));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** An extra column: heading and value per person. */
  static final class Column {
    final String heading;
    final Function<PersonMeasures, String> value;

    Column(String heading, Function<PersonMeasures, String> value) {
      this.heading = heading;
      this.value = value;
    }
  }
}
