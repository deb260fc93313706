package org.c2model.metrics.network;

import java.util.Locale;
import java.util.OptionalDouble;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.metrics.graph.Betweenness;
import org.c2model.metrics.graph.Brokerage;
import org.c2model.metrics.graph.Connectivity;
import org.immutables.value.Value;

/**
 * The network measures of one person, by id, such as
 * {@code A1 agency-staff degree 16, betweenness 231.07 (0.4376), articulation point splitting off 1, ...}.
 * See {@link Betweenness}, {@link Connectivity} and {@link Brokerage} for the definitions.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PersonMeasures {

  PersonMeasures() {}

  /**
   * Gets the person's id.
   *
   * @return the id, not null
   */
  public abstract String personId();

  /**
   * Gets the person's affiliation.
   *
   * @return the affiliation, not null
   */
  public abstract Affiliation affiliation();

  /**
   * Gets the number of people this person is tied to.
   *
   * @return the degree, not negative
   */
  public abstract int degree();

  /**
   * Gets the sum of the strengths of this person's ties.
   *
   * @return the strength, not negative
   */
  public abstract double strength();

  /**
   * Gets the raw betweenness: the number of shortest paths between pairs of other people that pass
   * through this person, each pair's paths counting 1 in total.
   *
   * @return the raw betweenness, not negative
   */
  public abstract double betweenness();

  /**
   * Gets the betweenness divided by the number of pairs of other people, {@code (n-1)(n-2)/2}.
   *
   * @return the normalised betweenness, in [0, 1]
   */
  public abstract double normalisedBetweenness();

  /**
   * Checks if removing this person would split their part of the network.
   *
   * @return true for an articulation point
   */
  public abstract boolean articulationPoint();

  /**
   * Gets how many people would be cut off from the largest remaining piece if this person left.
   *
   * @return the number of people, 0 unless an articulation point
   */
  public abstract int splitOff();

  /**
   * Gets how much Borgatti's fragmentation would rise if this person left.
   *
   * @return the removal impact, in [-1, 1]
   */
  public abstract double removalImpact();

  /**
   * Gets Burt's constraint (low for a broker).
   *
   * @return the constraint, empty for a person with no ties
   */
  public abstract OptionalDouble constraint();

  /**
   * Gets Burt's effective size (non-redundant contacts).
   *
   * @return the effective size, empty for a person with no ties
   */
  public abstract OptionalDouble effectiveSize();

  /**
   * Returns a builder, for measures stored earlier and read back (such as from JSON); to measure a
   * network, use {@link NetworkAnalysis#of(CommunityNetwork, java.time.LocalDate)}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link PersonMeasures}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePersonMeasures.Builder {
    Builder() {}
  }

  /**
   * Checks what no network can give (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md}
   * section 3): a blank id, negative counts,
   * betweenness or strength, and a split-off count for someone who is not an articulation point.
   */
  @Value.Check
  void check() {
    Checks.notBlank(personId(), "personId");
    Checks.notNegative(degree(), "degree");
    Checks.notNegative(strength(), "strength");
    Checks.notNegative(betweenness(), "betweenness");
    Checks.notNegative(normalisedBetweenness(), "normalisedBetweenness");
    Checks.notNegative(splitOff(), "splitOff");
    Checks.finite(removalImpact(), "removalImpact");
    if (!articulationPoint() && splitOff() > 0) {
      throw InvalidValueException.of("splitOff", "must be 0 for a person who is not an articulation point", splitOff());
    }
    constraint().ifPresent(c -> Checks.notNegative(c, "constraint"));
    effectiveSize().ifPresent(e -> Checks.notNegative(e, "effectiveSize"));
  }

  /**
   * Returns a one-line summary of the measures.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s %s degree %d, betweenness %s (%s)%s, removal impact %s, constraint %s, effective size %s",
        personId(), affiliation().code(), degree(), NetworkText.fixed(betweenness(), 2),
        NetworkText.fixed(normalisedBetweenness(), 4),
        articulationPoint() ? ", articulation point splitting off " + splitOff() : "",
        NetworkText.signed(removalImpact(), 4), NetworkText.fixed(constraint(), 3),
        NetworkText.fixed(effectiveSize(), 2));
  }
}
