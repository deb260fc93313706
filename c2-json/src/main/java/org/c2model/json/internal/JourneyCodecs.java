package org.c2model.json.internal;


import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.Organisers;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.CommunityActionPlan;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.ConnectingWorkshop;
import org.c2model.core.journey.ExchangeVisit;
import org.c2model.core.journey.FeedbackReport;
import org.c2model.core.journey.FollowUpEvent;
import org.c2model.core.journey.InvitationMethod;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.Introduction;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MeasurableOutcome;
import org.c2model.core.journey.MediaCoverage;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.NeighbourhoodWalkabout;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.Newsletter;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ScopingVisit;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.journey.ServiceChangeKind;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.journey.SurveyItem;
import org.c2model.core.journey.SurveyMeasure;
import org.c2model.core.journey.VisionWorkshop;
import org.c2model.core.listening.DotVote;
import org.c2model.core.listening.DotVoting;
import org.c2model.core.listening.Prioritisation;
import org.c2model.core.listening.Question;
import org.c2model.core.listening.RankedBallot;
import org.c2model.core.listening.RankedBallots;
import org.c2model.core.listening.Response;

/**
 * The codecs of {@code org.c2model.core.journey} and {@code org.c2model.core.listening}: the
 * {@code journey} document, its activities and the responses and prioritisation of a listening event.
 * <p>
 * Each activity is an object whose {@code "type"} is its stable type name, from the closed set
 * {@link Activity#typeNames()}, followed by {@code id}, {@code date}, its own facts and, for the
 * activities people attend together, {@code residentIds} and {@code agencyRepresentativeIds}. The
 * prioritisation of a listening event is likewise typed: {@code dot_voting} or
 * {@code ranked_ballots}. Sets of codes are written in the enum's order, so equal journeys are
 * written alike.
 */
public final class JourneyCodecs {

  private JourneyCodecs() {}

  /** How residents were invited, as its code, such as {@code "door_to_door"}. */
  public static final Codec<InvitationMethod> INVITATION_METHOD =
      Scalars.codes(InvitationMethod.class, "How residents were invited to a listening event.");
  /** An age range as its code, such as {@code "young_people"}. */
  public static final Codec<AgeRange> AGE_RANGE =
      Scalars.codes(AgeRange.class, "An age range a resident activity serves.");
  /** Who organises a resident activity. */
  public static final Codec<Organisers> ORGANISERS_CODEC = Scalars.codes(Organisers.class,
      "Who organises a resident activity: residents, agencies or both.");
  /** A kind of community asset as its code, such as {@code "building"}. */
  public static final Codec<AssetKind> ASSET_KIND = Scalars.codes(AssetKind.class, "The kind of a community asset.");
  /** A kind of meeting as its code, {@code "public"} or {@code "executive"}. */
  public static final Codec<MeetingKind> MEETING_KIND =
      Scalars.codes(MeetingKind.class, "The kind of a partnership meeting.");

  /** Where a meeting was held. */
  public static final Codec<MeetingChannel> MEETING_CHANNEL =
      Scalars.codes(MeetingChannel.class, "Where a partnership meeting was held: in person or online.");
  /** A kind of service change as its code, such as {@code "new_service"}. */
  public static final Codec<ServiceChangeKind> SERVICE_CHANGE_KIND =
      Scalars.codes(ServiceChangeKind.class, "The kind of a service change.");
  /** What a survey question measures, as its code, such as {@code "belonging"}. */
  public static final Codec<SurveyMeasure> SURVEY_MEASURE =
      Scalars.codes(SurveyMeasure.class, "What a survey question measures.");
  /** A question of a listening event as its code, such as {@code "what_is_good"}. */
  public static final Codec<Question> QUESTION_CODE =
      Scalars.codes(Question.class, "The appreciative question a response answers.");

  /** A response at a listening event. */
  public static final ObjectCodec<Response, Response.Builder> RESPONSE =
      ObjectCodec.of(Response.class, Response::builder, b -> b.build())
          .describedAs("A response at a listening event; the text may be personal data.")
          .field("id", Scalars.ID, Response::id, (b, v) -> b.id(v))
          .field("question", QUESTION_CODE, Response::question, (b, v) -> b.question(v))
          .field("text", Scalars.TEXT, Response::text, (b, v) -> b.text(v))
          .optional("theme", Scalars.TEXT, Response::theme, (b, v) -> b.theme(v))
          .build();

  /** One theme's dots. */
  public static final ObjectCodec<DotVote, Values> DOT_VOTE =
      ObjectCodec.of(DotVote.class, Values::new, v -> DotVote.of(v.get("theme"), v.<Integer>get("votes")))
          .describedAs("The dots one theme received.")
          .field("theme", Scalars.TEXT, DotVote::theme, (b, v) -> b.put("theme", v))
          .field("votes", Scalars.INTEGER, DotVote::votes, (b, v) -> b.put("votes", v))
          .constrain("minimum", 0)
          .build();

  /** Dot voting: the {@code dot_voting} prioritisation. */
  public static final ObjectCodec<DotVoting, Values> DOT_VOTING =
      ObjectCodec.of(DotVoting.class, Values::new, v -> DotVoting.of(v.<DotVote>list("votes")))
          .describedAs("Dot voting: each theme's dots.")
          .list("votes", DOT_VOTE, DotVoting::votes, (b, v) -> b.put("votes", v))
          .build();

  /** One resident's ballot. */
  public static final ObjectCodec<RankedBallot, Values> RANKED_BALLOT =
      ObjectCodec.of(RankedBallot.class, Values::new, v -> RankedBallot.of(v.<String>list("ranking")))
          .describedAs("One resident's ranking of themes, most important first.")
          .list("ranking", Scalars.TEXT, RankedBallot::ranking, (b, v) -> b.put("ranking", v))
          .constrain("uniqueItems", true)
          .constrain("minItems", 1)
          .build();

  /** Ranked ballots: the {@code ranked_ballots} prioritisation. */
  public static final ObjectCodec<RankedBallots, Values> RANKED_BALLOTS =
      ObjectCodec.of(RankedBallots.class, Values::new, v -> RankedBallots.of(v.<RankedBallot>list("ballots")))
          .describedAs("Ranked ballots, counted by the Borda count.")
          .list("ballots", RANKED_BALLOT, RankedBallots::ballots, (b, v) -> b.put("ballots", v))
          .build();

  /** A prioritisation, typed by its method: {@code dot_voting} or {@code ranked_ballots}. */
  public static final VariantCodec<Prioritisation> PRIORITISATION_CODEC = VariantCodec.of(Prioritisation.class)
      .variant(DotVoting.METHOD, DOT_VOTING)
      .variant(RankedBallots.METHOD, RANKED_BALLOTS)
      .build();

  /** A measurable outcome of a community action plan. */
  public static final ObjectCodec<MeasurableOutcome, MeasurableOutcome.Builder> MEASURABLE_OUTCOME =
      ObjectCodec.of(MeasurableOutcome.class, MeasurableOutcome::builder, b -> b.build())
          .describedAs("A measurable outcome of a community action plan.")
          .field("description", Scalars.TEXT, MeasurableOutcome::description, (b, v) -> b.description(v))
          .optional("indicatorId", Scalars.ID, MeasurableOutcome::indicatorId, (b, v) -> b.indicatorId(v))
          .optional("targetDate", Scalars.DATE, MeasurableOutcome::targetDate, (b, v) -> b.targetDate(v))
          .build();

  // ---------------------------------------------------------------- activities, in the order of the steps

  /** A scoping visit. */
  public static final ObjectCodec<ScopingVisit, ScopingVisit.Builder> SCOPING_VISIT =
      ObjectCodec.of(ScopingVisit.class, ScopingVisit::builder, b -> b.build())
          .describedAs("Step 1: agencies and residents visit an existing meeting to find energy for change.")
          .field("id", Scalars.ID, ScopingVisit::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ScopingVisit::date, (b, v) -> b.date(v))
          .field("meeting", Scalars.TEXT, ScopingVisit::meeting, (b, v) -> b.meeting(v))
          .list("residentIds", Scalars.ID, ScopingVisit::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, ScopingVisit::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** A neighbourhood walkabout. */
  public static final ObjectCodec<NeighbourhoodWalkabout, NeighbourhoodWalkabout.Builder> NEIGHBOURHOOD_WALKABOUT =
      ObjectCodec.of(NeighbourhoodWalkabout.class, NeighbourhoodWalkabout::builder, b -> b.build())
          .describedAs("Step 1: a walk around the neighbourhood.")
          .field("id", Scalars.ID, NeighbourhoodWalkabout::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, NeighbourhoodWalkabout::date, (b, v) -> b.date(v))
          .optional("area", Scalars.TEXT, NeighbourhoodWalkabout::area, (b, v) -> b.area(v))
          .list("residentIds", Scalars.ID, NeighbourhoodWalkabout::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, NeighbourhoodWalkabout::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** A connecting workshop. */
  public static final ObjectCodec<ConnectingWorkshop, ConnectingWorkshop.Builder> CONNECTING_WORKSHOP =
      ObjectCodec.of(ConnectingWorkshop.class, ConnectingWorkshop::builder, b -> b.build())
          .describedAs("Step 1: the connecting workshop of residents and agencies.")
          .field("id", Scalars.ID, ConnectingWorkshop::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ConnectingWorkshop::date, (b, v) -> b.date(v))
          .field("venue", Scalars.TEXT, ConnectingWorkshop::venue, (b, v) -> b.venue(v))
          .list("residentIds", Scalars.ID, ConnectingWorkshop::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, ConnectingWorkshop::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** A community asset mapped. */
  public static final ObjectCodec<CommunityAssetMapped, CommunityAssetMapped.Builder> COMMUNITY_ASSET_MAPPED =
      ObjectCodec.of(CommunityAssetMapped.class, CommunityAssetMapped::builder, b -> b.build())
          .describedAs("A community asset found and recorded.")
          .field("id", Scalars.ID, CommunityAssetMapped::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, CommunityAssetMapped::date, (b, v) -> b.date(v))
          .field("kind", ASSET_KIND, CommunityAssetMapped::kind, (b, v) -> b.kind(v))
          .field("description", Scalars.TEXT, CommunityAssetMapped::description, (b, v) -> b.description(v))
          .optional("personId", Scalars.ID, CommunityAssetMapped::personId, (b, v) -> b.personId(v))
          .doc("The id of the person of the partnership the asset is, where it is one; absent or null "
              + "otherwise.")
          .build();

  /** A vision workshop. */
  public static final ObjectCodec<VisionWorkshop, VisionWorkshop.Builder> VISION_WORKSHOP =
      ObjectCodec.of(VisionWorkshop.class, VisionWorkshop::builder, b -> b.build())
          .describedAs("Step 2: a vision workshop with speakers from places that have changed.")
          .field("id", Scalars.ID, VisionWorkshop::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, VisionWorkshop::date, (b, v) -> b.date(v))
          .list("speakerSites", Scalars.TEXT, VisionWorkshop::speakerSites, (b, v) -> b.addAllSpeakerSites(v))
          .list("residentIds", Scalars.ID, VisionWorkshop::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, VisionWorkshop::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** An exchange visit. */
  public static final ObjectCodec<ExchangeVisit, ExchangeVisit.Builder> EXCHANGE_VISIT =
      ObjectCodec.of(ExchangeVisit.class, ExchangeVisit::builder, b -> b.build())
          .describedAs("Step 2: residents and agencies visit a place that has changed.")
          .field("id", Scalars.ID, ExchangeVisit::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ExchangeVisit::date, (b, v) -> b.date(v))
          .field("site", Scalars.TEXT, ExchangeVisit::site, (b, v) -> b.site(v))
          .list("residentIds", Scalars.ID, ExchangeVisit::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, ExchangeVisit::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** A listening event, with its responses and prioritisation. */
  public static final ObjectCodec<ListeningEvent, ListeningEvent.Builder> LISTENING_EVENT =
      ObjectCodec.of(ListeningEvent.class, ListeningEvent::builder, b -> b.build())
          .describedAs("Step 3: a listening event, its responses and how residents prioritised them.")
          .field("id", Scalars.ID, ListeningEvent::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ListeningEvent::date, (b, v) -> b.date(v))
          .field("venue", Scalars.TEXT, ListeningEvent::venue, (b, v) -> b.venue(v))
          .set("invitationMethods", INVITATION_METHOD, e -> sorted(e.invitationMethods()),
              (b, v) -> b.addAllInvitationMethods(v))
          .doc("How residents were invited, each once, in the order of the list of codes.")
          .field("residentTurnout", Scalars.INTEGER, ListeningEvent::residentTurnout, (b, v) -> b.residentTurnout(v))
          .constrain("minimum", 0)
          .list("facilitatorIds", Scalars.ID, ListeningEvent::facilitatorIds, (b, v) -> b.addAllFacilitatorIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives who facilitated.")
          .list("residentIds", Scalars.ID, ListeningEvent::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of residents of the partnership who came, where recorded.")
          .list("responses", RESPONSE, ListeningEvent::responses, (b, v) -> b.addAllResponses(v))
          .doc("Every response, in the order recorded; ids unique.")
          .optional("prioritisation", PRIORITISATION_CODEC, ListeningEvent::prioritisation, (b, v) -> b.prioritisation(v))
          .build();

  /** The feedback report of a listening event. */
  public static final ObjectCodec<FeedbackReport, FeedbackReport.Builder> FEEDBACK_REPORT =
      ObjectCodec.of(FeedbackReport.class, FeedbackReport::builder, b -> b.build())
          .describedAs("Step 3: the report back to residents of a listening event.")
          .field("id", Scalars.ID, FeedbackReport::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, FeedbackReport::date, (b, v) -> b.date(v))
          .field("listeningEventId", Scalars.ID, FeedbackReport::listeningEventId, (b, v) -> b.listeningEventId(v))
          .doc("The id of a listening event of the journey on or before this date.")
          .build();

  /** The follow-up event of a listening event. */
  public static final ObjectCodec<FollowUpEvent, FollowUpEvent.Builder> FOLLOW_UP_EVENT =
      ObjectCodec.of(FollowUpEvent.class, FollowUpEvent::builder, b -> b.build())
          .describedAs("Step 3: the follow-up event of a listening event.")
          .field("id", Scalars.ID, FollowUpEvent::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, FollowUpEvent::date, (b, v) -> b.date(v))
          .field("listeningEventId", Scalars.ID, FollowUpEvent::listeningEventId, (b, v) -> b.listeningEventId(v))
          .doc("The id of a listening event of the journey on or before this date.")
          .optional("residentTurnout", Scalars.INTEGER, FollowUpEvent::residentTurnout, (b, v) -> b.residentTurnout(v))
          .constrain("minimum", 0)
          .list("residentIds", Scalars.ID, FollowUpEvent::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, FollowUpEvent::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** The constitution being signed. */
  public static final ObjectCodec<PartnershipConstituted, PartnershipConstituted.Builder> PARTNERSHIP_CONSTITUTED =
      ObjectCodec.of(PartnershipConstituted.class, PartnershipConstituted::builder, b -> b.build())
          .describedAs("Step 4: the constitution signed.")
          .field("id", Scalars.ID, PartnershipConstituted::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, PartnershipConstituted::date, (b, v) -> b.date(v))
          .list("signatoryIds", Scalars.ID, PartnershipConstituted::signatoryIds, (b, v) -> b.addAllSignatoryIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the people of the partnership who signed, each once.")
          .build();

  /** A partnership meeting. */
  public static final ObjectCodec<PartnershipMeeting, PartnershipMeeting.Builder> PARTNERSHIP_MEETING =
      ObjectCodec.of(PartnershipMeeting.class, PartnershipMeeting::builder, b -> b.build())
          .describedAs("Step 5: a partnership meeting.")
          .field("id", Scalars.ID, PartnershipMeeting::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, PartnershipMeeting::date, (b, v) -> b.date(v))
          .field("kind", MEETING_KIND, PartnershipMeeting::kind, (b, v) -> b.kind(v))
          .optional("publicAttendance", Scalars.INTEGER, PartnershipMeeting::publicAttendance,
              (b, v) -> b.publicAttendance(v))
          .constrain("minimum", 0)
          .field("channel", MEETING_CHANNEL, PartnershipMeeting::channel, (b, v) -> b.channel(v))
          .doc("Where the meeting was held; in_person if absent (documents written before online meetings).")
          .defaulted()
          .optional("views", Scalars.INTEGER, PartnershipMeeting::views, (b, v) -> b.views(v))
          .constrain("minimum", 0)
          .doc("Online only: how many times its posts or stream were viewed; reach, never participation.")
          .optional("activeParticipants", Scalars.INTEGER, PartnershipMeeting::activeParticipants,
              (b, v) -> b.activeParticipants(v))
          .constrain("minimum", 0)
          .doc("Online only: how many people took an active part.")
          .optional("questionsAsked", Scalars.INTEGER, PartnershipMeeting::questionsAsked,
              (b, v) -> b.questionsAsked(v))
          .constrain("minimum", 0)
          .doc("Online only: how many questions were asked.")
          .list("residentIds", Scalars.ID, PartnershipMeeting::residentIds, (b, v) -> b.addAllResidentIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents of the partnership who took part, each once.")
          .list("agencyRepresentativeIds", Scalars.ID, PartnershipMeeting::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agency representatives of the partnership who took part, each once.")
          .build();

  /** A newsletter. */
  public static final ObjectCodec<Newsletter, Newsletter.Builder> NEWSLETTER =
      ObjectCodec.of(Newsletter.class, Newsletter::builder, b -> b.build())
          .describedAs("Step 5: a newsletter.")
          .field("id", Scalars.ID, Newsletter::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, Newsletter::date, (b, v) -> b.date(v))
          .field("title", Scalars.TEXT, Newsletter::title, (b, v) -> b.title(v))
          .optional("copies", Scalars.INTEGER, Newsletter::copies, (b, v) -> b.copies(v))
          .constrain("minimum", 0)
          .build();

  /** Media coverage. */
  public static final ObjectCodec<MediaCoverage, MediaCoverage.Builder> MEDIA_COVERAGE =
      ObjectCodec.of(MediaCoverage.class, MediaCoverage::builder, b -> b.build())
          .describedAs("Step 5: coverage in the media.")
          .field("id", Scalars.ID, MediaCoverage::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, MediaCoverage::date, (b, v) -> b.date(v))
          .field("outlet", Scalars.TEXT, MediaCoverage::outlet, (b, v) -> b.outlet(v))
          .field("positive", Scalars.BOOLEAN, MediaCoverage::positive, (b, v) -> b.positive(v))
          .doc("Whether the coverage was positive; true if absent.")
          .defaulted()
          .build();

  /** A win celebrated, with the money it brought where there was any. */
  public static final ObjectCodec<CelebratedWin, CelebratedWin.Builder> CELEBRATED_WIN =
      ObjectCodec.of(CelebratedWin.class, CelebratedWin::builder, b -> b.build())
          .describedAs("Step 5: a win celebrated and shared.")
          .field("id", Scalars.ID, CelebratedWin::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, CelebratedWin::date, (b, v) -> b.date(v))
          .field("description", Scalars.TEXT, CelebratedWin::description, (b, v) -> b.description(v))
          .optional("amount", CoreCodecs.MONEY, CelebratedWin::amount, (b, v) -> b.amount(v))
          .constrain("properties", CoreCodecs.NOT_NEGATIVE)
          .doc("Money, not negative; absent or null when none.")
          .build();

  /** An activity residents organise. */
  public static final ObjectCodec<ResidentActivity, ResidentActivity.Builder> RESIDENT_ACTIVITY =
      ObjectCodec.of(ResidentActivity.class, ResidentActivity::builder, b -> b.build())
          .describedAs("Step 6: a group or activity residents organise.")
          .field("id", Scalars.ID, ResidentActivity::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ResidentActivity::date, (b, v) -> b.date(v))
          .field("name", Scalars.TEXT, ResidentActivity::name, (b, v) -> b.name(v))
          .set("ageRanges", AGE_RANGE, a -> sorted(a.ageRanges()), (b, v) -> b.addAllAgeRanges(v))
          .doc("The age ranges served, each once, in the order of the list of codes.")
          .list("organiserIds", Scalars.ID, ResidentActivity::organiserIds, (b, v) -> b.addAllOrganiserIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the residents who organise it, each once.")
          .list("supportingAgencyIds", Scalars.ID, ResidentActivity::supportingAgencyIds,
              (b, v) -> b.addAllSupportingAgencyIds(v))
          .constrain("uniqueItems", true)
          .doc("The ids of the agencies that support it, each once.")
          .optional("organisers", ORGANISERS_CODEC, a -> Optional.of(a.organisers()), (b, v) -> b.organisers(v))
          .doc("Who organises it: residents (then organiserIds is not empty), agencies (a service change, not "
              + "resident-organised) or both. Default: residents when organiserIds is not empty, otherwise "
              + "agencies.")
          .optional("participants", Scalars.INTEGER, ResidentActivity::participants, (b, v) -> b.participants(v))
          .constrain("minimum", 0)
          .build();

  /** A change to a service. */
  public static final ObjectCodec<ServiceChange, ServiceChange.Builder> SERVICE_CHANGE =
      ObjectCodec.of(ServiceChange.class, ServiceChange::builder, b -> b.build())
          .describedAs("Step 6: a service becoming more local, responsive or tailored.")
          .field("id", Scalars.ID, ServiceChange::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, ServiceChange::date, (b, v) -> b.date(v))
          .field("agencyId", Scalars.ID, ServiceChange::agencyId, (b, v) -> b.agencyId(v))
          .doc("The id of an agency represented in the partnership.")
          .field("kind", SERVICE_CHANGE_KIND, ServiceChange::kind, (b, v) -> b.kind(v))
          .field("description", Scalars.TEXT, ServiceChange::description, (b, v) -> b.description(v))
          .build();

  /** The partnership's own venue secured. */
  public static final ObjectCodec<OwnVenueSecured, OwnVenueSecured.Builder> OWN_VENUE_SECURED =
      ObjectCodec.of(OwnVenueSecured.class, OwnVenueSecured::builder, b -> b.build())
          .describedAs("Step 7: the partnership's own venue.")
          .field("id", Scalars.ID, OwnVenueSecured::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, OwnVenueSecured::date, (b, v) -> b.date(v))
          .field("venue", Scalars.TEXT, OwnVenueSecured::venue, (b, v) -> b.venue(v))
          .build();

  /** A new source of funding. */
  public static final ObjectCodec<NewFundingSource, NewFundingSource.Builder> NEW_FUNDING_SOURCE =
      ObjectCodec.of(NewFundingSource.class, NewFundingSource::builder, b -> b.build())
          .describedAs("Step 7: a new source of funding.")
          .field("id", Scalars.ID, NewFundingSource::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, NewFundingSource::date, (b, v) -> b.date(v))
          .field("funder", Scalars.TEXT, NewFundingSource::funder, (b, v) -> b.funder(v))
          .field("amount", CoreCodecs.MONEY, NewFundingSource::amount, (b, v) -> b.amount(v))
          .constrain("properties", CoreCodecs.NOT_NEGATIVE)
          .optional("periodStart", Scalars.DATE, NewFundingSource::periodStart, (b, v) -> b.periodStart(v))
          .optional("periodEnd", Scalars.DATE, NewFundingSource::periodEnd, (b, v) -> b.periodEnd(v))
          .build();

  /** A member of staff employed. */
  public static final ObjectCodec<StaffEmployed, StaffEmployed.Builder> STAFF_EMPLOYED =
      ObjectCodec.of(StaffEmployed.class, StaffEmployed::builder, b -> b.build())
          .describedAs("Step 7: a member of staff employed.")
          .field("id", Scalars.ID, StaffEmployed::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, StaffEmployed::date, (b, v) -> b.date(v))
          .field("role", Scalars.TEXT, StaffEmployed::role, (b, v) -> b.role(v))
          .field("resident", Scalars.BOOLEAN, StaffEmployed::resident, (b, v) -> b.resident(v))
          .doc("Whether the person employed lives in the neighbourhood; false if absent.")
          .defaulted()
          .optional("personId", Scalars.ID, StaffEmployed::personId, (b, v) -> b.personId(v))
          .doc("The id of the person of the partnership employed, where they are one; absent or null otherwise.")
          .build();

  /** A community action plan. */
  public static final ObjectCodec<CommunityActionPlan, CommunityActionPlan.Builder> COMMUNITY_ACTION_PLAN =
      ObjectCodec.of(CommunityActionPlan.class, CommunityActionPlan::builder, b -> b.build())
          .describedAs("Step 7: a community action plan.")
          .field("id", Scalars.ID, CommunityActionPlan::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, CommunityActionPlan::date, (b, v) -> b.date(v))
          .field("title", Scalars.TEXT, CommunityActionPlan::title, (b, v) -> b.title(v))
          .list("measurableOutcomes", MEASURABLE_OUTCOME, CommunityActionPlan::measurableOutcomes,
              (b, v) -> b.addAllMeasurableOutcomes(v))
          .build();

  /** One question of a community survey and its answers. */
  public static final ObjectCodec<SurveyItem, SurveyItem.Builder> SURVEY_ITEM =
      ObjectCodec.of(SurveyItem.class, SurveyItem::builder, b -> b.build())
          .describedAs("One question of a community survey: how many answered and how many positively.")
          .field("measure", SURVEY_MEASURE, SurveyItem::measure, (b, v) -> b.measure(v))
          .optional("wording", Scalars.TEXT, SurveyItem::wording, (b, v) -> b.wording(v))
          .field("respondents", Scalars.INTEGER, SurveyItem::respondents, (b, v) -> b.respondents(v))
          .constrain("minimum", 0)
          .field("positive", Scalars.INTEGER, SurveyItem::positive, (b, v) -> b.positive(v))
          .doc("How many answered positively; not more than respondents.")
          .constrain("minimum", 0)
          .optional("approximate", Scalars.BOOLEAN, i -> i.approximate() ? Optional.of(true) : Optional.empty(),
              (b, v) -> b.approximate(v))
          .doc("True when positive approximates the source's words (such as \"a similar number\") rather than "
              + "counts; written only when true.")
          .build();

  /** A community survey. */
  public static final ObjectCodec<CommunitySurvey, CommunitySurvey.Builder> COMMUNITY_SURVEY =
      ObjectCodec.of(CommunitySurvey.class, CommunitySurvey::builder, b -> b.build())
          .describedAs("A survey of residents, the evidence of intermediate outcome 2 (community organisation, "
              + "networks and social capital).")
          .field("id", Scalars.ID, CommunitySurvey::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, CommunitySurvey::date, (b, v) -> b.date(v))
          .list("items", SURVEY_ITEM, CommunitySurvey::items, (b, v) -> b.addAllItems(v))
          .doc("The questions, at least one, each measure once.")
          .constrain("minItems", 1)
          .build();

  /** A connecting introduction. */
  public static final ObjectCodec<Introduction, Introduction.Builder> INTRODUCTION =
      ObjectCodec.of(Introduction.class, Introduction::builder, b -> b.build())
          .describedAs("A connecting introduction between two people of the partnership; a tie between them in the "
              + "community network from its date.")
          .field("id", Scalars.ID, Introduction::id, (b, v) -> b.id(v))
          .doc("Unique within the journey.")
          .field("date", Scalars.DATE, Introduction::date, (b, v) -> b.date(v))
          .optional("introducerId", Scalars.ID, Introduction::introducerId, (b, v) -> b.introducerId(v))
          .doc("The id of the person of the partnership who made the introduction, neither of the two introduced.")
          .field("firstPersonId", Scalars.ID, Introduction::firstPersonId, (b, v) -> b.firstPersonId(v))
          .doc("The id of one person introduced.")
          .field("secondPersonId", Scalars.ID, Introduction::secondPersonId, (b, v) -> b.secondPersonId(v))
          .doc("The id of the other person introduced, not the first.")
          .build();

  /**
   * An activity of any type, typed by its {@link Activity#typeNames() type name}; the names are
   * listed in the same order as {@code Activity.typeNames()}, which a test checks.
   */
  public static final VariantCodec<Activity> ACTIVITY = VariantCodec.of(Activity.class)
      .variant(ScopingVisit.TYPE, SCOPING_VISIT)
      .variant(NeighbourhoodWalkabout.TYPE, NEIGHBOURHOOD_WALKABOUT)
      .variant(ConnectingWorkshop.TYPE, CONNECTING_WORKSHOP)
      .variant(CommunityAssetMapped.TYPE, COMMUNITY_ASSET_MAPPED)
      .variant(VisionWorkshop.TYPE, VISION_WORKSHOP)
      .variant(ExchangeVisit.TYPE, EXCHANGE_VISIT)
      .variant(ListeningEvent.TYPE, LISTENING_EVENT)
      .variant(FeedbackReport.TYPE, FEEDBACK_REPORT)
      .variant(FollowUpEvent.TYPE, FOLLOW_UP_EVENT)
      .variant(PartnershipConstituted.TYPE, PARTNERSHIP_CONSTITUTED)
      .variant(PartnershipMeeting.TYPE, PARTNERSHIP_MEETING)
      .variant(Newsletter.TYPE, NEWSLETTER)
      .variant(MediaCoverage.TYPE, MEDIA_COVERAGE)
      .variant(CelebratedWin.TYPE, CELEBRATED_WIN)
      .variant(ResidentActivity.TYPE, RESIDENT_ACTIVITY)
      .variant(ServiceChange.TYPE, SERVICE_CHANGE)
      .variant(OwnVenueSecured.TYPE, OWN_VENUE_SECURED)
      .variant(NewFundingSource.TYPE, NEW_FUNDING_SOURCE)
      .variant(StaffEmployed.TYPE, STAFF_EMPLOYED)
      .variant(CommunityActionPlan.TYPE, COMMUNITY_ACTION_PLAN)
      .variant(CommunitySurvey.TYPE, COMMUNITY_SURVEY)
      .variant(Introduction.TYPE, INTRODUCTION)
      .build();

  /**
   * A journey with its partnership and activities; also the {@code journey} document. The
   * partnership is written whole, so the document stands alone; activities refer to its people and
   * agencies by id, and the journey checks every reference (a failure names its path, such as
   * {@code /activities/5/residentIds/1}).
   */
  public static final ObjectCodec<Journey, Journey.Builder> JOURNEY =
      ObjectCodec.of(Journey.class, Journey::builder, b -> b.build())
          .describedAs("A neighbourhood's C2 journey: its partnership, whole, and the dated activities, each typed by "
              + "its type property from a closed set. Activities refer to the partnership's people and agencies "
              + "by id. The partnership's parts are described by partnership.schema.json, which a validator "
              + "must be given alongside this schema.")
          .field("partnership", PartnershipCodecs.PARTNERSHIP, Journey::partnership, (b, v) -> b.partnership(v))
          .field("start", Scalars.DATE, Journey::start, (b, v) -> b.start(v))
          .doc("The first day of the journey, inclusive.")
          .optional("end", Scalars.DATE, Journey::end, (b, v) -> b.end(v))
          .doc("The last day of the record, inclusive; absent while the journey is open.")
          .list("activities", ACTIVITY, Journey::activities, (b, v) -> b.addAllActivities(v))
          .doc("The activities in the order recorded, each dated within the journey; ids unique.")
          .build();

  private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
    return values.stream().sorted().toList();
  }
}
