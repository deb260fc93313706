package org.c2model.core.rule;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.c2model.core.InvalidValueException;
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
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Gets the severity.
   *
   * @return the severity, not null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Gets the path of what the finding is about, such as {@code /board/officers/chair}.
   *
   * @return the path, not null
   */
  @Value.Parameter
  public abstract Path path();

  /**
   * Gets the message for people; it names ids and counts, never personal data.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Gets the date the finding applies to.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Gets the variable parts of the message by name, such as {@code residents=5}.
   *
   * @return the arguments, in insertion order, not null
   */
  @Value.Parameter
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
   * Obtains a finding with arguments, given as names and values in turn and kept in that order,
   * such as {@code Finding.of(id, Severity.WARNING, path, date, "3 key residents, fewer than 5",
   * "keyResidents", "3", "minimum", "5")}: the same finding as the builder makes with
   * {@code putArgs} for each pair (a repeated name keeps its first place and takes the last
   * value), at half the cost, as the rules make findings by the thousand.
   *
   * @param ruleId  the rule id, not null
   * @param severity  the severity, not null
   * @param path  the path, not null
   * @param date  the date it applies to, not null
   * @param message  the message, not blank
   * @param args  names and values in turn, none null
   * @return the finding, not null
   * @throws InvalidValueException if {@code args} has an odd number of strings, or as the builder
   *     rejects the finding
   */
  public static Finding of(RuleId ruleId, Severity severity, Path path, LocalDate date, String message,
      String... args) {
    if (args.length % 2 != 0) {
      throw InvalidValueException.of("args", "must hold names and values in turn", args.length + " strings");
    }
    // the generated factory copies the arguments once, from this view; a builder copied them twice
    return ImmutableFinding.of(ruleId, severity, path, message, date, new Args(args));
  }

  /** Names and values in turn, as a map in that order, read once by the copy a finding keeps. */
  private static final class Args extends AbstractMap<String, String> {
    private final String[] pairs;

    Args(String[] pairs) {
      this.pairs = pairs;
    }

    @Override
    public int size() {
      return pairs.length / 2;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return pairs.length / 2;
        }

        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < pairs.length;
            }

            @Override
            public Map.Entry<String, String> next() {
              if (next >= pairs.length) {
                throw new NoSuchElementException();
              }
              // SimpleImmutableEntry, not Map.entry: a null name or value reaches the copy's own check
              Map.Entry<String, String> e = new AbstractMap.SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
              next += 2;
              return e;
            }
          };
        }
      };
    }
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
