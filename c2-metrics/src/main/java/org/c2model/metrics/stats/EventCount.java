package org.c2model.metrics.stats;

import org.immutables.value.Value;

/**
 * A count of events in a population over one period, such as 30 burglaries among 4,000
 * residents in the year before a partnership began.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventCount {

  EventCount() {}

  /**
   * Gets the count of events.
   *
   * @return the events, 0 or more
   */
  public abstract double events();

  /**
   * Gets the population at risk, or the person-time.
   *
   * @return the population, above 0
   */
  public abstract double population();

  /**
   * Gets the crude rate per person, {@code events / population}.
   *
   * @return the rate, 0 or more
   */
  public double rate() {
    return events() / population();
  }

  /**
   * Obtains a count of events in a population.
   *
   * @param events  the count of events, 0 or more
   * @param population  the population, above 0
   * @return the count, not null
   * @throws org.c2model.core.InvalidValueException if the count is negative or the population not
   *     above zero, or either is not finite
   */
  public static EventCount of(double events, double population) {
    return ImmutableEventCount.builder().events(events).population(population).build();
  }

  @Value.Check
  void check() {
    Inputs.present(Inputs.count(events(), "events"), "events");
    Inputs.present(Inputs.positive(population(), "population"), "population");
  }

  /**
   * Returns the count, such as {@code 30 in 4,000}.
   *
   * @return the count, not null
   */
  @Override
  public String toString() {
    return Inputs.grouped(events()) + " in " + Inputs.grouped(population());
  }
}
