package org.c2model.core.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.journey.Activity;
import org.immutables.value.Value;

/**
 * A dated piece of evidence behind a step criterion, such as the exchange visit
 * {@code exchange-beacon} on {@code 2009-02-10}.
 * <p>
 * Most evidence is an activity of the journey: its {@link #id()} is the activity id and its
 * {@link #type()} the activity type. Three facts of the partnership record also count:
 * {@value #NEIGHBOURHOOD} (id: the neighbourhood id, dated at the journey's start),
 * {@value #BOARD_MEMBERSHIP} (id: the person id, dated when they joined the board) and
 * {@value #CONSTITUTION_ADOPTED} (id: the partnership id, dated on adoption).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {

  /** The evidence type of the partnership's neighbourhood. */
  public static final String NEIGHBOURHOOD = "neighbourhood";
  /** The evidence type of a board membership. */
  public static final String BOARD_MEMBERSHIP = "board_membership";
  /** The evidence type of the partnership's constitution adoption date. */
  public static final String CONSTITUTION_ADOPTED = "constitution_adopted";

  private static final List<String> PARTNERSHIP_FACTS = List.of(NEIGHBOURHOOD, BOARD_MEMBERSHIP, CONSTITUTION_ADOPTED);
  /** The activity types, made once: every step assessment checks dozens of evidence items. */
  private static final Set<String> ACTIVITY_TYPES = Set.copyOf(Activity.typeNames());

  Evidence() {}

  /**
   * Gets the id: an activity id, or for a partnership fact the neighbourhood, person or partnership id.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the type: an activity type name such as {@code exchange_visit}, or a partnership fact.
   *
   * @return the type, an activity type name or a partnership fact, not null
   */
  @Value.Parameter
  public abstract String type();

  /**
   * Gets the day the evidence appeared.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Obtains evidence.
   *
   * @param id  the id, not blank
   * @param type  the type: an activity type name or a partnership fact, not null
   * @param date  the date, not null
   * @return the evidence, not null
   */
  public static Evidence of(String id, String type, LocalDate date) {
    return ImmutableEvidence.of(id, type, date);
  }

  /**
   * Checks the id, and that the type is one of the closed set evidence comes from
   * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2): an activity type, or one
   * of the three partnership facts.
   */
  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    if (!ACTIVITY_TYPES.contains(type()) && !PARTNERSHIP_FACTS.contains(type())) {
      throw InvalidValueException.of("type", "must be an activity type or one of " + String.join(", ", PARTNERSHIP_FACTS),
          "'" + type() + "'");
    }
  }

  /**
   * Returns {@code date type id}, such as {@code 2009-02-10 exchange_visit exchange-beacon}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return date() + " " + type() + " " + id();
  }
}
