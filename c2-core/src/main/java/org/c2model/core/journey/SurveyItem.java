package org.c2model.core.journey;

import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One question of a community survey with its count of positive answers, such as "18 of 25 feel
 * they belong to a local community" (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5, Townstal's pilot survey).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyItem {

  SurveyItem() {}

  /**
   * Gets what the question measures.
   *
   * @return the measure, not null
   */
  public abstract SurveyMeasure measure();

  /**
   * Gets the question's wording, where recorded.
   *
   * @return the wording
   */
  public abstract Optional<String> wording();

  /**
   * Gets how many people answered.
   *
   * @return the respondents, zero or more
   */
  public abstract int respondents();

  /**
   * Gets how many answered positively (belong, can influence, take part).
   *
   * @return the positive answers, from zero to {@link #respondents()}
   */
  public abstract int positive();

  /**
   * Tells whether {@link #positive()} is an approximation of what the source says rather than a count:
   * Townstal's pilot survey reports "a similar number" taking part in local activities, not a count
   * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5). Reports that use the figure
   * say it is approximate.
   *
   * @return true if approximate, false (the default) for a count
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * Obtains a survey item.
   *
   * @param measure  what the question measures, not null
   * @param positive  the positive answers, from zero to {@code respondents}
   * @param respondents  the people who answered, zero or more
   * @return the item, not null
   * @throws InvalidValueException if a count is negative or positive exceeds respondents
   */
  public static SurveyItem of(SurveyMeasure measure, int positive, int respondents) {
    return builder().measure(measure).positive(positive).respondents(respondents).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link SurveyItem}. */
  public static final class Builder extends ImmutableSurveyItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notNegative(respondents(), "respondents");
    Checks.notNegative(positive(), "positive");
    if (positive() > respondents()) {
      throw InvalidValueException.of("positive", "must not exceed respondents " + respondents(), positive());
    }
    wording().ifPresent(w -> Checks.notBlank(w, "wording"));
  }
}
