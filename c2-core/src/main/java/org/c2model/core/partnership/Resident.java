package org.c2model.core.partnership;

import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person who lives in the neighbourhood (<i>Positively Local</i> sec. 3; {@code docs/c2-model.md}
 * section 3).
 * <p>
 * A <em>key resident</em> supplies the energy for change (step 1 needs a critical number of them);
 * key residents are usually not existing community activists. A resident who is also an elected
 * councillor (Townstal's vice-chair) counts as a resident for the board-majority rule, and
 * {@link #electedMember()} records the second capacity.
 * <p>
 * The display name is optional personal data: it is redacted from {@code toString()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Resident implements Person {

  Resident() {}

  @Override
  public abstract String id();

  /**
   * Gets the resident's name, where the caller chooses to keep it. Never printed by {@code toString()}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> displayName();

  /**
   * Checks if the resident is a key resident (step 1).
   *
   * @return true for a key resident
   */
  @Value.Default
  public boolean keyResident() {
    return false;
  }

  /**
   * Checks if the resident was an existing community activist before C2 began.
   *
   * @return true for an existing activist
   */
  @Value.Default
  public boolean existingActivist() {
    return false;
  }

  /**
   * Checks if the resident is also an elected member (a councillor).
   *
   * @return true for an elected member
   */
  @Value.Default
  public boolean electedMember() {
    return false;
  }

  @Override
  public final boolean isResident() {
    return true;
  }

  @Override
  public String describe() {
    return (keyResident() ? "key resident " : "resident ") + id();
  }

  /**
   * Obtains a resident who is neither a key resident, an activist nor an elected member.
   *
   * @param id  the id, not blank
   * @return the resident, not null
   */
  public static Resident of(String id) {
    return builder().id(id).build();
  }

  /**
   * Obtains a key resident.
   *
   * @param id  the id, not blank
   * @return the key resident, not null
   */
  public static Resident keyResident(String id) {
    return builder().id(id).keyResident(true).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Resident}. */
  public static final class Builder extends ImmutableResident.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }
}
