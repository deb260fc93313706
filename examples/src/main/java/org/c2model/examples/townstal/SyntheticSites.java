package org.c2model.examples.townstal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.metrics.indicator.Observation;

/**
 * A seeded generator of SYNTHETIC C2 sites for the programme example: each site is Townstal's
 * journey moved to two of the bundled ILLUSTRATIVE peer areas, with a share of its meetings, service
 * changes, resident activities and wins left out, some residents leaving the board, and the peer
 * areas' indicator counts after the constitution scaled by a factor per indicator. Site {@code k}
 * depends only on the seed and {@code k}: the same seed gives the same sites on every run. They are
 * not real places and their figures are not evidence of anything.
 */
public final class SyntheticSites {

  /** The seed of the programme example's sites. */
  public static final long SEED = 20110331L;

  /** Activity kinds a generated site may lack: nothing else refers to them by id. */
  private static final Set<Class<?>> DROPPABLE = Set.of(PartnershipMeeting.class, ServiceChange.class,
      ResidentActivity.class, CelebratedWin.class);

  /**
   * A generated site: its journey and its observations.
   *
   * @param journey  the journey, its neighbourhood two peer areas
   * @param observations  the two areas' observations, scaled after the constitution
   * @param description  what was generated, by counts, for the report's notes
   */
  public record Generated(Journey journey, List<Observation> observations, String description) {}

  private SyntheticSites() {}

  /**
   * Generates site {@code k}.
   *
   * @param k  the site's number, 1 to 5 (each takes two of the ten peer areas)
   * @param seed  the seed
   * @param townstal  the journey to start from
   * @param peerAreas  the peer areas' observations
   * @return the site, not null
   * @throws IllegalArgumentException if {@code k} is not from 1 to 5
   */
  public static Generated generate(int k, long seed, Journey townstal, List<Observation> peerAreas) {
    if (k < 1 || k > 5) {
      throw new IllegalArgumentException("site number must be from 1 to 5: " + k);
    }
    SplittableRandom r = new SplittableRandom(seed * 31 + k);
    List<String> codes = List.of("E010201" + (58 + 2 * k), "E010201" + (59 + 2 * k));
    Partnership p = townstal.partnership();
    LocalDate constitution = p.constitutionAdopted().orElse(townstal.start());
    // Some residents leave the board, 6 to 18 months after the constitution.
    double leaving = 0.15 + 0.35 * r.nextDouble();
    Set<String> residentIds = new java.util.HashSet<>();
    p.residents().forEach(x -> residentIds.add(x.id()));
    List<Membership> memberships = new ArrayList<>();
    int left = 0;
    for (Membership m : p.memberships()) {
      if (residentIds.contains(m.personId()) && m.left().isEmpty() && r.nextDouble() < leaving) {
        memberships.add(Membership.builder().from(m).left(constitution.plusDays(180 + r.nextInt(365))).build());
        left++;
      } else {
        memberships.add(m);
      }
    }
    Partnership moved = Partnership.builder().from(p).id("P-SYN-" + k).name("Synthetic partnership " + k)
        .neighbourhood(Neighbourhood.of("N-SYN-" + k, "Synthetic site " + k, codes.toArray(String[]::new)))
        .memberships(memberships).build();
    // A share of the meetings, service changes, resident activities and wins is left out.
    double dropping = 0.1 + 0.5 * r.nextDouble();
    List<Activity> kept = new ArrayList<>();
    int dropped = 0;
    for (Activity a : townstal.activities()) {
      if (DROPPABLE.contains(kindOf(a)) && r.nextDouble() < dropping) {
        dropped++;
      } else {
        kept.add(a);
      }
    }
    Journey journey = Journey.builder().from(townstal).partnership(moved).activities(kept).build();
    // After the constitution each indicator's counts are scaled by a factor from 0.5 to 1.6.
    TreeMap<String, Double> factors = new TreeMap<>();
    List<Observation> observations = new ArrayList<>();
    for (Observation o : peerAreas) {
      if (!codes.contains(o.areaCode().toString())) {
        continue;
      }
      double factor = factors.computeIfAbsent(o.indicatorId(), id -> 0.5 + 1.1 * r.nextDouble());
      boolean after = !o.period().start().isBefore(constitution);
      observations.add(after ? Observation.builder().from(o).numerator(Math.round(o.numerator() * factor)).build() : o);
    }
    String description = "site N-SYN-" + k + " (SYNTHETIC, seed " + seed + "): Townstal's journey in areas "
        + String.join(", ", codes) + " without " + dropped + " of its meetings, service changes, activities and wins, "
        + left + " residents leaving the board, indicator counts after the constitution scaled by "
        + factors.entrySet().stream().map(e -> e.getKey() + " x" + String.format(java.util.Locale.ROOT, "%.2f",
            e.getValue())).reduce((a, b) -> a + ", " + b).orElse("nothing");
    return new Generated(journey, observations, description);
  }

  private static Class<?> kindOf(Activity a) {
    for (Class<?> c : DROPPABLE) {
      if (c.isInstance(a)) {
        return c;
      }
    }
    return a.getClass();
  }
}
