package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A survey of residents measuring community organisation, networks and social capital, such as
 * Townstal's pilot survey of 25 residents (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5, intermediate outcome 2:
 * "needs a survey").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CommunitySurvey implements Activity {

  /** The activity's type name. */
  public static final String TYPE = "community_survey";

  CommunitySurvey() {}

  @Override
  public abstract String id();

  /**
   * Gets the day the survey closed.
   *
   * @return the date, not null
   */
  @Override
  public abstract LocalDate date();

  /**
   * Gets the questions and their answers, one per measure.
   *
   * @return the items, at least one, not null
   */
  public abstract List<SurveyItem> items();

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

  /** A builder of {@link CommunitySurvey}. */
  public static final class Builder extends ImmutableCommunitySurvey.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    if (items().isEmpty()) {
      throw InvalidValueException.of("items", "must hold at least one question", "[]");
    }
    Checks.unique(items(), SurveyItem::measure, "items", "measure");
  }
}
