package org.c2model.core.outcome;

import java.util.Optional;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A long-term indicator that agencies already collect at sub-ward level, such as {@code burglary}
 * or {@code teenage-conceptions} (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section
 * 5, "Table 2 of the paper").
 * <p>
 * The id is stable, lower case and hyphenated, such as {@code ae-visits}; observations, unit costs
 * and outcome links refer to an indicator by it. The {@link #domain()} follows from the
 * {@link #group()}. The Fingertips id and police.uk category are recorded where a public data set
 * publishes the indicator ({@code docs/reference-data.md}, {@code docs/reference-data.md}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LongTermIndicator {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  LongTermIndicator() {}

  /**
   * Gets the stable id, such as {@code asb-incidents}.
   *
   * @return the id: lower-case letters and digits in hyphen-separated words, not null
   */
  public abstract String id();

  /**
   * Gets the name, as Table 2 words it, such as {@code A&E visits}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the Table 2 group.
   *
   * @return the group, not null
   */
  public abstract IndicatorGroup group();

  /**
   * Gets how the indicator is measured.
   *
   * @return the measure type, not null
   */
  public abstract MeasureType measureType();

  /**
   * Gets the direction of change that counts as improvement.
   *
   * @return the direction, not null
   */
  public abstract Improvement improvement();

  /**
   * Gets when the indicator is expected to move after the partnership starts.
   *
   * @return the horizon, not null
   */
  public abstract Horizon horizon();

  /**
   * Gets the OHID Fingertips IndicatorID of the nearest published indicator, where one is known.
   *
   * @return the Fingertips id, positive when present
   */
  public abstract Optional<Integer> fingertipsId();

  /**
   * Gets the police.uk street-level crime category, such as {@code burglary}, where one exists.
   *
   * @return the category, not blank when present
   */
  public abstract Optional<String> policeUkCategory();

  /**
   * Gets whether the indicator is a health or a non-health indicator, from its group.
   *
   * @return the domain, not null
   */
  public IndicatorDomain domain() {
    return group().domain();
  }

  /**
   * Obtains an indicator without Fingertips id or police.uk category.
   *
   * @param id  the stable id, such as {@code parent-attendance}, not null
   * @param name  the name, not blank
   * @param group  the Table 2 group, not null
   * @param measureType  how it is measured, not null
   * @param improvement  the direction of improvement, not null
   * @param horizon  when it is expected to move, not null
   * @return the indicator, not null
   * @throws InvalidValueException if the id is not lower-case hyphenated words or the name is blank
   */
  public static LongTermIndicator of(String id, String name, IndicatorGroup group, MeasureType measureType,
      Improvement improvement, Horizon horizon) {
    return builder().id(id).name(name).group(group).measureType(measureType).improvement(improvement)
        .horizon(horizon).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link LongTermIndicator}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableLongTermIndicator.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw InvalidValueException.of("id",
          "must be lower-case letters and digits in hyphen-separated words, such as ae-visits", "'" + id() + "'");
    }
    Checks.notBlank(name(), "name");
    fingertipsId().ifPresent(f -> {
      if (f <= 0) {
        throw InvalidValueException.of("fingertipsId", "must be positive", f);
      }
    });
    policeUkCategory().ifPresent(c -> Checks.notBlank(c, "policeUkCategory"));
  }

  /**
   * Returns a one-line summary, such as
   * {@code burglary (Burglary): NON_HEALTH/HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER, WITHIN_A_YEAR}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return id() + " (" + name() + "): " + domain() + "/" + group() + ", " + measureType() + ", "
        + improvement() + ", " + horizon()
        + fingertipsId().map(f -> ", fingertips " + f).orElse("")
        + policeUkCategory().map(c -> ", police.uk " + c).orElse("");
  }
}
