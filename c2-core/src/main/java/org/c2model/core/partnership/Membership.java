package org.c2model.core.partnership;

import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One spell of a person's membership of the partnership board, such as resident {@code R7} from
 * {@code 2009-06-01} until {@code 2010-03-01}.
 * <p>
 * The spell is half-open: the person is a member on {@link #joined()} and is no longer a member on
 * {@link #left()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  /**
   * Gets the id of the member, a resident or agency representative of the partnership.
   *
   * @return the person id, not blank
   */
  public abstract String personId();

  /**
   * Gets the first day of membership.
   *
   * @return the date joined, not null
   */
  public abstract LocalDate joined();

  /**
   * Gets the first day the person was no longer a member.
   *
   * @return the date left, after {@link #joined()}; empty while still a member
   */
  public abstract Optional<LocalDate> left();

  /**
   * Gets how the member joined.
   *
   * @return the join method, {@link JoinMethod#SELF_SELECTED} unless set
   */
  @Value.Default
  public JoinMethod joinedBy() {
    return JoinMethod.SELF_SELECTED;
  }

  /**
   * Checks if the membership is current on a date.
   *
   * @param date  the date, not null
   * @return true if joined on or before the date and not yet left
   */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(joined()) && left().map(date::isBefore).orElse(true);
  }

  /**
   * Obtains an open, self-selected membership.
   *
   * @param personId  the member's id, not blank
   * @param joined  the first day of membership, not null
   * @return the membership, not null
   */
  public static Membership of(String personId, LocalDate joined) {
    return builder().personId(personId).joined(joined).build();
  }

  /**
   * Obtains a closed, self-selected membership.
   *
   * @param personId  the member's id, not blank
   * @param joined  the first day of membership, not null
   * @param left  the first day no longer a member, after {@code joined}, not null
   * @return the membership, not null
   * @throws org.c2model.core.InvalidValueException if {@code left} is not after {@code joined}
   */
  public static Membership of(String personId, LocalDate joined, LocalDate left) {
    return builder().personId(personId).joined(joined).left(left).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(personId(), "personId");
    left().ifPresent(l -> Checks.after(l, joined(), "left", "joined"));
  }
}
