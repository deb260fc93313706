package org.c2model.core.journey;

import org.c2model.core.Coded;

/**
 * How residents were invited to a listening event (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 3: "residents invited door to door, personally";
 * Townstal invited by postcard, section 6).
 * <p>
 * Each constant has a stable lower-case {@link #code()}, such as {@code door_to_door}, used in JSON.
 */
public enum InvitationMethod implements Coded {
  /** Knocking on doors and inviting in person; personal. */
  DOOR_TO_DOOR("door_to_door"),
  /** Inviting in person elsewhere (at the school gate, through a neighbour); personal. */
  PERSONAL_CONTACT("personal_contact"),
  /** A postcard through the door. */
  POSTCARD("postcard"),
  /** A leaflet or letter through the door. */
  LEAFLET("leaflet"),
  /** Posters in shops and community venues. */
  POSTER("poster"),
  /** Social media or a web forum. */
  SOCIAL_MEDIA("social_media"),
  /** Any other way. */
  OTHER("other");

  private final String code;

  InvitationMethod(String code) {
    this.code = code;
  }

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
    return code;
  }

  /**
   * Obtains a constant from its code.
   *
   * @param code  the code, not null
   * @return the constant, not null
   * @throws org.c2model.core.InvalidValueException if the code is unknown
   */
  public static InvitationMethod fromCode(String code) {
    return Coded.fromCode(values(), code);
  }
}
