package org.c2model.metrics.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An occasion on which people met, by date and the ids of those who attended: a connecting
 * workshop, a listening event, a partnership meeting (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2). People who
 * attended the same gathering are tied; see
 * {@link CommunityNetwork#fromGatherings(java.util.Map, java.util.List, LocalDate)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Gathering {

  Gathering() {}

  /**
   * Gets the date of the gathering.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Gets the ids of the people who attended, in the order given.
   *
   * @return the ids, not blank, not null
   */
  public abstract Set<String> attendees();

  /**
   * Obtains a gathering.
   *
   * @param date  the date, not null
   * @param attendees  the ids of those who attended, not blank
   * @return the gathering, not null
   */
  public static Gathering of(LocalDate date, String... attendees) {
    return builder().date(date).addAllAttendees(Arrays.asList(attendees)).build();
  }

  /**
   * Obtains a gathering.
   *
   * @param date  the date, not null
   * @param attendees  the ids of those who attended, not blank, not null
   * @return the gathering, not null
   */
  public static Gathering of(LocalDate date, Iterable<String> attendees) {
    return builder().date(date).addAllAttendees(attendees).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Gathering}. */
  public static final class Builder extends ImmutableGathering.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    int i = 0;
    for (String id : attendees()) {
      Checks.notBlank(id, "attendees[" + i++ + "]");
    }
  }

  /**
   * Returns a summary such as {@code Gathering[2009-11-12, 21 attendees]}; ids are left out.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Gathering[" + date() + ", " + attendees().size() + " attendees]";
  }
}
