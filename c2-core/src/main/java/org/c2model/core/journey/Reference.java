package org.c2model.core.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.c2model.core.Coded;
import org.immutables.value.Value;

/**
 * A reference from an activity to a person, an agency or another activity, by id, such as
 * {@code residentIds[2] -> resident R3}.
 * <p>
 * Activities never hold people or agencies themselves, only their ids; {@link Journey} checks that
 * every reference resolves in its partnership (or, for a listening event, in the journey).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reference {

  /** What a reference points at. */
  public enum Kind implements Coded {
    /** A resident of the partnership. */
    RESIDENT("resident"),
    /** An agency representative of the partnership. */
    AGENCY_REPRESENTATIVE("agency_representative"),
    /** Any person of the partnership: resident or agency representative. */
    PERSON("person"),
    /** An agency represented in the partnership. */
    AGENCY("agency"),
    /** A listening event earlier in the journey. */
    LISTENING_EVENT("listening_event");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Gets the stable code, such as {@code agency_representative}.
     *
     * @return the code, not null
     */
    public String code() {
      return code;
    }
  }

  Reference() {}

  /**
   * Gets the field of the activity that holds the reference, such as {@code residentIds[2]}.
   *
   * @return the field, not null
   */
  @Value.Parameter
  public abstract String field();

  /**
   * Gets what the reference points at.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Gets the id referred to.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Obtains a reference.
   *
   * @param field  the field, such as {@code agencyId}, not null
   * @param kind  what it points at, not null
   * @param id  the id, not null
   * @return the reference, not null
   */
  public static Reference of(String field, Kind kind, String id) {
    return ImmutableReference.of(field, kind, id);
  }

  /**
   * Gets the references of an attended activity: its residents, then its agency representatives.
   *
   * @param activity  the activity, not null
   * @return the references, not null
   */
  static List<Reference> attendance(Attendance activity) {
    List<Reference> refs = new ArrayList<>(activity.residentIds().size() + activity.agencyRepresentativeIds().size());
    addAll(refs, "residentIds", Kind.RESIDENT, activity.residentIds());
    addAll(refs, "agencyRepresentativeIds", Kind.AGENCY_REPRESENTATIVE, activity.agencyRepresentativeIds());
    return refs;
  }

  static void addAll(List<Reference> refs, String field, Kind kind, List<String> ids) {
    String[] names = ids.size() <= INDEXED_NAMES ? INDEXED.computeIfAbsent(field, Reference::indexedNames) : null;
    for (int i = 0; i < ids.size(); i++) {
      refs.add(of(names != null ? names[i] : field + "[" + i + "]", kind, ids.get(i)));
    }
  }

  /** How many element names of each list field are made once and shared, such as {@code residentIds[0]}. */
  private static final int INDEXED_NAMES = 64;
  /** The shared element names of each list field (a handful of constant field names). */
  private static final Map<String, String[]> INDEXED = new ConcurrentHashMap<>();

  private static String[] indexedNames(String field) {
    String[] names = new String[INDEXED_NAMES];
    for (int i = 0; i < names.length; i++) {
      names[i] = field + "[" + i + "]";
    }
    return names;
  }

  static void add(List<Reference> refs, String field, Kind kind, Optional<String> id) {
    id.ifPresent(i -> refs.add(of(field, kind, i)));
  }

  /**
   * Returns {@code field -> kind id}, such as {@code residentIds[2] -> resident R3}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return field() + " -> " + kind().code() + " " + id();
  }
}
