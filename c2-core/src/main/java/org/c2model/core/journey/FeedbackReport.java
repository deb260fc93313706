package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The report that feeds the results of a listening event back to residents (<i>Positively Local</i>
 * sec. 2; {@code docs/c2-model.md}
 * section 2, step 3: "a report and a follow-up event about ten days later feeds results back").
 * <p>
 * Its {@link #type() type} name is {@code feedback_report}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class FeedbackReport implements Activity {

  /** The type name of this activity, {@code feedback_report}. */
  public static final String TYPE = "feedback_report";

  FeedbackReport() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the id of the listening event reported on.
   *
   * @return the value, not blank
   */
  public abstract String listeningEventId();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(Reference.of("listeningEventId", Reference.Kind.LISTENING_EVENT, listeningEventId()));
    return List.copyOf(refs);
  }

  /**
   * Obtains a {@code feedback_report} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param listeningEventId  the id of the listening event reported on, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static FeedbackReport of(String id, LocalDate date, String listeningEventId) {
    return builder().id(id).date(date).listeningEventId(listeningEventId).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link FeedbackReport}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableFeedbackReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Activities.checkReferences(this);
  }
}
