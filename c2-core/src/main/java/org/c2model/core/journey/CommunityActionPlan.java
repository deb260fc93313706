package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A community action plan with its measurable outcomes, a sign of maturity (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md}
 * section 2, step 7: "community action plans with measurable outcomes").
 * <p>
 * Its {@link #type() type} name is {@code community_action_plan}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CommunityActionPlan implements Activity {

  /** The type name of this activity, {@code community_action_plan}. */
  public static final String TYPE = "community_action_plan";

  CommunityActionPlan() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the plan's title.
   *
   * @return the value, not blank
   */
  public abstract String title();

  /**
   * Gets the outcomes the plan will measure.
   *
   * @return the value, not null
   */
  public abstract List<MeasurableOutcome> measurableOutcomes();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CommunityActionPlan}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableCommunityActionPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(title(), "title");
  }
}
