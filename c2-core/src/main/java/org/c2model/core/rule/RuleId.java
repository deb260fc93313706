package org.c2model.core.rule;

import java.util.Objects;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * The stable id of a rule, such as {@code Governance:ResidentMajority}.
 * <p>
 * The form is {@code Namespace:Name}, both in UpperCamel. Rule ids are part of the API: CRMs store
 * and match them, so an id may be deprecated but never renamed.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Za-z0-9]*:[A-Z][A-Za-z0-9]*");

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Obtains a rule id.
   *
   * @param value  the id, such as {@code Governance:ResidentMajority}, not null
   * @return the rule id, not null
   * @throws InvalidValueException if the text is not of the form {@code Namespace:Name}
   */
  public static RuleId of(String value) {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidValueException.of("ruleId",
          "must be 'Namespace:Name' in UpperCamel, such as Governance:ResidentMajority", "'" + value + "'");
    }
    return new RuleId(value);
  }

  /**
   * Gets the namespace, such as {@code Governance}.
   *
   * @return the namespace, not null
   */
  public String namespace() {
    return value.substring(0, value.indexOf(':'));
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleId && ((RuleId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id, such as {@code Governance:ResidentMajority}.
   *
   * @return the id, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
