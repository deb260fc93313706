package org.c2model.core.step;

import java.util.List;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.CommunityActionPlan;
import org.c2model.core.journey.ExchangeVisit;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MediaCoverage;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.Newsletter;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.journey.VisionWorkshop;

/**
 * A criterion of one of the seven steps, as data: its id, what it asks, which evidence satisfies it
 * and the paper's typical actions that would meet it (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, the column
 * "evidence that it has happened").
 * <p>
 * Evidence is dated: a criterion is met on the day its last required evidence appeared. Besides
 * activities, three facts of the partnership record count as evidence (see {@link Evidence}):
 * {@code neighbourhood} (dated at the journey's start), {@code board_membership} (a person's board
 * membership, from the day they joined) and {@code constitution_adopted}.
 * The thresholds named come from {@link org.c2model.core.rule.RuleThresholds}.
 */
public enum Criterion implements Coded {
  /** Step 1: a defined neighbourhood where change is needed. */
  NEIGHBOURHOOD_DEFINED("neighbourhood_defined", 1, "a defined neighbourhood where change is needed",
      "the partnership's neighbourhood covers at least one GSS area; met at the journey's start",
      List.of(Evidence.NEIGHBOURHOOD),
      List.of("define the neighbourhood by the areas it covers (LSOAs, output areas or postcodes)")),
  /** Step 1: a critical number of key residents committed to change. */
  KEY_RESIDENTS("key_residents", 1, "key residents committed to change (recommended: minimumKeyResidents, 5)",
      "at least one key resident of the partnership taking part in any activity or joining the board, from the "
          + "first day one appears; fewer than the recommended number is the Journey:KeyResidents warning, not a gate",
      List.of("any activity", Evidence.BOARD_MEMBERSHIP),
      List.of("find key residents who are fed up and brave: neighbourhood walkabouts, scoping visits to "
          + "PACT and council meetings", "map community assets: people and skills as well as buildings")),
  /** Step 1: stakeholders from the key agencies. */
  REQUIRED_SECTORS("required_sectors", 1, "stakeholders from key agencies, at minimum health, education, police and the local "
          + "authority (requiredSectors)",
      "a representative of an agency in each required sector taking part in any activity or joining the "
          + "board, or an activity naming such an agency",
      List.of("any activity", Evidence.BOARD_MEMBERSHIP),
      List.of("invite the missing sectors to an initial connecting workshop of residents and agencies")),
  /** Step 2: residents have seen what change looks like. */
  RESIDENTS_SEEN_CHANGE("residents_seen_change", 2, "residents have seen what change looks like",
      "a vision workshop or exchange visit attended by residents",
      List.of(VisionWorkshop.TYPE, ExchangeVisit.TYPE),
      List.of("an inspiring workshop with speakers from transformed sites",
          "exchange visits by residents to transformed sites")),
  /** Step 2: agencies have seen what change looks like. */
  AGENCIES_SEEN_CHANGE("agencies_seen_change", 2, "agencies have seen what change looks like",
      "a vision workshop or exchange visit attended by agency representatives",
      List.of(VisionWorkshop.TYPE, ExchangeVisit.TYPE),
      List.of("exchange visits by agency staff to transformed sites", "mentoring between sites")),
  /** Step 3: a listening event hosted by agencies in a community venue. */
  LISTENING_EVENT_HELD("listening_event_held", 3, "a listening event hosted by agencies in a community venue",
      "a listening event with at least one agency facilitator and a resident turnout",
      List.of(ListeningEvent.TYPE),
      List.of("hold a listening event hosted by agencies in a community venue; invite residents door to "
          + "door, personally; aim for 50 to 100 residents")),
  /** Step 3: agencies listen and record. */
  RESPONSES_RECORDED("responses_recorded", 3, "agencies listen and record",
      "a listening event that recorded residents' responses",
      List.of(ListeningEvent.TYPE),
      List.of("capture every response to the two questions: what is good about living here? what is not "
          + "so good?")),
  /** Step 4: a formally constituted partnership with a signed constitution. */
  CONSTITUTION_SIGNED("constitution_signed", 4, "a formally constituted partnership with a signed constitution",
      "a partnership_constituted activity, or the partnership's constitution adoption date",
      List.of(PartnershipConstituted.TYPE, Evidence.CONSTITUTION_ADOPTED),
      List.of("constitute the partnership: members self-select, elect a resident chair, deputy chair, "
          + "treasurer and secretary, and sign the constitution")),
  /** Step 5: monthly partnership meetings. */
  REGULAR_MEETINGS("regular_meetings", 5, "regular partnership meetings giving feedback to residents",
      "consolidationMeetings (3) partnership meetings in a row, each within maximumMeetingGapDays (42) of "
          + "the one before; a meeting held online counts when people took part, never for its views alone",
      List.of(PartnershipMeeting.TYPE),
      List.of("hold monthly partnership meetings giving feedback to residents")),
  /** Step 5: visible wins and publicity. */
  VISIBLE_PROGRESS("visible_progress", 5, "visible wins celebrated and shared",
      "a celebrated win, a newsletter, positive media coverage or a service change, on or after the "
          + "partnership's establishment (its constitution)",
      List.of(CelebratedWin.TYPE, Newsletter.TYPE, MediaCoverage.TYPE, ServiceChange.TYPE, ResidentActivity.TYPE),
      List.of("celebrate visible wins such as successful funding bids", "publish a newsletter",
          "seek positive media coverage")),
  /** Step 6: groups and activities for different age ranges. */
  AGE_RANGE_ACTIVITIES("age_range_activities", 6, "groups and activities for different age ranges",
      "resident-organised activities serving at least minimumAgeRanges (2) different age ranges",
      List.of(ResidentActivity.TYPE),
      List.of("support residents to organise groups and activities for different age ranges")),
  /** Step 6: services becoming more local, responsive and tailored. */
  SERVICE_CHANGES("service_changes", 6, "services becoming more local, responsive and tailored",
      "a service change by an agency, or an activity an agency runs for residents",
      List.of(ServiceChange.TYPE, ResidentActivity.TYPE),
      List.of("agencies change how they deploy mainstream services: more local, responsive and tailored")),
  /** Step 7 sign: the partnership finds its own venue. */
  OWN_VENUE("own_venue", 7, "the partnership finds its own venue",
      "an own_venue_secured activity",
      List.of(OwnVenueSecured.TYPE),
      List.of("secure the partnership's own venue")),
  /** Step 7 sign: new funding sources. */
  NEW_FUNDING("new_funding", 7, "the partnership develops new funding sources",
      "a new_funding_source activity",
      List.of(NewFundingSource.TYPE),
      List.of("develop new funding sources")),
  /** Step 7 sign: the partnership employs staff. */
  STAFF_EMPLOYED("staff_employed", 7, "the partnership employs staff",
      "a staff_employed activity",
      List.of(StaffEmployed.TYPE),
      List.of("employ staff")),
  /** Step 7 sign: two or three residents employed to coordinate. */
  RESIDENTS_EMPLOYED("residents_employed", 7, "two or three residents employed to coordinate (minimumResidentsEmployed, 2)",
      "staff_employed activities for at least minimumResidentsEmployed residents",
      List.of(StaffEmployed.TYPE),
      List.of("employ two or three residents to coordinate")),
  /** Step 7 sign: community action plans with measurable outcomes. */
  ACTION_PLAN("action_plan", 7, "community action plans with measurable outcomes",
      "a community_action_plan with at least one measurable outcome",
      List.of(CommunityActionPlan.TYPE),
      List.of("write a community action plan with measurable outcomes"));

  private final int stepNumber;
  private final String description;
  private final String evidence;
  private final List<String> evidenceTypes;
  private final List<String> actions;

  private final String code;

  Criterion(String code, int stepNumber, String description, String evidence, List<String> evidenceTypes, List<String> actions) {
    this.code = code;
    this.stepNumber = stepNumber;
    this.description = description;
    this.evidence = evidence;
    this.evidenceTypes = evidenceTypes;
    this.actions = actions;
  }

  /**
   * Gets the stable code of this constant, as the c2 formats write it.
   *
   * @return the code, not null
   */
  @Override
  public String code() {
    return code;
  }

  int stepNumber() {
    return stepNumber;
  }

  /**
   * Gets the stable id, such as {@code key_residents}.
   *
   * @return the id, not null
   */
  public String id() {
    return code;
  }

  /**
   * Gets the step the criterion belongs to.
   *
   * @return the step, not null
   */
  public Step step() {
    return Step.of(stepNumber);
  }

  /**
   * Gets what the criterion asks, in the paper's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets which evidence satisfies the criterion, in words.
   *
   * @return the evidence description, not null
   */
  public String evidence() {
    return evidence;
  }

  /**
   * Gets the types of evidence that can satisfy the criterion: activity type names, the partnership
   * facts {@code neighbourhood}, {@code board_membership} and {@code constitution_adopted}, or
   * {@code any activity}.
   *
   * @return the evidence types, not null
   */
  public List<String> evidenceTypes() {
    return evidenceTypes;
  }

  /**
   * Gets the paper's typical actions that would meet the criterion, suggested as next actions.
   *
   * @return the actions, not null
   */
  public List<String> actions() {
    return actions;
  }

  /**
   * Obtains a criterion from its id.
   *
   * @param id  the id, such as {@code key_residents}, not null
   * @return the criterion, not null
   * @throws InvalidValueException if the id is unknown
   */
  public static Criterion fromId(String id) {
    for (Criterion c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw InvalidValueException.of("criterion", "must be a criterion id such as key_residents", "'" + id + "'");
  }
}
