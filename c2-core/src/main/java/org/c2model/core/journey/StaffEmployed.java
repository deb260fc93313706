package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A member of staff the partnership employs, and whether they are a resident (<i>Positively
 * Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2, step 7: "employs staff; two or three residents employed to coordinate").
 * <p>
 * Its {@link #type() type} name is {@code staff_employed}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class StaffEmployed implements Activity {

  /** The type name of this activity, {@code staff_employed}. */
  public static final String TYPE = "staff_employed";

  StaffEmployed() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the role, such as {@code community coordinator}.
   *
   * @return the value, not blank
   */
  public abstract String role();

  /**
   * Checks if the person employed lives in the neighbourhood.
   *
   * @return true or false, false unless set
   */
  @Value.Default
  public boolean resident() {
    return false;
  }

  /**
   * Gets the id of the person employed, where they are a person of the partnership.
   *
   * @return the value, not blank when present
   */
  public abstract Optional<String> personId();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.add(refs, "personId", Reference.Kind.PERSON, personId());
    return List.copyOf(refs);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link StaffEmployed}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableStaffEmployed.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(role(), "role");
    Activities.checkReferences(this);
  }
}
