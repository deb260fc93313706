package org.c2model.metrics.indicator;

import java.util.Objects;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * The boundary set a GSS code belongs to, such as {@code lsoa-2011} or {@code lsoa-2021}
 * ({@code docs/reference-data.md}, "UK geography codes": a baseline that spans a boundary change
 * must say which vintage each observation uses).
 * <p>
 * Vintages are data, not a closed list: any lower-case hyphenated label is accepted.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class BoundaryVintage implements Comparable<BoundaryVintage> {

  /** Lower layer super output areas, 2011 boundaries (32,844 in England). */
  public static final BoundaryVintage LSOA_2011 = new BoundaryVintage("lsoa-2011");
  /** Lower layer super output areas, 2021 boundaries (about 35,700 in England). */
  public static final BoundaryVintage LSOA_2021 = new BoundaryVintage("lsoa-2021");

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String label;

  private BoundaryVintage(String label) {
    this.label = label;
  }

  /**
   * Obtains a vintage from its label.
   *
   * @param label  the label, such as {@code oa-2021}, not null
   * @return the vintage, not null
   * @throws InvalidValueException if the label is not lower-case hyphenated words
   */
  public static BoundaryVintage of(String label) {
    Objects.requireNonNull(label, "label");
    if (!FORM.matcher(label).matches()) {
      throw InvalidValueException.of("vintage", "must be lower-case letters and digits in hyphen-separated "
          + "words, such as lsoa-2021", "'" + label + "'");
    }
    return new BoundaryVintage(label);
  }

  @Override
  public int compareTo(BoundaryVintage other) {
    return label.compareTo(other.label);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BoundaryVintage && ((BoundaryVintage) obj).label.equals(label);
  }

  @Override
  public int hashCode() {
    return label.hashCode();
  }

  /**
   * Returns the label, such as {@code lsoa-2011}.
   *
   * @return the label, not null
   */
  @Override
  public String toString() {
    return label;
  }
}
