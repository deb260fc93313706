package org.c2model.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value can never be valid, such as a blank id, a membership that ends before it
 * starts, or a malformed GSS code.
 * <p>
 * This is an invariant violation, the caller's mistake: the value is rejected at construction
 * and no half-built instance is ever returned. Breaches of C2 <em>rules</em> that a real
 * partnership can commit (a board losing its resident majority) are never exceptions; they are
 * returned as {@link org.c2model.core.rule.Finding findings}.
 * <p>
 * The message names the field, what was expected and the bad value, in the shape of java.time:
 * {@code Invalid value for memberships[2].left (must not be before joined 2009-06-01): 2009-05-01}.
 * The same parts are available as {@link #field()} and {@link #invalidValue()}.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String invalidValue;
  private final List<String> missingAttributes;

  /**
   * Creates an exception with a ready-made message that names the field and value.
   *
   * @param message  the message, not null
   */
  public InvalidValueException(String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = null;
    this.invalidValue = null;
    this.missingAttributes = List.of();
  }

  /**
   * Creates an exception for required attributes that were never set on a builder.
   * <p>
   * Generated builders call this constructor.
   *
   * @param missingAttributes  the names of the missing attributes, not null
   */
  public InvalidValueException(String... missingAttributes) {
    super("Missing required value for " + String.join(", ", missingAttributes));
    this.field = missingAttributes.length == 1 ? missingAttributes[0] : null;
    this.invalidValue = null;
    this.missingAttributes = List.of(missingAttributes);
  }

  private InvalidValueException(String field, String expectation, Object value) {
    super(String.format(Locale.ROOT, "Invalid value for %s (%s): %s", field, expectation, value));
    this.field = field;
    this.invalidValue = String.valueOf(value);
    this.missingAttributes = List.of();
  }

  /**
   * Obtains an exception for a field whose value breaks an invariant.
   *
   * @param field  the field, as a path such as {@code memberships[2].left}, not null
   * @param expectation  what a valid value looks like, not null
   * @param value  the bad value, may be null
   * @return the exception, not null
   */
  public static InvalidValueException of(String field, String expectation, Object value) {
    return new InvalidValueException(
        Objects.requireNonNull(field, "field"), Objects.requireNonNull(expectation, "expectation"), value);
  }

  /**
   * Gets the field that holds the bad value, such as {@code memberships[2].left}.
   *
   * @return the field, empty if the exception was created from a plain message
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Gets the bad value as text.
   *
   * @return the bad value, empty if the exception was created from a plain message
   */
  public Optional<String> invalidValue() {
    return Optional.ofNullable(invalidValue);
  }

  /**
   * Gets the names of required attributes that were not set.
   *
   * @return the missing attributes, empty unless a builder was incomplete, not null
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }
}
