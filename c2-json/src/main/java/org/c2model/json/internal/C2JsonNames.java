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
  /** Whether a survey count is an approximation of the source's words. */
  public static final String APPROXIMATE = "approximate";
  /** A description of a win, service change, asset or measurable outcome. */
  public static final String DESCRIPTION = "description";
  /** The age ranges a resident activity serves. */
  public static final String AGE_RANGES = "ageRanges";
  /** The ids of the residents who organised an activity. */
  public static final String ORGANISER_IDS = "organiserIds";
  /** Who organises a resident activity: residents, agencies or both. */
  public static final String ORGANISERS = "organisers";
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

  // Estimates.
  /** The point estimate of an estimate. */
  public static final String VALUE = "value";
  /** The lower confidence limit of an estimate; the lower bound of the events avoided a year. */
  public static final String LOWER = "lower";
  /** The upper confidence limit of an estimate; the upper bound of the events avoided a year. */
  public static final String UPPER = "upper";
  /** The confidence level of an estimate, as a proportion such as {@code 0.95}. */
  public static final String CONFIDENCE = "confidence";
  /** The method that made an estimate's interval, such as {@code Wilson}. */
  public static final String METHOD = "method";
  /** What an estimate measures, such as {@code percentage}. */
  public static final String STATISTIC = "statistic";
  /** The inputs of an estimate by name. */
  public static final String INPUTS = "inputs";
  /** A short reading of an estimate's inputs, such as {@code 18 of 25}. */
  public static final String INPUT_SUMMARY = "inputSummary";
  /** Why an estimate's value or a limit is not available. */
  public static final String SUPPRESSION_REASON = "suppressionReason";

  // Indicator windows.
  /** The study window of totals. */
  public static final String WINDOW = "window";
  /** The numerator summed over a window. */
  public static final String NUMERATOR = "numerator";
  /** The denominator summed over a window. */
  public static final String DENOMINATOR = "denominator";
  /** The reporting periods summed. */
  public static final String PERIODS = "periods";
  /** The reporting periods left out because they straddle a window's edge. */
  public static final String STRADDLING_PERIODS = "straddlingPeriods";
  /** The share of a window's days the summed periods cover. */
  public static final String COVERAGE = "coverage";
  /** The baseline window or totals. */
  public static final String BASELINE = "baseline";
  /** The follow-up window or totals. */
  public static final String FOLLOW_UP = "followUp";

  // Evaluation report.
  /** The id of the evaluated neighbourhood. */
  public static final String NEIGHBOURHOOD_ID = "neighbourhoodId";
  /** The name of the evaluated neighbourhood. */
  public static final String NEIGHBOURHOOD_NAME = "neighbourhoodName";
  /** The top priorities of the latest prioritised listening event. */
  public static final String TOP_PRIORITIES = "topPriorities";
  /** The governance findings of an evaluation. */
  public static final String GOVERNANCE = "governance";
  /** The intermediate outcomes of an evaluation, measured. */
  public static final String INTERMEDIATE_OUTCOMES = "intermediateOutcomes";
  /** How the network of the journey's people changed. */
  public static final String NETWORK_CHANGE = "networkChange";
  /** The weak connectors of the journey's network. */
  public static final String WEAK_CONNECTORS = "weakConnectors";
  /** The id of the comparator neighbourhood. */
  public static final String COMPARATOR_ID = "comparatorId";
  /** The changes of the long-term indicators. */
  public static final String INDICATOR_CHANGES = "indicatorChanges";
  /** The findings about the indicator data. */
  public static final String DATA_FINDINGS = "dataFindings";
  /** The invest-to-save appraisal of an evaluation. */
  public static final String SAVINGS = "savings";
  /** The total number of service changes. */
  public static final String SERVICE_CHANGES = "serviceChanges";
  /** The number of service changes by kind. */
  public static final String SERVICE_CHANGES_BY_KIND = "serviceChangesByKind";
  /** The granularity of the counts by reporting period. */
  public static final String PERIOD_GRANULARITY = "periodGranularity";
  /** The number of service changes by reporting period. */
  public static final String SERVICE_CHANGES_BY_PERIOD = "serviceChangesByPeriod";
  /** The number of public partnership meetings. */
  public static final String PUBLIC_MEETINGS = "publicMeetings";
  /** The community survey results. */
  public static final String SURVEY_RESULTS = "surveyResults";
  /** The total number of resident-organised activities. */
  public static final String RESIDENT_ACTIVITIES = "residentActivities";
  /** The number of resident-organised activities by age range. */
  public static final String RESIDENT_ACTIVITIES_BY_AGE_RANGE = "residentActivitiesByAgeRange";
  /** The number of resident-organised activities by reporting period. */
  public static final String RESIDENT_ACTIVITIES_BY_PERIOD = "residentActivitiesByPeriod";
  /** The id of the survey activity of a survey result. */
  public static final String SURVEY_ID = "surveyId";
  /** The percentage answering a survey question positively. */
  public static final String PERCENTAGE = "percentage";
  /** The indicator of an indicator change. */
  public static final String INDICATOR = "indicator";
  /** The neighbourhood's windows of an indicator change. */
  public static final String TARGET = "target";
  /** The comparator's windows of an indicator change. */
  public static final String COMPARATOR = "comparator";
  /** The multiplier of rates, such as 1000 for per 1,000. */
  public static final String MULTIPLIER = "multiplier";
  /** The baseline rate. */
  public static final String BASELINE_RATE = "baselineRate";
  /** The follow-up rate. */
  public static final String FOLLOW_UP_RATE = "followUpRate";
  /** The percentage change from baseline to follow-up. */
  public static final String PERCENTAGE_CHANGE = "percentageChange";
  /** The difference in differences of rates against the comparator. */
  public static final String DIFFERENCE_IN_DIFFERENCES = "differenceInDifferences";
  /** The ratio of rate ratios against the comparator. */
  public static final String RATIO_OF_RATE_RATIOS = "ratioOfRateRatios";
  /** Whether an indicator improved. */
  public static final String VERDICT = "verdict";
  /** Whether an indicator improved relative to the comparator. */
  public static final String RELATIVE_VERDICT = "relativeVerdict";
  /** The events avoided in the follow-up window. */
  public static final String EVENTS_AVOIDED = "eventsAvoided";

  // Networks.
  /** The network figures at the earlier date. */
  public static final String BEFORE = "before";
  /** The network figures at the later date. */
  public static final String AFTER = "after";
  /** The change in the number of components. */
  public static final String COMPONENTS_CHANGE = "componentsChange";
  /** The change in fragmentation. */
  public static final String FRAGMENTATION_CHANGE = "fragmentationChange";
  /** The change in density. */
  public static final String DENSITY_CHANGE = "densityChange";
  /** The change in mean distance within components. */
  public static final String MEAN_DISTANCE_CHANGE = "meanDistanceChange";
  /** Whether a network became less fragmented. */
  public static final String LESS_FRAGMENTED = "lessFragmented";
  /** The number of people in a network. */
  public static final String PEOPLE = "people";
  /** The number of ties in a network. */
  public static final String TIES = "ties";
  /** The number of connected components. */
  public static final String COMPONENTS = "components";
  /** The size of the largest component. */
  public static final String LARGEST_COMPONENT = "largestComponent";
  /** The number of people with no ties. */
  public static final String ISOLATED = "isolated";
  /** The share of pairs of people who cannot reach each other. */
  public static final String FRAGMENTATION = "fragmentation";
  /** The share of possible ties that exist. */
  public static final String DENSITY = "density";
  /** The mean distance between people who can reach each other. */
  public static final String MEAN_DISTANCE = "meanDistance";
  /** The thresholds of a weak-connector report. */
  public static final String THRESHOLDS = "thresholds";
  /** The whole-network figures of a weak-connector report. */
  public static final String SUMMARY = "summary";
  /** The weak-connector candidates among agency staff. */
  public static final String AGENCY_STAFF = "agencyStaff";
  /** The share of people whose cutting off by one person raises a finding. */
  public static final String SINGLE_PERSON_SHARE = "singlePersonShare";
  /** How many candidates of each affiliation are listed by betweenness. */
  public static final String CANDIDATES_PER_AFFILIATION = "candidatesPerAffiliation";
  /** The quantile of betweenness a weak-connector candidate must reach to stand out. */
  public static final String BETWEENNESS_QUANTILE = "betweennessQuantile";
  /** How many times the median betweenness a weak-connector candidate must exceed to stand out. */
  public static final String BETWEENNESS_MEDIAN_MULTIPLE = "betweennessMedianMultiple";
  /** The rank of a candidate. */
  public static final String RANK = "rank";
  /** The network measures of a candidate. */
  public static final String MEASURES = "measures";
  /** Why a candidate is listed. */
  public static final String REASONS = "reasons";
  /** The reasons of a candidate in words. */
  public static final String EXPLANATION = "explanation";
  /** Which side of the partnership a person is on. */
  public static final String AFFILIATION = "affiliation";
  /** The number of people a person is tied to. */
  public static final String DEGREE = "degree";
  /** The sum of the strengths of a person's ties. */
  public static final String STRENGTH = "strength";
  /** The raw betweenness of a person. */
  public static final String BETWEENNESS = "betweenness";
  /** The normalised betweenness of a person. */
  public static final String NORMALISED_BETWEENNESS = "normalisedBetweenness";
  /** Whether a person is an articulation point. */
  public static final String ARTICULATION_POINT = "articulationPoint";
  /** How many people would be cut off if a person left. */
  public static final String SPLIT_OFF = "splitOff";
  /** How much fragmentation would rise if a person left. */
  public static final String REMOVAL_IMPACT = "removalImpact";
  /** Burt's constraint of a person. */
  public static final String CONSTRAINT = "constraint";
  /** Burt's effective size of a person. */
  public static final String EFFECTIVE_SIZE = "effectiveSize";

  // Invest-to-save.
  /** The inputs of a savings estimate. */
  public static final String APPRAISAL = "appraisal";
  /** The unit costs of an appraisal. */
  public static final String UNIT_COSTS = "unitCosts";
  /** The events avoided, one entry per indicator. */
  public static final String AVOIDED_EVENTS = "avoidedEvents";
  /** The investments of an appraisal. */
  public static final String INVESTMENTS = "investments";
  /** The adjustments of indicators without their own. */
  public static final String DEFAULT_ADJUSTMENTS = "defaultAdjustments";
  /** The adjustments of particular indicators, by indicator id. */
  public static final String ADJUSTMENTS = "adjustments";
  /** The discount schedule, described. */
  public static final String DISCOUNT_SCHEDULE = "discountSchedule";
  /** The events avoided a year. */
  public static final String PER_YEAR = "perYear";
  /** The first appraisal year of avoided events. */
  public static final String FIRST_YEAR = "firstYear";
  /** The last appraisal year of avoided events. */
  public static final String LAST_YEAR = "lastYear";
  /** An appraisal year. */
  public static final String YEAR = "year";
  /** The share of the saving that would have happened anyway. */
  public static final String DEADWEIGHT = "deadweight";
  /** The share of the saving attributed to the partnership. */
  public static final String ATTRIBUTION = "attribution";
  /** The optimism-bias correction. */
  public static final String OPTIMISM_BIAS = "optimismBias";
  /** The step-by-step rows of a savings estimate. */
  public static final String LINES = "lines";
  /** The events avoided in a year. */
  public static final String EVENTS = "events";
  /** The unit cost applied. */
  public static final String UNIT_COST = "unitCost";
  /** The gross saving. */
  public static final String GROSS = "gross";
  /** The saving after deadweight. */
  public static final String AFTER_DEADWEIGHT = "afterDeadweight";
  /** The saving after attribution. */
  public static final String AFTER_ATTRIBUTION = "afterAttribution";
  /** The net saving, after optimism bias. */
  public static final String NET = "net";
  /** The discount factor of a year. */
  public static final String DISCOUNT_FACTOR = "discountFactor";
  /** The present value of a net saving. */
  public static final String PRESENT_VALUE = "presentValue";
  /** The present value of the net savings. */
  public static final String PRESENT_VALUE_OF_BENEFITS = "presentValueOfBenefits";
  /** The present value of the investments. */
  public static final String PRESENT_VALUE_OF_INVESTMENT = "presentValueOfInvestment";
  /** The net present value. */
  public static final String NPV = "npv";
  /** The NPV at the lower bounds of the events avoided. */
  public static final String NPV_LOWER = "npvLower";
  /** The NPV at the upper bounds of the events avoided. */
  public static final String NPV_UPPER = "npvUpper";
  /** The benefit-cost ratio. */
  public static final String BENEFIT_COST_RATIO = "benefitCostRatio";
  /** The discounted payback year. */
  public static final String PAYBACK_YEAR = "paybackYear";
  /** The present value of benefits by agency. */
  public static final String BENEFITS_BY_AGENCY = "benefitsByAgency";
  /** The present value of investment by agency. */
  public static final String INVESTMENT_BY_AGENCY = "investmentByAgency";
  /** The present value of benefits by value type. */
  public static final String PRESENT_VALUE_BY_VALUE_TYPE = "presentValueByValueType";
  /** Warnings about the inputs of an appraisal. */
  public static final String WARNINGS = "warnings";
}
