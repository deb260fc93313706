package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A community asset mapped: a building, group, skill, business or person's talent
 * ({@code docs/c2-model.md} section 8: asset-based practice maps "people and skills as well as
 * buildings", assets to map in step 1).
 * <p>
 * Its {@link #type() type} name is {@code community_asset_mapped}. People and agencies are referenced by id.
 * The free-text {@link #description()} is kept out of {@code toString()}, as a response's text is.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CommunityAssetMapped implements Activity {

  /** The type name of this activity, {@code community_asset_mapped}. */
  public static final String TYPE = "community_asset_mapped";

  CommunityAssetMapped() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the kind of asset.
   *
   * @return the value, not null
   */
  public abstract AssetKind kind();

  /**
   * Gets the asset, such as {@code community hall with kitchen}. Never printed by {@code toString()}:
   * for a person's skill or talent it describes the person.
   *
   * @return the value, not blank
   */
  @Value.Redacted
  public abstract String description();

  /**
   * Gets the id of the person whose skill or talent it is, where they are a person of the partnership.
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
   * Obtains a {@code community_asset_mapped} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param kind  the kind of asset, not null
   * @param description  the asset, such as {@code community hall with kitchen}, not blank
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static CommunityAssetMapped of(String id, LocalDate date, AssetKind kind, String description) {
    return builder().id(id).date(date).kind(kind).description(description).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CommunityAssetMapped}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableCommunityAssetMapped.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(description(), "description");
    Activities.checkReferences(this);
  }
}
