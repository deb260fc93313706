package org.c2model.core.place;

import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A neighbourhood where a C2 partnership works, such as the Townstal estate in Dartmouth, with the
 * GSS areas it covers.
 * <p>
 * C2 works at sub-ward level (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5):
 * a neighbourhood is any set of areas
 * (LSOAs, output areas, wards). Step 1 of the model needs "a defined neighbourhood where change is
 * needed" (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Neighbourhood {

  Neighbourhood() {}

  /**
   * Gets the neighbourhood's id, stable and chosen by the caller.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the name people know the place by.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the GSS areas the neighbourhood covers, in the order given.
   *
   * @return the areas, without duplicates, possibly empty
   */
  public abstract List<AreaCode> areaCodes();

  /**
   * Gets the number of people living there, where known.
   *
   * @return the population, positive when present
   */
  public abstract Optional<Integer> population();

  /**
   * Obtains a neighbourhood from its id, name and area codes.
   *
   * @param id  the id, not blank
   * @param name  the name, not blank
   * @param areaCodes  the GSS codes as text, each validated
   * @return the neighbourhood, not null
   * @throws InvalidValueException naming the first bad code, such as {@code areaCodes[1]}
   */
  public static Neighbourhood of(String id, String name, String... areaCodes) {
    Builder builder = builder().id(id).name(name);
    for (int i = 0; i < areaCodes.length; i++) {
      builder.addAreaCodes(AreaCode.of(areaCodes[i], "areaCodes[" + i + "]"));
    }
    return builder.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Neighbourhood}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableNeighbourhood.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(name(), "name");
    Checks.unique(areaCodes(), a -> a, "areaCodes", "code");
    population().ifPresent(p -> {
      if (p <= 0) {
        throw InvalidValueException.of("population", "must be positive", p);
      }
    });
  }
}
