package org.c2model.core.listening;

import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One resident's answer to one of the two questions of a listening event, such as a
 * {@code what_is_not_so_good} response themed {@code "anti-social behaviour"} (<i>Positively
 * Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2, step 3: "every response captured").
 * <p>
 * The text is what the resident said; it may name people, so it is redacted from
 * {@code toString()}. Responses are anonymous: no person id is kept.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Response {

  Response() {}

  /**
   * Gets the response's id, unique within its listening event.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the question answered.
   *
   * @return the question, not null
   */
  public abstract Question question();

  /**
   * Gets the response as recorded. Never printed by {@code toString()}.
   *
   * @return the text, not blank
   */
  @Value.Redacted
  public abstract String text();

  /**
   * Gets the theme the facilitators grouped the response under, such as {@code "parking"}.
   *
   * @return the theme, not blank when present
   */
  public abstract Optional<String> theme();

  /**
   * Obtains a response without a theme.
   *
   * @param id  the id, not blank
   * @param question  the question answered, not null
   * @param text  the response, not blank
   * @return the response, not null
   */
  public static Response of(String id, Question question, String text) {
    return builder().id(id).question(question).text(text).build();
  }

  /**
   * Obtains a themed response.
   *
   * @param id  the id, not blank
   * @param question  the question answered, not null
   * @param text  the response, not blank
   * @param theme  the theme, not blank
   * @return the response, not null
   */
  public static Response of(String id, Question question, String text, String theme) {
    return builder().id(id).question(question).text(text).theme(theme).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(text(), "text");
    theme().ifPresent(t -> Checks.notBlank(t, "theme"));
  }
}
