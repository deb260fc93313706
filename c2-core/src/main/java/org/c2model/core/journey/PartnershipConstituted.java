package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The partnership formally constituted: its constitution signed (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2,
 * step 4: "a formally constituted partnership with a signed constitution"; Townstal, June 2009).
 * <p>
 * Its {@link #type() type} name is {@code partnership_constituted}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PartnershipConstituted implements Activity {

  /** The type name of this activity, {@code partnership_constituted}. */
  public static final String TYPE = "partnership_constituted";

  PartnershipConstituted() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the ids of the people who signed the constitution, where recorded.
   *
   * @return the ids, not null
   */
  public abstract List<String> signatoryIds();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.addAll(refs, "signatoryIds", Reference.Kind.PERSON, signatoryIds());
    return List.copyOf(refs);
  }

  /**
   * Obtains a {@code partnership_constituted} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static PartnershipConstituted of(String id, LocalDate date) {
    return builder().id(id).date(date).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link PartnershipConstituted}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePartnershipConstituted.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Activities.checkReferences(this);
  }
}
