package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An inspiring workshop with speakers from sites that C2 has transformed ({@code C2-DOMAIN.md}
 * section 2, step 2: residents and agencies "have seen what change looks like").
 * <p>
 * Its {@link #type() type} name is {@code vision_workshop}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class VisionWorkshop implements Activity {

  /** The type name of this activity, {@code vision_workshop}. */
  public static final String TYPE = "vision_workshop";

  VisionWorkshop() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the transformed sites the speakers came from, such as {@code Beacon, Falmouth}.
   *
   * @return the value, not null
   */
  public abstract List<String> speakerSites();

  /**
   * Gets the ids of the residents of the partnership who took part.
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

  /** A builder of {@link VisionWorkshop}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableVisionWorkshop.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    for (int i = 0; i < speakerSites().size(); i++) {
      Checks.notBlank(speakerSites().get(i), "speakerSites[" + i + "]");
    }
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
