package org.c2model.metrics.savings;

import java.util.Objects;
import java.util.regex.Pattern;
import org.c2model.core.InvalidValueException;

/**
 * The agency whose budget bears a cost, receives a saving or makes an investment, such as
 * {@code police}, {@code nhs} or {@code local_authority}.
 * <p>
 * Agencies are data, not a closed list (a council may split {@code childrens-services} from
 * {@code housing}): any lower-case code with underscores is accepted. "What does my agency get?" is
 * answered by {@link SavingsEstimate#benefitsByAgency()}.
 *
 * @implSpec This class is immutable and thread-safe. It is value-based.
 */
public final class AgencyCode implements Comparable<AgencyCode> {

  /** The NHS (trusts, clinical commissioning, GPs). */
  public static final AgencyCode NHS = new AgencyCode("nhs");
  /** The police. */
  public static final AgencyCode POLICE = new AgencyCode("police");
  /** The local authority (district, county or unitary council). */
  public static final AgencyCode LOCAL_AUTHORITY = new AgencyCode("local_authority");
  /** The criminal justice system beyond the police (courts, prisons, probation). */
  public static final AgencyCode CRIMINAL_JUSTICE = new AgencyCode("criminal_justice");
  /** The fire and rescue service. */
  public static final AgencyCode FIRE_AND_RESCUE = new AgencyCode("fire_and_rescue");
  /** The Department for Work and Pensions. */
  public static final AgencyCode DWP = new AgencyCode("dwp");

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

  private final String code;

  private AgencyCode(String code) {
    this.code = code;
  }

  /**
   * Obtains an agency code.
   *
   * @param code  the code, such as {@code housing}, not null
   * @return the agency code, not null
   * @throws InvalidValueException if the code is not lower-case words joined by underscores
   */
  public static AgencyCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw InvalidValueException.of("agency", "must be lower-case letters and digits in underscore-separated "
          + "words, such as local_authority", "'" + code + "'");
    }
    return new AgencyCode(code);
  }

  @Override
  public int compareTo(AgencyCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AgencyCode && ((AgencyCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, such as {@code police}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
