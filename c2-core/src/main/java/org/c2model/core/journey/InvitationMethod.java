package org.c2model.core.journey;

import org.c2model.core.internal.Codes;

/**
 * How residents were invited to a listening event ({@code C2-DOMAIN.md} section 2, step 3: "residents invited door to door, personally"; Townstal invited by postcard, section 6).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code door_to_door}, used in JSON.
 */
public enum InvitationMethod {
  /** Knocking on doors and inviting in person; personal. */
  DOOR_TO_DOOR,
  /** Inviting in person elsewhere (at the school gate, through a neighbour); personal. */
  PERSONAL_CONTACT,
  /** A postcard through the door. */
  POSTCARD,
  /** A leaflet or letter through the door. */
  LEAFLET,
  /** Posters in shops and community venues. */
  POSTER,
  /** Social media or a web forum. */
  SOCIAL_MEDIA,
  /** Any other way. */
  OTHER;

  /**
   * Checks if the method is personal, as C2 asks: door to door or in person.
   *
   * @return true for {@link #DOOR_TO_DOOR} and {@link #PERSONAL_CONTACT}
   */
  public boolean isPersonal() {
    return this == DOOR_TO_DOOR || this == PERSONAL_CONTACT;
  }

  /**
   * Gets the stable code, such as {@code door_to_door}.
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
  public static InvitationMethod fromCode(String code) {
    return Codes.fromCode(values(), code, "invitationMethod");
  }
}
