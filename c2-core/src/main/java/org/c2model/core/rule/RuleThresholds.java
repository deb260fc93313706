package org.c2model.core.rule;

import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Sector;
import org.immutables.value.Value;

/**
 * The thresholds of the C2 rules, with the paper's defaults, which a council can override.
 * <p>
 * Defaults ({@code C2-DOMAIN.md} section 2, step 1): a critical number of 5 key residents ("the
 * founders used 5"), and stakeholders from at least the health, education, police and local
 * authority sectors.
 *
 * <pre>{@code
 * RuleThresholds mine = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(3).build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true)
public abstract class RuleThresholds {

  RuleThresholds() {}

  /**
   * Gets the fewest key residents step 1 needs.
   *
   * @return the minimum, 5 by default
   */
  @Value.Default
  public int minimumKeyResidents() {
    return 5;
  }

  /**
   * Gets the sectors every partnership must include.
   *
   * @return the sectors, health, education, police and local authority by default
   */
  @Value.Default
  public Set<Sector> requiredSectors() {
    return Set.of(Sector.HEALTH, Sector.EDUCATION, Sector.POLICE, Sector.LOCAL_AUTHORITY);
  }

  /**
   * Gets the thresholds of the paper.
   *
   * @return the defaults, not null
   */
  public static RuleThresholds defaults() {
    return ImmutableRuleThresholds.of();
  }

  /**
   * Returns a builder; start from {@code builder().from(defaults())} to override one value.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link RuleThresholds}. */
  public static final class Builder extends ImmutableRuleThresholds.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (minimumKeyResidents() < 0) {
      throw InvalidValueException.of("minimumKeyResidents", "must not be negative", minimumKeyResidents());
    }
  }
}
