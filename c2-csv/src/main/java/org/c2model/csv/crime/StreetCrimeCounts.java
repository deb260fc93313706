package org.c2model.csv.crime;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.place.AreaCode;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ReportingPeriod;
import org.immutables.value.Value;

/**
 * Street-level crimes from police.uk files counted by LSOA, month and crime type, with the rows
 * that could not be counted because they have no LSOA (crimes police.uk could not locate).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StreetCrimeCounts {

  StreetCrimeCounts() {}

  /**
   * Gets the counts, ordered by LSOA, month and crime type.
   *
   * @return the counts, not null
   */
  public abstract List<CrimeCount> counts();

  /**
   * Gets the number of data rows read.
   *
   * @return the rows, not negative
   */
  public abstract long rowsRead();

  /**
   * Gets the number of rows with an empty {@code LSOA code}, which are not in {@link #counts()}.
   *
   * @return the rows without an LSOA, not negative
   */
  public abstract long rowsWithoutLsoa();

  /**
   * Gets the sum of all counts: {@link #rowsRead()} minus {@link #rowsWithoutLsoa()}.
   *
   * @return the number of crimes counted
   */
  public long crimesCounted() {
    return counts().stream().mapToLong(CrimeCount::count).sum();
  }

  /**
   * Gets the police.uk category slug of a crime type as the street-level files spell it, such as
   * {@code anti-social-behaviour} for "Anti-social behaviour" and {@code criminal-damage-arson}
   * for "Criminal damage and arson" (police.uk API documentation, crime categories). A crime
   * type police.uk adds later gets its words lower-cased and joined by hyphens.
   *
   * @param crimeType  the {@code Crime type} text, not null
   * @return the category slug, not null
   */
  public static String category(String crimeType) {
    String known = CATEGORIES.get(crimeType.strip().toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return crimeType.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The crime types of the street-level files and their category slugs (police.uk API). */
  private static final Map<String, String> CATEGORIES = Map.ofEntries(
      Map.entry("anti-social behaviour", "anti-social-behaviour"),
      Map.entry("bicycle theft", "bicycle-theft"),
      Map.entry("burglary", "burglary"),
      Map.entry("criminal damage and arson", "criminal-damage-arson"),
      Map.entry("drugs", "drugs"),
      Map.entry("other theft", "other-theft"),
      Map.entry("possession of weapons", "possession-of-weapons"),
      Map.entry("public order", "public-order"),
      Map.entry("robbery", "robbery"),
      Map.entry("shoplifting", "shoplifting"),
      Map.entry("theft from the person", "theft-from-the-person"),
      Map.entry("vehicle crime", "vehicle-crime"),
      Map.entry("violence and sexual offences", "violent-crime"),
      Map.entry("other crime", "other-crime"));

  /**
   * Gets the indicator id a crime type is counted under: the id of the first catalogue indicator
   * whose police.uk category is the crime type's {@link #category} (anti-social behaviour becomes
   * {@code asb-incidents}), else the category slug itself ({@code robbery}). The one mapping of
   * every police.uk reader, here and in c2-spark.
   *
   * @param crimeType  the {@code Crime type} text, not null
   * @param catalogue  the indicator catalogue, not null
   * @return the indicator id, not null
   */
  public static String indicatorId(String crimeType, IndicatorCatalogue catalogue) {
    Objects.requireNonNull(crimeType, "crimeType");
    Objects.requireNonNull(catalogue, "catalogue");
    String slug = category(crimeType);
    for (LongTermIndicator i : catalogue.indicators()) {
      if (i.policeUkCategory().isPresent() && i.policeUkCategory().get().equals(slug)) {
        return i.id();
      }
    }
    return slug;
  }

  /**
   * Converts the counts into monthly indicator observations without denominators: each crime type
   * becomes the catalogue indicator whose police.uk category it is (anti-social behaviour becomes
   * {@code asb-incidents}, criminal damage and arson {@code criminal-damage}, and so on), and any
   * other crime type keeps its police.uk category slug as its indicator id ({@code robbery}).
   *
   * @param catalogue  the indicator catalogue, not null
   * @param vintage  the LSOA boundary vintage of the files' codes (police.uk used 2011 LSOAs until
   *     it moved to 2021 LSOAs), not null
   * @return the observations, one per LSOA, month and indicator, in that order, not null
   */
  public List<Observation> toObservations(IndicatorCatalogue catalogue, BoundaryVintage vintage) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(vintage, "vintage");
    Map<String, String> indicatorOfType = new HashMap<>();
    Map<List<Object>, Long> cells = new TreeMap<>(java.util.Comparator.comparing((List<Object> k) -> k.get(0).toString())
        .thenComparing(k -> k.get(1).toString()).thenComparing(k -> k.get(2).toString()));
    for (CrimeCount c : counts()) {
      String indicator = indicatorOfType.computeIfAbsent(c.crimeType(), t -> indicatorId(t, catalogue));
      cells.merge(List.of(c.lsoa(), c.month(), indicator), c.count(), Long::sum);
    }
    List<Observation> out = new ArrayList<>(cells.size());
    cells.forEach((k, n) -> out.add(Observation.builder().areaCode((AreaCode) k.get(0)).indicatorId((String) k.get(2))
        .period(ReportingPeriod.ofMonth((YearMonth) k.get(1))).vintage(vintage).numerator(n).build()));
    return out;
  }

  static StreetCrimeCounts of(List<CrimeCount> counts, long rowsRead, long rowsWithoutLsoa) {
    return ImmutableStreetCrimeCounts.builder().addAllCounts(counts).rowsRead(rowsRead)
        .rowsWithoutLsoa(rowsWithoutLsoa).build();
  }

  /**
   * Returns a summary, such as {@code 1520 rows: 1498 crimes in 412 LSOA-month-type cells, 22 rows without an LSOA}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d rows: %d crimes in %d LSOA-month-type cells, %d rows without an LSOA",
        rowsRead(), crimesCounted(), counts().size(), rowsWithoutLsoa());
  }
}
