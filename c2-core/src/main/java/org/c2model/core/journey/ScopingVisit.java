package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A scoping visit to a meeting the neighbourhood already holds, such as a PACT (Police and
 * Communities Together) or town council meeting, to meet residents and agency staff and find key
 * residents ({@code C2-DOMAIN.md} section 6: Townstal's scoping visits "identified key residents";
 * section 2, step 1).
 * <p>
 * Its {@link #type() type} name is {@code scoping_visit}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ScopingVisit implements Activity {

  /** The type name of this activity, {@code scoping_visit}. */
  public static final String TYPE = "scoping_visit";

  ScopingVisit() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the meeting visited, such as {@code PACT meeting}.
   *
   * @return the value, not blank
   */
  public abstract String meeting();

  /**
   * Gets the ids of the residents met, such as key residents identified.
   *
   * @return the ids, not null
   */
  public abstract List<String> residentIds();

  /**
   * Gets the ids of the agency representatives of the partnership who took part.
   *
   * @return the ids, not null
   */
  public abstract List<String> agencyRepresentativeIds();

  @Override
  public final String type() {
    return TYPE;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.addAll(refs, "residentIds", Reference.Kind.RESIDENT, residentIds());
    Reference.addAll(refs, "agencyRepresentativeIds", Reference.Kind.AGENCY_REPRESENTATIVE, agencyRepresentativeIds());
    return refs;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ScopingVisit}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableScopingVisit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(meeting(), "meeting");
    for (int i = 0; i < residentIds().size(); i++) {
      Checks.notBlank(residentIds().get(i), "residentIds[" + i + "]");
    }
    Checks.unique(residentIds(), v -> v, "residentIds", "id");
    for (int i = 0; i < agencyRepresentativeIds().size(); i++) {
      Checks.notBlank(agencyRepresentativeIds().get(i), "agencyRepresentativeIds[" + i + "]");
    }
    Checks.unique(agencyRepresentativeIds(), v -> v, "agencyRepresentativeIds", "id");
  }
}
