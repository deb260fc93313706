package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An activity or group organised by residents, such as community bingo or a knitting circle
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 6: "groups and
 * activities for different age ranges";
 * section 5, intermediate outcome 3).
 * <p>
 * Its {@link #type() type} name is {@code resident_activity}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ResidentActivity implements Activity {

  /** The type name of this activity, {@code resident_activity}. */
  public static final String TYPE = "resident_activity";

  ResidentActivity() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the activity's name, such as {@code community bingo}.
   *
   * @return the value, not blank
   */
  public abstract String name();

  /**
   * Gets the age ranges it serves.
   *
   * @return the value, not null
   */
  public abstract Set<AgeRange> ageRanges();

  /**
   * Gets the ids of the residents who organise it.
   *
   * @return the ids, not null
   */
  public abstract List<String> organiserIds();

  /**
   * Gets the ids of the agencies supporting it.
   *
   * @return the ids, not null
   */
  public abstract List<String> supportingAgencyIds();

  /**
   * Gets who organises it ({@code docs/c2-model.md} section 5, intermediate outcome 3: only
   * activities residents organise count; one an agency runs is a service change, section 2, step 6).
   * When not given, residents if any {@link #organiserIds() organiser} is named, otherwise agencies:
   * an activity no resident organises is not resident-organised.
   *
   * @return the value, not null
   */
  @Value.Default
  public Organisers organisers() {
    return organiserIds().isEmpty() ? Organisers.AGENCIES : Organisers.RESIDENTS;
  }

  /**
   * Gets how many people take part, where counted.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Integer> participants();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.addAll(refs, "organiserIds", Reference.Kind.RESIDENT, organiserIds());
    Reference.addAll(refs, "supportingAgencyIds", Reference.Kind.AGENCY, supportingAgencyIds());
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

  /** A builder of {@link ResidentActivity}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableResidentActivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(name(), "name");
    participants().ifPresent(v -> Checks.notNegative(v, "participants"));
    if (organisers().residentOrganised() && organiserIds().isEmpty()) {
      throw InvalidValueException.of("organisers", "needs at least one resident in organiserIds", organisers().code());
    }
    Activities.checkReferences(this);
  }
}
