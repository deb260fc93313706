package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * How an agency changed its service (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5, intermediate outcome 1: "new or better services, changed ways of working"; section 2,
 * step 6: services "more local, responsive and tailored").
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code new_service}, used in JSON.
 */
public enum ServiceChangeKind implements Coded {
  /** A new service, such as two caretakers from the housing provider. */
  NEW_SERVICE("new_service"),
  /** A changed way of working, such as more grit bins after residents asked. */
  CHANGED_PRACTICE("changed_practice"),
  /** A service kept that would have gone, such as Townstal's Connexions service. */
  SERVICE_RETAINED("service_retained"),
  /** A service brought into the neighbourhood, such as an NHS dentist on the estate one day a week. */
  RELOCATED_TO_NEIGHBOURHOOD("relocated_to_neighbourhood");

  private final String code;

  ServiceChangeKind(String code) {
    this.code = code;
  }

  /**
   * Gets the stable code, such as {@code new_service}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static ServiceChangeKind fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
