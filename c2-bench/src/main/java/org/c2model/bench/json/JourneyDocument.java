package org.c2model.bench.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * The plain-Jackson peer of the JSON benchmark: hand-written records with the same JSON shape as
 * c2-json's {@code journey} document, field for field and in the same order, mapped by Jackson
 * databind with no custom code (dates through Jackson's own {@code JavaTimeModule}, codes as
 * strings, absent optional values as nulls left out). Nothing is validated.
 *
 * @param c2  the format version
 * @param kind  the document kind, {@code journey}
 * @param partnership  the partnership
 * @param start  the first day
 * @param end  the last day, or null while open
 * @param activities  the activities, typed by {@code "type"}
 */
public record JourneyDocument(String c2, String kind, Partnership partnership, LocalDate start, LocalDate end,
    List<Activity> activities) {

  /** A partnership. */
  public record Partnership(String id, String name, Neighbourhood neighbourhood, LocalDate constitutionAdopted,
      List<Resident> residents, List<AgencyRepresentative> agencyRepresentatives, List<Membership> memberships,
      List<OfficerTerm> officerTerms) {}

  /** A neighbourhood. */
  public record Neighbourhood(String id, String name, List<String> areaCodes, Integer population) {}

  /** A resident. */
  public record Resident(String id, String displayName, boolean keyResident, boolean existingActivist,
      boolean electedMember) {}

  /** An agency representative. */
  public record AgencyRepresentative(String id, String displayName, Agency agency) {}

  /** An agency. */
  public record Agency(String id, String name, String sector) {}

  /** A board membership. */
  public record Membership(String personId, LocalDate joined, LocalDate left, String joinedBy) {}

  /** An officer's term. */
  public record OfficerTerm(String role, String personId, LocalDate start, LocalDate end) {}

  /** An amount of money. */
  public record Money(String amount, String currency) {}

  /** A listening event's response. */
  public record Response(String id, String question, String text, String theme) {}

  /** A theme's dots. */
  public record DotVote(String theme, int votes) {}

  /** A resident's ranking. */
  public record RankedBallot(List<String> ranking) {}

  /** A measurable outcome. */
  public record MeasurableOutcome(String description, String indicatorId, LocalDate targetDate) {}

  /** A survey question's answers. */
  public record SurveyItem(String measure, String wording, int respondents, int positive) {}

  /** A prioritisation, typed by {@code "type"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = DotVoting.class, name = "dot_voting"),
      @JsonSubTypes.Type(value = RankedBallots.class, name = "ranked_ballots")})
  public sealed interface Prioritisation permits DotVoting, RankedBallots {}

  /** Dot voting. */
  public record DotVoting(List<DotVote> votes) implements Prioritisation {}

  /** Ranked ballots. */
  public record RankedBallots(List<RankedBallot> ballots) implements Prioritisation {}

  /** An activity, typed by {@code "type"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ScopingVisit.class, name = "scoping_visit"),
      @JsonSubTypes.Type(value = NeighbourhoodWalkabout.class, name = "neighbourhood_walkabout"),
      @JsonSubTypes.Type(value = ConnectingWorkshop.class, name = "connecting_workshop"),
      @JsonSubTypes.Type(value = CommunityAssetMapped.class, name = "community_asset_mapped"),
      @JsonSubTypes.Type(value = VisionWorkshop.class, name = "vision_workshop"),
      @JsonSubTypes.Type(value = ExchangeVisit.class, name = "exchange_visit"),
      @JsonSubTypes.Type(value = ListeningEvent.class, name = "listening_event"),
      @JsonSubTypes.Type(value = FeedbackReport.class, name = "feedback_report"),
      @JsonSubTypes.Type(value = FollowUpEvent.class, name = "follow_up_event"),
      @JsonSubTypes.Type(value = PartnershipConstituted.class, name = "partnership_constituted"),
      @JsonSubTypes.Type(value = PartnershipMeeting.class, name = "partnership_meeting"),
      @JsonSubTypes.Type(value = Newsletter.class, name = "newsletter"),
      @JsonSubTypes.Type(value = MediaCoverage.class, name = "media_coverage"),
      @JsonSubTypes.Type(value = CelebratedWin.class, name = "celebrated_win"),
      @JsonSubTypes.Type(value = ResidentActivity.class, name = "resident_activity"),
      @JsonSubTypes.Type(value = ServiceChange.class, name = "service_change"),
      @JsonSubTypes.Type(value = OwnVenueSecured.class, name = "own_venue_secured"),
      @JsonSubTypes.Type(value = NewFundingSource.class, name = "new_funding_source"),
      @JsonSubTypes.Type(value = StaffEmployed.class, name = "staff_employed"),
      @JsonSubTypes.Type(value = CommunityActionPlan.class, name = "community_action_plan"),
      @JsonSubTypes.Type(value = CommunitySurvey.class, name = "community_survey"),
      @JsonSubTypes.Type(value = Introduction.class, name = "introduction")})
  public sealed interface Activity permits ScopingVisit, NeighbourhoodWalkabout, ConnectingWorkshop,
      CommunityAssetMapped, VisionWorkshop, ExchangeVisit, ListeningEvent, FeedbackReport, FollowUpEvent,
      PartnershipConstituted, PartnershipMeeting, Newsletter, MediaCoverage, CelebratedWin, ResidentActivity,
      ServiceChange, OwnVenueSecured, NewFundingSource, StaffEmployed, CommunityActionPlan, CommunitySurvey,
      Introduction {}

  /** A scoping visit. */
  public record ScopingVisit(String id, LocalDate date, String meeting, List<String> residentIds,
      List<String> agencyRepresentativeIds) implements Activity {}

  /** A neighbourhood walkabout. */
  public record NeighbourhoodWalkabout(String id, LocalDate date, String area, List<String> residentIds,
      List<String> agencyRepresentativeIds) implements Activity {}

  /** A connecting workshop. */
  public record ConnectingWorkshop(String id, LocalDate date, String venue, List<String> residentIds,
      List<String> agencyRepresentativeIds) implements Activity {}

  /** A community asset mapped. */
  public record CommunityAssetMapped(String id, LocalDate date, String kind, String description, String personId)
      implements Activity {}

  /** A vision workshop. */
  public record VisionWorkshop(String id, LocalDate date, List<String> speakerSites, List<String> residentIds,
      List<String> agencyRepresentativeIds) implements Activity {}

  /** An exchange visit. */
  public record ExchangeVisit(String id, LocalDate date, String site, List<String> residentIds,
      List<String> agencyRepresentativeIds) implements Activity {}

  /** A listening event. */
  public record ListeningEvent(String id, LocalDate date, String venue, List<String> invitationMethods,
      int residentTurnout, List<String> facilitatorIds, List<String> residentIds, List<Response> responses,
      Prioritisation prioritisation) implements Activity {}

  /** A feedback report. */
  public record FeedbackReport(String id, LocalDate date, String listeningEventId) implements Activity {}

  /** A follow-up event. */
  public record FollowUpEvent(String id, LocalDate date, String listeningEventId, Integer residentTurnout,
      List<String> residentIds, List<String> agencyRepresentativeIds) implements Activity {}

  /** The constitution signed. */
  public record PartnershipConstituted(String id, LocalDate date, List<String> signatoryIds) implements Activity {}

  /** A partnership meeting. */
  public record PartnershipMeeting(String id, LocalDate date, String kind, Integer publicAttendance, String channel,
      Integer views, Integer activeParticipants, Integer questionsAsked, List<String> residentIds, List<String> agencyRepresentativeIds) implements Activity {}

  /** A newsletter. */
  public record Newsletter(String id, LocalDate date, String title, Integer copies) implements Activity {}

  /** Media coverage. */
  public record MediaCoverage(String id, LocalDate date, String outlet, boolean positive) implements Activity {}

  /** A win celebrated. */
  public record CelebratedWin(String id, LocalDate date, String description, Money amount) implements Activity {}

  /** A resident activity. */
  public record ResidentActivity(String id, LocalDate date, String name, List<String> ageRanges,
      List<String> organiserIds, List<String> supportingAgencyIds, String organisers, Integer participants)
      implements Activity {}

  /** A service change. */
  public record ServiceChange(String id, LocalDate date, String agencyId, String kind, String description)
      implements Activity {}

  /** Own venue secured. */
  public record OwnVenueSecured(String id, LocalDate date, String venue) implements Activity {}

  /** A new funding source. */
  public record NewFundingSource(String id, LocalDate date, String funder, Money amount, LocalDate periodStart,
      LocalDate periodEnd) implements Activity {}

  /** Staff employed. */
  public record StaffEmployed(String id, LocalDate date, String role, boolean resident, String personId)
      implements Activity {}

  /** A community action plan. */
  public record CommunityActionPlan(String id, LocalDate date, String title, List<MeasurableOutcome> measurableOutcomes)
      implements Activity {}

  /** A community survey. */
  public record CommunitySurvey(String id, LocalDate date, List<SurveyItem> items) implements Activity {}

  /** A connecting introduction. */
  public record Introduction(String id, LocalDate date, String introducerId, String firstPersonId,
      String secondPersonId) implements Activity {}
}
