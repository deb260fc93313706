package org.c2model.core.place;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * A nine-character ONS GSS area code, such as {@code E01000001} for an LSOA.
 * <p>
 * A code is a letter for the country ({@code E}, {@code W}, {@code S}, {@code N} or {@code K}),
 * two digits for the entity, and six digits ({@code docs/reference-data.md}, "UK geography codes").
 * Only the format is checked: whether the code exists in a given boundary vintage is a question
 * for the data that uses it.
 * <p>
 * {@link #toString()} returns the code itself, and {@link #of(String)} reads it back.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class AreaCode implements Comparable<AreaCode> {

  private static final Pattern FORMAT = Pattern.compile("[EWSNK][0-9]{8}");

  private final String code;

  private AreaCode(String code) {
    this.code = code;
  }

  /**
   * Obtains an area code from its text.
   *
   * @param code  the nine-character GSS code, such as {@code E01000001}, not null
   * @return the area code, not null
   * @throws InvalidValueException if the text is not a nine-character GSS code
   */
  public static AreaCode of(String code) {
    return of(code, "areaCode");
  }

  /**
   * Obtains an area code from its text, naming the field it came from in any error.
   *
   * @param code  the nine-character GSS code, not null
   * @param field  the field the code was read from, such as {@code areaCodes[2]}, not null
   * @return the area code, not null
   * @throws InvalidValueException if the text is not a nine-character GSS code
   */
  public static AreaCode of(String code, String field) {
    Objects.requireNonNull(code, field);
    if (!FORMAT.matcher(code).matches()) {
      throw InvalidValueException.of(field,
          "must be a nine-character GSS code: a country letter E, W, S, N or K and eight digits, such as E01000001",
          "'" + code + "'");
    }
    return new AreaCode(code);
  }

  /**
   * Gets the code's three-character entity prefix, such as {@code E01}.
   *
   * @return the prefix, not null
   */
  public String prefix() {
    return code.substring(0, 3);
  }

  /**
   * Gets the kind of area the prefix denotes.
   *
   * @return the area type, empty for a well-formed prefix that c2 does not name
   */
  public Optional<AreaType> type() {
    return AreaType.ofPrefix(prefix());
  }

  @Override
  public int compareTo(AreaCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AreaCode && ((AreaCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, such as {@code E01000001}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
