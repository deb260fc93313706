package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.ConnectingWorkshop;
import org.c2model.core.journey.Journey;
import org.c2model.core.step.JourneyRules;
import org.c2model.core.step.StepResult;

/**
 * How a journey's community network grew: the network at the connecting workshop, on the day each
 * step was attained, and on the as-of date, each the {@link CommunityNetwork#fromJourney projection}
 * of the activities up to that day (ties are seen from the first gathering two people shared). It
 * shows the second intermediate outcome, "community organisation, networks and social capital",
 * building up over the journey rather than as two snapshots (<i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 *
 * <pre>{@code
 * NetworkGrowth growth = NetworkGrowth.of(journey, LocalDate.of(2010, 12, 31));
 * System.out.println(growth);
 * // 2009-03-03 connecting workshop   23 people   253 ties  ...
 * // 2009-09-08 step 5 attained       ...
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class NetworkGrowth {

  /** One point of the growth: what happened that day, and the network then. */
  public record Point(String label, NetworkSummary summary) {
    /**
     * Checks the point.
     *
     * @param label  what happened that day, such as {@code step 3 attained}, not blank
     * @param summary  the network that day, not null
     */
    public Point {
      Objects.requireNonNull(summary, "summary");
      if (label == null || label.isBlank()) {
        throw InvalidValueException.of("label", "must not be blank", label);
      }
    }

    /**
     * Gets the day.
     *
     * @return the day, not null
     */
    public LocalDate date() {
      return summary.date();
    }
  }

  private final List<Point> points;

  private NetworkGrowth(List<Point> points) {
    this.points = points;
  }

  /**
   * Measures a journey's network at its connecting workshop, at each step's attainment (as assessed
   * on {@code asOf} under the paper's default thresholds) and on {@code asOf}, in date order.
   *
   * @param journey  the journey, not null
   * @param asOf  the last day; later activities are ignored, not null
   * @return the growth, not null
   */
  public static NetworkGrowth of(Journey journey, LocalDate asOf) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    CommunityNetwork network = CommunityNetwork.fromJourney(journey, asOf);
    List<Point> points = new ArrayList<>();
    LocalDate baseline = NetworkChange.baseline(journey, asOf);
    boolean workshop = journey.activities().stream().anyMatch(a -> a.date().equals(baseline)
        && a.type().equals(ConnectingWorkshop.TYPE));
    points.add(new Point(workshop ? "connecting workshop" : "start", NetworkSummary.of(network, baseline)));
    List<StepResult> attained = JourneyRules.assess(journey, asOf).steps().stream()
        .filter(s -> s.attainedOn().isPresent())
        .sorted((x, y) -> x.attainedOn().orElseThrow().compareTo(y.attainedOn().orElseThrow()))
        .toList();
    for (StepResult s : attained) {
      LocalDate day = s.attainedOn().orElseThrow();
      points.add(new Point("step " + s.step().number() + " attained", NetworkSummary.of(network, day)));
    }
    points.add(new Point("as of", NetworkSummary.of(network, asOf)));
    points.sort((x, y) -> x.date().compareTo(y.date()));
    return new NetworkGrowth(List.copyOf(points));
  }

  /**
   * Gets the points, in date order.
   *
   * @return the points, not null
   */
  public List<Point> points() {
    return points;
  }

  /**
   * Gets the change from the first point to the last.
   *
   * @return the change, not null
   */
  public NetworkChange overall() {
    return NetworkChange.of(points.get(0).summary(), points.get(points.size() - 1).summary());
  }

  /**
   * Tells whether the network grew: more ties on the last day than on the first.
   *
   * @return true if it grew
   */
  public boolean grew() {
    return points.get(points.size() - 1).summary().ties() > points.get(0).summary().ties();
  }

  /**
   * Returns one line per point: the day, what happened, people, ties, components, isolated people
   * and fragmentation.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Network growth\n" + points.stream().map(p -> String.format(Locale.ROOT,
        "%s %-22s %4d people %5d ties %3d components %3d isolated  fragmentation %s", p.date(), p.label(),
        p.summary().people(), p.summary().ties(), p.summary().components(), p.summary().isolated(),
        NetworkText.fixed(p.summary().fragmentation(), 3))).collect(Collectors.joining("\n"));
  }
}
