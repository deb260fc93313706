package org.c2model.json.internal;

/**
 * Every JSON property name of the c2 format, in one place: together with the golden files in the
 * tests, this is the wire contract. Names are camelCase and equal the Java accessor they map, so
 * that a c2-core {@code InvalidValueException} field such as {@code memberships[2].left} translates
 * to the JSON Pointer {@code /memberships/2/left}.
 * <p>
 * A name, once published, is never renamed within a major format version.
 */
public final class C2JsonNames {

  private C2JsonNames() {}

  // Document header.
  /** The format version of a document, such as {@code "1.0"}. */
  public static final String C2 = "c2";
  /** The kind of a document, such as {@code "partnership"}. */
  public static final String KIND = "kind";
  /** The type of a value of a closed set of types, such as {@code "resident"} for a person. */
  public static final String TYPE = "type";

  // Shared.
  /** An id. */
  public static final String ID = "id";
  /** A name. */
  public static final String NAME = "name";
  /** A person's optional name. */
  public static final String DISPLAY_NAME = "displayName";
  /** The id of a person. */
  public static final String PERSON_ID = "personId";

  // Neighbourhood.
  /** The GSS codes of a neighbourhood. */
  public static final String AREA_CODES = "areaCodes";
  /** The population of a neighbourhood. */
  public static final String POPULATION = "population";

  // Partnership.
  /** The neighbourhood of a partnership. */
  public static final String NEIGHBOURHOOD = "neighbourhood";
  /** The date a partnership adopted its constitution. */
  public static final String CONSTITUTION_ADOPTED = "constitutionAdopted";
  /** The residents of a partnership. */
  public static final String RESIDENTS = "residents";
  /** The agency representatives of a partnership. */
  public static final String AGENCY_REPRESENTATIVES = "agencyRepresentatives";
  /** The board memberships of a partnership. */
  public static final String MEMBERSHIPS = "memberships";
  /** The officer terms of a partnership. */
  public static final String OFFICER_TERMS = "officerTerms";
  /** Whether a resident is a key resident. */
  public static final String KEY_RESIDENT = "keyResident";
  /** Whether a resident was an existing activist. */
  public static final String EXISTING_ACTIVIST = "existingActivist";
  /** Whether a resident is an elected member. */
  public static final String ELECTED_MEMBER = "electedMember";
  /** The agency of a representative. */
  public static final String AGENCY = "agency";
  /** The sector of an agency. */
  public static final String SECTOR = "sector";
  /** The first day of a membership. */
  public static final String JOINED = "joined";
  /** The first day after a membership. */
  public static final String LEFT = "left";
  /** How a member joined. */
  public static final String JOINED_BY = "joinedBy";
  /** The office of an officer term. */
  public static final String ROLE = "role";
  /** The first day of an officer term. */
  public static final String START = "start";
  /** The first day after an officer term. */
  public static final String END = "end";

  // Rules.
  /** The fewest key residents step 1 needs. */
  public static final String MINIMUM_KEY_RESIDENTS = "minimumKeyResidents";
  /** The sectors every partnership must include. */
  public static final String REQUIRED_SECTORS = "requiredSectors";
  /** Whether a report has no error. */
  public static final String SUCCESSFUL = "successful";
  /** The findings of a report. */
  public static final String FINDINGS = "findings";
  /** The rule id of a finding. */
  public static final String RULE_ID = "ruleId";
  /** The severity of a finding. */
  public static final String SEVERITY = "severity";
  /** The JSON Pointer a finding is about. */
  public static final String PATH = "path";
  /** The message of a finding. */
  public static final String MESSAGE = "message";
  /** The date of a finding. */
  public static final String DATE = "date";
  /** The message arguments of a finding. */
  public static final String ARGS = "args";
}
