package org.c2model.metrics.savings;

import java.util.Locale;
import java.util.Objects;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;

/**
 * The kind of value a unit cost measures, kept apart in every total, as in HM Treasury / GMCA,
 * <em>Supporting public service transformation: cost benefit analysis guidance for local
 * partnerships</em> (2014).
 */
public enum ValueType implements Coded {
  /** Fiscal: a cost to a public budget, such as police time per incident. */
  FISCAL,
  /** Economic: a gain to the economy, such as earnings from work. */
  ECONOMIC,
  /** Social: a gain to people's wellbeing or to society, such as reduced fear of crime. */
  SOCIAL;

  private final String code = name().toLowerCase(Locale.ROOT);

  /**
   * Gets the stable code, such as {@code fiscal}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a value type from its code.
   *
   * @param code  {@code fiscal}, {@code economic} or {@code social}, not null
   * @return the value type, not null
   * @throws InvalidValueException if the code is unknown
   */
  public static ValueType fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ValueType v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw InvalidValueException.of("valueType", "must be fiscal, economic or social", "'" + code + "'");
  }
}
