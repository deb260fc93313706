package org.c2model.metrics.programme;

import org.c2model.core.internal.Checks;
import org.c2model.metrics.evaluation.Evaluation;
import org.immutables.value.Value;

/**
 * One site of a {@link Programme}: a partnership's evaluation exactly as {@link Evaluation} takes it
 * (its journey and neighbourhood, comparator, indicator data, windows and as-of date), under an id
 * the programme knows it by.
 *
 * @implSpec This class is immutable and thread-safe if its evaluation is.
 */
@Value.Immutable
public abstract class Site {

  Site() {}

  /**
   * Gets the site's id within the programme.
   *
   * @return the id, by default the id of the journey's neighbourhood, not blank
   */
  @Value.Default
  public String id() {
    return evaluation().journey().neighbourhood().id();
  }

  /**
   * Gets the site's evaluation, run when the programme is evaluated.
   *
   * @return the evaluation, not null
   */
  public abstract Evaluation evaluation();

  /**
   * Obtains a site known by its neighbourhood's id.
   *
   * @param evaluation  the evaluation, not null
   * @return the site, not null
   */
  public static Site of(Evaluation evaluation) {
    return builder().evaluation(evaluation).build();
  }

  /**
   * Obtains a site with its own id.
   *
   * @param id  the id, not blank
   * @param evaluation  the evaluation, not null
   * @return the site, not null
   * @throws org.c2model.core.InvalidValueException if the id is blank
   */
  public static Site of(String id, Evaluation evaluation) {
    return builder().id(id).evaluation(evaluation).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Site}; {@code build()} rejects a blank id. */
  public static final class Builder extends ImmutableSite.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }

  /**
   * Returns the site's id and neighbourhood id, never a name.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Site " + id() + " (neighbourhood " + evaluation().journey().neighbourhood().id() + ", as of "
        + evaluation().asOf() + ")";
  }
}
