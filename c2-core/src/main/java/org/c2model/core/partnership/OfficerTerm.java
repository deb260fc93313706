package org.c2model.core.partnership;

import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person's term in one of the four offices, such as resident {@code R1} as chair from
 * {@code 2009-06-01} (<i>Positively Local</i> sec. 4; {@code docs/c2-model.md} section 4).
 * <p>
 * The term is half-open: the person holds office on {@link #start()} and no longer on {@link #end()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfficerTerm {

  OfficerTerm() {}

  /**
   * Gets the office.
   *
   * @return the role, not null
   */
  public abstract OfficerRole role();

  /**
   * Gets the id of the office holder.
   *
   * @return the person id, not blank
   */
  public abstract String personId();

  /**
   * Gets the first day in office.
   *
   * @return the start, not null
   */
  public abstract LocalDate start();

  /**
   * Gets the first day out of office.
   *
   * @return the end, after {@link #start()}; empty while in office
   */
  public abstract Optional<LocalDate> end();

  /**
   * Checks if the term is current on a date.
   *
   * @param date  the date, not null
   * @return true if in office on that date
   */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(start()) && end().map(date::isBefore).orElse(true);
  }

  /**
   * Checks if this term shares at least one day with another.
   *
   * @param other  the other term, not null
   * @return true if the two terms overlap
   */
  public boolean overlaps(OfficerTerm other) {
    boolean thisEndsFirst = end().map(t -> !t.isAfter(other.start())).orElse(false);
    boolean otherEndsFirst = other.end().map(t -> !t.isAfter(start())).orElse(false);
    return !thisEndsFirst && !otherEndsFirst;
  }

  /**
   * Obtains an open officer term.
   *
   * @param role  the office, not null
   * @param personId  the office holder, not blank
   * @param from  the first day in office, not null
   * @return the term, not null
   */
  public static OfficerTerm of(OfficerRole role, String personId, LocalDate from) {
    return builder().role(role).personId(personId).start(from).build();
  }

  /**
   * Obtains a closed officer term.
   *
   * @param role  the office, not null
   * @param personId  the office holder, not blank
   * @param from  the first day in office, not null
   * @param to  the first day out of office, after {@code from}, not null
   * @return the term, not null
   * @throws org.c2model.core.InvalidValueException if {@code to} is not after {@code from}
   */
  public static OfficerTerm of(OfficerRole role, String personId, LocalDate from, LocalDate to) {
    return builder().role(role).personId(personId).start(from).end(to).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link OfficerTerm}. */
  public static final class Builder extends ImmutableOfficerTerm.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(personId(), "personId");
    end().ifPresent(t -> Checks.after(t, start(), "end", "start"));
  }
}
