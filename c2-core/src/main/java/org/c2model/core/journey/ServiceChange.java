package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A change an agency made to its service, such as an NHS dentist on the estate one day a week
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 6: services "more
 * local, responsive and tailored"; section 5,
 * intermediate outcome 1).
 * <p>
 * Its {@link #type() type} name is {@code service_change}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ServiceChange implements Activity {

  /** The type name of this activity, {@code service_change}. */
  public static final String TYPE = "service_change";

  ServiceChange() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the id of the agency that changed its service.
   *
   * @return the value, not blank
   */
  public abstract String agencyId();

  /**
   * Gets the kind of change.
   *
   * @return the value, not null
   */
  public abstract ServiceChangeKind kind();

  /**
   * Gets what changed, such as {@code dentist on the estate one day a week}.
   *
   * @return the value, not blank
   */
  public abstract String description();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(Reference.of("agencyId", Reference.Kind.AGENCY, agencyId()));
    return List.copyOf(refs);
  }

  /**
   * Obtains a {@code service_change} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param agencyId  the id of the agency that changed its service, not blank
   * @param kind  the kind of change, not null
   * @param description  what changed, such as {@code dentist on the estate one day a week}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static ServiceChange of(String id, LocalDate date, String agencyId, ServiceChangeKind kind, String description) {
    return builder().id(id).date(date).agencyId(agencyId).kind(kind).description(description).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ServiceChange}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableServiceChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(description(), "description");
    Activities.checkReferences(this);
  }
}
