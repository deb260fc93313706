package org.c2model.core.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The long-term outcomes framework: a catalogue of indicators and the links from each intermediate
 * outcome to the indicators it is expected to drive, queryable both ways
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5).
 * <pre>{@code
 * OutcomesFramework f = OutcomesFramework.standard();
 * f.indicatorsDrivenBy(IntermediateOutcome.SERVICE_CHANGES);   // which indicators should move?
 * f.outcomesDriving("burglary");                                // what should move burglary?
 * }</pre>
 * Every link names an indicator of the catalogue, and an outcome links to an indicator at most once.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomesFramework {

  OutcomesFramework() {}

  /**
   * Gets the catalogue of long-term indicators.
   *
   * @return the catalogue, not null
   */
  public abstract IndicatorCatalogue catalogue();

  /**
   * Gets the links, in the order given.
   *
   * @return the links, not null
   */
  public abstract List<OutcomeLink> links();

  /**
   * Obtains the standard framework: the {@link IndicatorCatalogue#standard() standard catalogue}
   * and c2's links, each with its rationale drawn from the paper's cases (Beacon, Townstal, SWANN).
   * Every standard indicator is driven by at least one intermediate outcome.
   *
   * @return the standard framework, not null
   */
  public static OutcomesFramework standard() {
    return StandardOutcomes.FRAMEWORK;
  }

  /**
   * Obtains a framework from a catalogue and links.
   *
   * @param catalogue  the indicators, not null
   * @param links  the links, each naming an indicator of the catalogue, not null
   * @return the framework, not null
   * @throws InvalidValueException naming {@code links[i].indicatorId} if a link names an indicator
   *     not in the catalogue or repeats an outcome-indicator pair
   */
  public static OutcomesFramework of(IndicatorCatalogue catalogue, Collection<OutcomeLink> links) {
    return ImmutableOutcomesFramework.builder().catalogue(catalogue).addAllLinks(links).build();
  }

  /**
   * Returns a copy of this framework with further indicators added to its catalogue.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param more  the indicators, with ids not yet taken, not null
   * @return the extended framework, not null
   * @throws InvalidValueException if an id is already taken
   */
  public OutcomesFramework withIndicators(LongTermIndicator... more) {
    return of(catalogue().with(more), links());
  }

  /**
   * Returns a copy of this framework with further links appended.
   * <p>
   * This instance is immutable and unaffected by this method call.
   *
   * @param more  the links, each naming an indicator of the catalogue, not null
   * @return the extended framework, not null
   * @throws InvalidValueException if a link names an unknown indicator or repeats a pair
   */
  public OutcomesFramework withLinks(OutcomeLink... more) {
    List<OutcomeLink> all = new ArrayList<>(links());
    for (OutcomeLink l : more) {
      all.add(Objects.requireNonNull(l, "more"));
    }
    return of(catalogue(), all);
  }

  /**
   * Gets the links from an intermediate outcome, in link order.
   *
   * @param outcome  the outcome, not null
   * @return the links, possibly empty, not null
   */
  public List<OutcomeLink> linksFrom(IntermediateOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return links().stream().filter(l -> l.outcome() == outcome).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the links to a long-term indicator, in link order.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the links, empty if no outcome drives it, not null
   */
  public List<OutcomeLink> linksTo(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    return links().stream().filter(l -> l.indicatorId().equals(indicatorId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the indicators an intermediate outcome is expected to drive, in catalogue order.
   *
   * @param outcome  the outcome, not null
   * @return the indicators, possibly empty, not null
   */
  public List<LongTermIndicator> indicatorsDrivenBy(IntermediateOutcome outcome) {
    Set<String> ids = linksFrom(outcome).stream().map(OutcomeLink::indicatorId).collect(Collectors.toSet());
    return catalogue().indicators().stream().filter(i -> ids.contains(i.id()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the intermediate outcomes expected to drive an indicator, in the paper's order.
   *
   * @param indicatorId  the indicator's id, not null
   * @return the outcomes, empty if none is linked, not null
   * @throws InvalidValueException if the catalogue has no such indicator
   */
  public Set<IntermediateOutcome> outcomesDriving(String indicatorId) {
    catalogue().get(indicatorId);
    Set<IntermediateOutcome> out = EnumSet.noneOf(IntermediateOutcome.class);
    linksTo(indicatorId).forEach(l -> out.add(l.outcome()));
    return java.util.Collections.unmodifiableSet(out);
  }

  @Value.Check
  void check() {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < links().size(); i++) {
      OutcomeLink l = links().get(i);
      if (!catalogue().contains(l.indicatorId())) {
        throw InvalidValueException.of("links[" + i + "].indicatorId", "must be in the catalogue", "'" + l.indicatorId() + "'");
      }
      if (!pairs.add(l.outcome().code() + " " + l.indicatorId())) {
        throw InvalidValueException.of("links[" + i + "].indicatorId",
            "must be linked to " + l.outcome().code() + " only once", "'" + l.indicatorId() + "'");
      }
    }
  }

  /**
   * Returns a summary: for each intermediate outcome, the ids of the indicators it drives.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OutcomesFramework (" + catalogue().indicators().size()
        + " indicators, " + links().size() + " links)\n");
    for (IntermediateOutcome o : IntermediateOutcome.values()) {
      sb.append("  ").append(o.code()).append(" -> ")
          .append(indicatorsDrivenBy(o).stream().map(LongTermIndicator::id).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return sb.toString();
  }
}
