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
  /**
   * The kind of a document, such as {@code "partnership"}; inside a document, also the kind of a
   * meeting, a service change or a community asset.
   */
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
  /** The agency of a representative; the code of the agency that bears a unit cost. */
  public static final String AGENCY = "agency";
  /** The sector of an agency. */
  public static final String SECTOR = "sector";
  /** The first day of a membership. */
  public static final String JOINED = "joined";
  /** The first day after a membership. */
  public static final String LEFT = "left";
  /** How a member joined. */
  public static final String JOINED_BY = "joinedBy";
  /** The office of an officer term; also the job of a member of staff employed. */
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

  // Money.
  /** The decimal amount of money, a string such as {@code "1500.00"}; also the money of a win or a grant. */
  public static final String AMOUNT = "amount";
  /** The ISO 4217 currency of money, such as {@code "GBP"}. */
  public static final String CURRENCY = "currency";

  // Journey.
  /** The partnership of a journey. */
  public static final String PARTNERSHIP = "partnership";
  /** The activities of a journey. */
  public static final String ACTIVITIES = "activities";
  /** The ids of the residents who took part in an activity. */
  public static final String RESIDENT_IDS = "residentIds";
  /** The ids of the agency representatives who took part in an activity. */
  public static final String AGENCY_REPRESENTATIVE_IDS = "agencyRepresentativeIds";
  /** The meeting a scoping visit went to. */
  public static final String MEETING = "meeting";
  /** The part of the neighbourhood a walkabout covered. */
  public static final String AREA = "area";
  /** The venue of a workshop, listening event or the partnership's own venue. */
  public static final String VENUE = "venue";
  /** The sites whose speakers came to a vision workshop. */
  public static final String SPEAKER_SITES = "speakerSites";
  /** The site an exchange visit went to. */
  public static final String SITE = "site";
  /** How residents were invited to a listening event. */
  public static final String INVITATION_METHODS = "invitationMethods";
  /** How many residents came to a listening event or follow-up. */
  public static final String RESIDENT_TURNOUT = "residentTurnout";
  /** The ids of the agency representatives who facilitated a listening event. */
  public static final String FACILITATOR_IDS = "facilitatorIds";
  /** The responses recorded at a listening event. */
  public static final String RESPONSES = "responses";
  /** How residents prioritised the themes of a listening event. */
  public static final String PRIORITISATION = "prioritisation";
  /** The question a response answers. */
  public static final String QUESTION = "question";
  /** The words of a response. */
  public static final String TEXT = "text";
  /** The theme of a response or a dot vote. */
  public static final String THEME = "theme";
  /** The dot votes of a dot voting; the number of dots of one dot vote. */
  public static final String VOTES = "votes";
  /** The ballots of a ranked-ballot prioritisation. */
  public static final String BALLOTS = "ballots";
  /** The themes of a ballot, most important first. */
  public static final String RANKING = "ranking";
  /** The listening event a feedback report or follow-up event follows. */
  public static final String LISTENING_EVENT_ID = "listeningEventId";
  /** The ids of the people who signed the constitution. */
  public static final String SIGNATORY_IDS = "signatoryIds";
  /** How many members of the public came to a meeting. */
  public static final String PUBLIC_ATTENDANCE = "publicAttendance";
  /** The title of a newsletter or community action plan. */
  public static final String TITLE = "title";
  /** How many copies of a newsletter were distributed. */
  public static final String COPIES = "copies";
  /** The outlet of media coverage. */
  public static final String OUTLET = "outlet";
  /** Whether media coverage was positive; how many answered a survey question positively. */
  public static final String POSITIVE = "positive";
  /** A description of a win, service change, asset or measurable outcome. */
  public static final String DESCRIPTION = "description";
  /** The age ranges a resident activity serves. */
  public static final String AGE_RANGES = "ageRanges";
  /** The ids of the residents who organised an activity. */
  public static final String ORGANISER_IDS = "organiserIds";
  /** The ids of the agencies that supported a resident activity. */
  public static final String SUPPORTING_AGENCY_IDS = "supportingAgencyIds";
  /** How many people took part in a resident activity. */
  public static final String PARTICIPANTS = "participants";
  /** The id of the agency that changed a service. */
  public static final String AGENCY_ID = "agencyId";
  /** The funder of a new funding source. */
  public static final String FUNDER = "funder";
  /** The first day a grant covers. */
  public static final String PERIOD_START = "periodStart";
  /** The last day a grant covers. */
  public static final String PERIOD_END = "periodEnd";
  /** Whether a member of staff employed is a resident. */
  public static final String RESIDENT = "resident";
  /** The measurable outcomes of a community action plan. */
  public static final String MEASURABLE_OUTCOMES = "measurableOutcomes";
  /** The id of a long-term indicator. */
  public static final String INDICATOR_ID = "indicatorId";
  /** The date a measurable outcome should be reached. */
  public static final String TARGET_DATE = "targetDate";
  /** The questions of a community survey. */
  public static final String ITEMS = "items";
  /** What a survey question measures. */
  public static final String MEASURE = "measure";
  /** The words of a survey question. */
  public static final String WORDING = "wording";
  /** How many answered a survey question. */
  public static final String RESPONDENTS = "respondents";

  // Step assessment.
  /** The id of the partnership whose journey was assessed. */
  public static final String PARTNERSHIP_ID = "partnershipId";
  /** The date of an assessment. */
  public static final String AS_OF = "asOf";
  /** The lowest step not yet attained. */
  public static final String FRONTIER = "frontier";
  /** The results of the seven steps. */
  public static final String STEPS = "steps";
  /** The step of a step result. */
  public static final String STEP = "step";
  /** The day a step was attained. */
  public static final String ATTAINED_ON = "attainedOn";
  /** The criterion results of a step. */
  public static final String CRITERIA = "criteria";
  /** The criterion of a criterion result. */
  public static final String CRITERION = "criterion";
  /** The day a criterion was met. */
  public static final String MET_ON = "metOn";
  /** The evidence behind a criterion. */
  public static final String EVIDENCE = "evidence";
  /** The count behind a criterion result, in words. */
  public static final String DETAIL = "detail";
  /** The suggested next actions of a step. */
  public static final String NEXT_ACTIONS = "nextActions";

  // Outcomes.
  /** The long-term indicators of a catalogue. */
  public static final String INDICATORS = "indicators";
  /** The Table 2 group of an indicator. */
  public static final String GROUP = "group";
  /** How an indicator is measured. */
  public static final String MEASURE_TYPE = "measureType";
  /** The direction of improvement of an indicator. */
  public static final String IMPROVEMENT = "improvement";
  /** When an indicator is expected to move. */
  public static final String HORIZON = "horizon";
  /** The OHID Fingertips id of an indicator. */
  public static final String FINGERTIPS_ID = "fingertipsId";
  /** The police.uk crime category of an indicator. */
  public static final String POLICE_UK_CATEGORY = "policeUkCategory";
  /** The links of an outcomes framework. */
  public static final String LINKS = "links";
  /** The intermediate outcome of a link. */
  public static final String OUTCOME = "outcome";
  /** Why an outcome should move an indicator. */
  public static final String RATIONALE = "rationale";

  // Unit costs.
  /** The costs of a unit-cost table. */
  public static final String COSTS = "costs";
  /** The money one unit costs. */
  public static final String COST = "cost";
  /** The unit a cost is per, such as {@code per incident}. */
  public static final String UNIT = "unit";
  /** The financial year of a cost's prices, such as {@code 2013/14}. */
  public static final String PRICE_YEAR = "priceYear";
  /** Fiscal, economic or social value. */
  public static final String VALUE_TYPE = "valueType";
  /** The citation a cost comes from. */
  public static final String SOURCE = "source";
  /** A note on a cost. */
  public static final String NOTE = "note";
}
