package org.c2model.core.journey;

import org.c2model.core.internal.Codes;

/**
 * How an agency changed its service ({@code C2-DOMAIN.md} section 5, intermediate outcome 1: "new or better services, changed ways of working"; section 2, step 6: services "more local, responsive and tailored").
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code new_service}, used in JSON.
 */
public enum ServiceChangeKind {
  /** A new service, such as two caretakers from the housing provider. */
  NEW_SERVICE,
  /** A changed way of working, such as more grit bins after residents asked. */
  CHANGED_PRACTICE,
  /** A service kept that would have gone, such as Townstal's Connexions service. */
  SERVICE_RETAINED,
  /** A service brought into the neighbourhood, such as an NHS dentist on the estate one day a week. */
  RELOCATED_TO_NEIGHBOURHOOD;

  /**
   * Gets the stable code, such as {@code new_service}.
   *
   * @return the code, not null
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static ServiceChangeKind fromCode(String code) {
    return Codes.fromCode(values(), code, "kind");
  }
}
