package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The initial connecting workshop of residents and agencies ({@code C2-DOMAIN.md} section 2, step 1;
 * Townstal's at the Children's Centre had 18 agency representatives and 3 key residents, section 6).
 * <p>
 * Its {@link #type() type} name is {@code connecting_workshop}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConnectingWorkshop implements Activity {

  /** The type name of this activity, {@code connecting_workshop}. */
  public static final String TYPE = "connecting_workshop";

  ConnectingWorkshop() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the venue, such as {@code Children's Centre}.
   *
   * @return the value, not blank
   */
  public abstract String venue();

  /**
   * Gets the ids of the residents attending.
   *
   * @return the ids, not null
   */
  public abstract List<String> residentIds();

  /**
   * Gets the ids of the agency representatives attending.
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

  /** A builder of {@link ConnectingWorkshop}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableConnectingWorkshop.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(venue(), "venue");
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
