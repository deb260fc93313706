package org.c2model.core.partnership;

import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A member of staff who represents an {@link Agency} in the partnership (<i>Positively Local</i>
 * sec. 3; {@code docs/c2-model.md}
 * section 3).
 * <p>
 * The display name is optional personal data: it is redacted from {@code toString()}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AgencyRepresentative implements Person {

  AgencyRepresentative() {}

  @Override
  public abstract String id();

  /**
   * Gets the agency the person represents.
   *
   * @return the agency, not null
   */
  public abstract Agency agency();

  /**
   * Gets the person's name, where the caller chooses to keep it. Never printed by {@code toString()}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> displayName();

  @Override
  public final boolean isResident() {
    return false;
  }

  @Override
  public String describe() {
    return "agency representative " + id() + " (" + agency().sector().code() + ")";
  }

  /**
   * Obtains an agency representative.
   *
   * @param id  the id, not blank
   * @param agency  the agency, not null
   * @return the representative, not null
   */
  public static AgencyRepresentative of(String id, Agency agency) {
    return builder().id(id).agency(agency).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link AgencyRepresentative}. */
  public static final class Builder extends ImmutableAgencyRepresentative.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }
}
