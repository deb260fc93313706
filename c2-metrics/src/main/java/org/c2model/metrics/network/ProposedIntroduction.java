package org.c2model.metrics.network;

import java.util.Locale;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An introduction the library proposes for a facilitator to consider: two people, by id, not yet
 * tied, and what tying them would do to the network, measured, not estimated (see
 * {@link IntroductionProposals}). Two measures, each a share in [0, 1]:
 * <ul>
 *   <li><b>fragmentation</b>: Borgatti's F, the share of ordered pairs of people who cannot reach
 *       each other;</li>
 *   <li><b>dependence</b>: the fragmentation the network would have if the one person whose leaving
 *       fragments it most left, measured over the people who remain: how much the network hangs
 *       on a single weak connector (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md}
 *       section 3: "remove them and the network fragments").</li>
 * </ul>
 * Each is measured before and after the introduction, with the proposals ranked before it already
 * made, so the gains of a list of proposals add up to the change of the whole list.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProposedIntroduction {

  ProposedIntroduction() {}

  /**
   * Gets the rank, 1 for the introduction proposed first.
   *
   * @return the rank, at least 1
   */
  public abstract int rank();

  /**
   * Gets the id of one person to introduce.
   *
   * @return the id, not blank
   */
  public abstract String firstPersonId();

  /**
   * Gets the id of the other person to introduce.
   *
   * @return the id, not blank, not the first
   */
  public abstract String secondPersonId();

  /**
   * Gets the fragmentation before the introduction (after the proposals ranked before it).
   *
   * @return the share, in [0, 1]
   */
  public abstract double fragmentationBefore();

  /**
   * Gets the fragmentation after the introduction.
   *
   * @return the share, in [0, 1]
   */
  public abstract double fragmentationAfter();

  /**
   * Gets the dependence on a single person before the introduction: the fragmentation if the most
   * critical person left.
   *
   * @return the share, in [0, 1]
   */
  public abstract double dependenceBefore();

  /**
   * Gets the dependence on a single person after the introduction.
   *
   * @return the share, in [0, 1]
   */
  public abstract double dependenceAfter();

  /**
   * Gets how much the introduction lowers the fragmentation.
   *
   * @return {@code fragmentationBefore - fragmentationAfter}, not negative
   */
  public double fragmentationGain() {
    return fragmentationBefore() - fragmentationAfter();
  }

  /**
   * Gets how much the introduction lowers the dependence on a single person.
   *
   * @return {@code dependenceBefore - dependenceAfter}
   */
  public double dependenceGain() {
    return dependenceBefore() - dependenceAfter();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ProposedIntroduction}. */
  public static final class Builder extends ImmutableProposedIntroduction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (rank() < 1) {
      throw InvalidValueException.of("rank", "must be at least 1", rank());
    }
    Checks.notBlank(firstPersonId(), "firstPersonId");
    Checks.notBlank(secondPersonId(), "secondPersonId");
    if (firstPersonId().equals(secondPersonId())) {
      throw InvalidValueException.of("secondPersonId", "must differ from firstPersonId", "'" + secondPersonId() + "'");
    }
    Checks.share(fragmentationBefore(), "fragmentationBefore");
    Checks.share(fragmentationAfter(), "fragmentationAfter");
    Checks.share(dependenceBefore(), "dependenceBefore");
    Checks.share(dependenceAfter(), "dependenceAfter");
  }

  /**
   * Returns a summary such as
   * {@code 1. introduce R03 and A07: fragmentation 0.250 -> 0.100, dependence 0.300 -> 0.120}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d. introduce %s and %s: fragmentation %.3f -> %.3f, dependence %.3f -> %.3f",
        rank(), firstPersonId(), secondPersonId(), fragmentationBefore(), fragmentationAfter(), dependenceBefore(),
        dependenceAfter());
  }
}
