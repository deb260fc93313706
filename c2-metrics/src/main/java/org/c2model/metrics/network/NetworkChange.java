package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.ConnectingWorkshop;
import org.c2model.core.journey.Journey;
import org.immutables.value.Value;

/**
 * How a community network changed between two dates: components, fragmentation, density and mean
 * distance within components. A network that moves "from fragmented isolation" to rich relations
 * (fewer components, lower fragmentation, higher density) is evidence for the second intermediate
 * outcome, "community organisation, networks and social capital" (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 *
 * <pre>{@code
 * NetworkChange change = NetworkChange.between(network, LocalDate.of(2009, 11, 1), LocalDate.of(2011, 11, 1));
 * System.out.println(change);          // a before / after / change table
 * change.isLessFragmented();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkChange {

  NetworkChange() {}

  /**
   * Gets the network figures at the earlier date.
   *
   * @return the summary, not null
   */
  public abstract NetworkSummary before();

  /**
   * Gets the network figures at the later date.
   *
   * @return the summary, not null
   */
  public abstract NetworkSummary after();

  /**
   * Gets the change in the number of components (negative when groups have joined up).
   *
   * @return after minus before
   */
  public int componentsChange() {
    return after().components() - before().components();
  }

  /**
   * Gets the change in fragmentation (negative when more people can reach each other).
   *
   * @return after minus before
   */
  public double fragmentationChange() {
    return after().fragmentation() - before().fragmentation();
  }

  /**
   * Gets the change in density.
   *
   * @return after minus before
   */
  public double densityChange() {
    return after().density() - before().density();
  }

  /**
   * Gets the change in mean distance within components.
   *
   * @return after minus before, empty if either is undefined
   */
  public OptionalDouble meanDistanceChange() {
    return before().meanDistance().isPresent() && after().meanDistance().isPresent()
        ? OptionalDouble.of(after().meanDistance().getAsDouble() - before().meanDistance().getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Checks if the network became less fragmented.
   *
   * @return true if fragmentation fell
   */
  public boolean isLessFragmented() {
    return fragmentationChange() < 0;
  }

  /**
   * Compares a network as it stood on two dates, using all available processors.
   *
   * @param network  the network, not null
   * @param before  the earlier date, not null
   * @param after  the later date, not before {@code before}, not null
   * @return the change, not null
   * @throws InvalidValueException if {@code after} is before {@code before}
   */
  public static NetworkChange between(CommunityNetwork network, LocalDate before, LocalDate after) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    checkOrder(before, after);
    return of(NetworkSummary.of(network, before), NetworkSummary.of(network, after));
  }

  /**
   * Compares a journey's network at its connecting workshop (step 1's gathering, where residents
   * and agencies start "making many new connections"; <i>Positively Local</i> sec. 2.1 and 6) with
   * the network as of a date. The "before" network includes the workshop's ties; without a
   * connecting workshop by {@code asOf}, it is the network on the journey's start. Both are the
   * {@link CommunityNetwork#fromJourney(Journey, LocalDate) projection} of the journey's activities.
   *
   * @param journey  the journey, not null
   * @param asOf  the later date, not null
   * @return the change, not null
   */
  public static NetworkChange fromJourney(Journey journey, LocalDate asOf) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate before = baseline(journey, asOf);
    CommunityNetwork network = CommunityNetwork.fromJourney(journey, asOf);
    return of(NetworkSummary.of(network, before), NetworkSummary.of(network, asOf));
  }

  /**
   * Gets the day {@link #fromJourney(Journey, LocalDate)} measures the "before" network on: the
   * connecting workshop's day, or the journey's start, never after {@code asOf}. With it a caller that
   * also needs the measures as of {@code asOf} (such as the weak connectors) can take them from one
   * {@link NetworkAnalysis} and compare with {@link #of(NetworkSummary, NetworkSummary)}.
   *
   * @param journey  the journey, not null
   * @param asOf  the later date, not null
   * @return the day, not null
   */
  public static LocalDate baseline(Journey journey, LocalDate asOf) {
    LocalDate workshop = journey.activities(ConnectingWorkshop.class).stream().map(ConnectingWorkshop::date)
        .filter(d -> !d.isAfter(asOf)).min(LocalDate::compareTo).orElse(journey.start());
    return workshop.isAfter(asOf) ? asOf : workshop;
  }

  /**
   * Compares two summaries, such as those of two gathering projections at different dates.
   *
   * @param before  the earlier summary, not null
   * @param after  the later summary, dated not before {@code before}, not null
   * @return the change, not null
   * @throws InvalidValueException if {@code after} is dated before {@code before}
   */
  public static NetworkChange of(NetworkSummary before, NetworkSummary after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    checkOrder(before.date(), after.date());
    return ImmutableNetworkChange.builder().before(before).after(after).build();
  }

  private static void checkOrder(LocalDate before, LocalDate after) {
    if (after.isBefore(before)) {
      throw InvalidValueException.of("after", "must not be before " + before, after);
    }
  }

  /**
   * Returns a table such as
   * <pre>
   * Network change (docs/c2-model.md section 5, intermediate outcome 2)
   *                     2009-11-01  2011-11-01     change
   * people                     120         120         +0
   * ties                        95         310       +215
   * components                  31           2        -29
   * ...
   * less fragmented
   * </pre>
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    NetworkSummary b = before();
    NetworkSummary a = after();
    StringBuilder sb = new StringBuilder("Network change (docs/c2-model.md section 5, intermediate outcome 2)\n");
    String format = "%-18s  %10s  %10s  %9s%n";
    sb.append(String.format(Locale.ROOT, format, "", b.date(), a.date(), "change"));
    row(sb, format, "people", b.people(), a.people());
    row(sb, format, "ties", b.ties(), a.ties());
    row(sb, format, "components", b.components(), a.components());
    row(sb, format, "largest component", b.largestComponent(), a.largestComponent());
    row(sb, format, "isolated", b.isolated(), a.isolated());
    sb.append(String.format(Locale.ROOT, format, "fragmentation", NetworkText.fixed(b.fragmentation(), 3),
        NetworkText.fixed(a.fragmentation(), 3), NetworkText.signed(fragmentationChange(), 3)));
    sb.append(String.format(Locale.ROOT, format, "density", NetworkText.fixed(b.density(), 4),
        NetworkText.fixed(a.density(), 4), NetworkText.signed(densityChange(), 4)));
    sb.append(String.format(Locale.ROOT, format, "mean distance", NetworkText.fixed(b.meanDistance(), 2),
        NetworkText.fixed(a.meanDistance(), 2),
        meanDistanceChange().isPresent() ? NetworkText.signed(meanDistanceChange().getAsDouble(), 2) : "-"));
    sb.append(fragmentationChange() < 0 ? "less fragmented"
        : fragmentationChange() > 0 ? "more fragmented" : "fragmentation unchanged");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String format, String name, int before, int after) {
    sb.append(String.format(Locale.ROOT, format, name, before, after,
        String.format(Locale.ROOT, "%+d", after - before)));
  }
}
