package org.c2model.core.rule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a rule found, as data: the rule's stable id, a severity, the path of what it is about, a
 * message for people and the date it applies to, such as
 * {@code ERROR Governance:ResidentMajority at /board/members on 2010-03-01: residents 5, agency representatives 6}.
 * <p>
 * Messages name people by id and counts only, never by name. {@link #args()} keeps the variable
 * parts apart (such as {@code residents=5}) so machines need not parse the message; match on
 * {@link #ruleId()}, {@link #severity()} and {@link #path()}, never on message text.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Gets the id of the rule that produced the finding.
   *
   * @return the rule id, not null
   */
  public abstract RuleId ruleId();

  /**
   * Gets the severity.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Gets the path of what the finding is about, such as {@code /board/officers/chair}.
   *
   * @return the path, not null
   */
  public abstract Path path();

  /**
   * Gets the message for people; it names ids and counts, never personal data.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Gets the date the finding applies to.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Gets the variable parts of the message by name, such as {@code residents=5}.
   *
   * @return the arguments, in insertion order, not null
   */
  public abstract Map<String, String> args();

  /**
   * Obtains a finding without arguments.
   *
   * @param ruleId  the rule id, not null
   * @param severity  the severity, not null
   * @param path  the path, not null
   * @param date  the date it applies to, not null
   * @param message  the message, not blank
   * @return the finding, not null
   */
  public static Finding of(RuleId ruleId, Severity severity, Path path, LocalDate date, String message) {
    return builder().ruleId(ruleId).severity(severity).path(path).date(date).message(message).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(message(), "message");
  }

  /**
   * Returns a one-line summary, such as
   * {@code ERROR Governance:ResidentMajority at /board/members on 2010-03-01: ...}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-7s %s at %s on %s: %s",
        severity().name(), ruleId(), path(), date(), message());
  }
}
