package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.ACTIVITIES;
import static org.c2model.json.internal.C2JsonNames.AGENCY_ID;
import static org.c2model.json.internal.C2JsonNames.AGENCY_REPRESENTATIVE_IDS;
import static org.c2model.json.internal.C2JsonNames.AGE_RANGES;
import static org.c2model.json.internal.C2JsonNames.AMOUNT;
import static org.c2model.json.internal.C2JsonNames.APPROXIMATE;
import static org.c2model.json.internal.C2JsonNames.AREA;
import static org.c2model.json.internal.C2JsonNames.BALLOTS;
import static org.c2model.json.internal.C2JsonNames.COPIES;
import static org.c2model.json.internal.C2JsonNames.DATE;
import static org.c2model.json.internal.C2JsonNames.DESCRIPTION;
import static org.c2model.json.internal.C2JsonNames.END;
import static org.c2model.json.internal.C2JsonNames.FACILITATOR_IDS;
import static org.c2model.json.internal.C2JsonNames.FUNDER;
import static org.c2model.json.internal.C2JsonNames.ID;
import static org.c2model.json.internal.C2JsonNames.INDICATOR_ID;
import static org.c2model.json.internal.C2JsonNames.INVITATION_METHODS;
import static org.c2model.json.internal.C2JsonNames.ITEMS;
import static org.c2model.json.internal.C2JsonNames.KIND;
import static org.c2model.json.internal.C2JsonNames.LISTENING_EVENT_ID;
import static org.c2model.json.internal.C2JsonNames.MEASURABLE_OUTCOMES;
import static org.c2model.json.internal.C2JsonNames.MEASURE;
import static org.c2model.json.internal.C2JsonNames.MEETING;
import static org.c2model.json.internal.C2JsonNames.NAME;
import static org.c2model.json.internal.C2JsonNames.ORGANISERS;
import static org.c2model.json.internal.C2JsonNames.ORGANISER_IDS;
import static org.c2model.json.internal.C2JsonNames.OUTLET;
import static org.c2model.json.internal.C2JsonNames.PARTICIPANTS;
import static org.c2model.json.internal.C2JsonNames.PARTNERSHIP;
import static org.c2model.json.internal.C2JsonNames.PERIOD_END;
import static org.c2model.json.internal.C2JsonNames.PERIOD_START;
import static org.c2model.json.internal.C2JsonNames.PERSON_ID;
import static org.c2model.json.internal.C2JsonNames.POSITIVE;
import static org.c2model.json.internal.C2JsonNames.PRIORITISATION;
import static org.c2model.json.internal.C2JsonNames.PUBLIC_ATTENDANCE;
import static org.c2model.json.internal.C2JsonNames.QUESTION;
import static org.c2model.json.internal.C2JsonNames.RANKING;
import static org.c2model.json.internal.C2JsonNames.RESIDENT;
import static org.c2model.json.internal.C2JsonNames.RESIDENT_IDS;
import static org.c2model.json.internal.C2JsonNames.RESIDENT_TURNOUT;
import static org.c2model.json.internal.C2JsonNames.RESPONDENTS;
import static org.c2model.json.internal.C2JsonNames.RESPONSES;
import static org.c2model.json.internal.C2JsonNames.ROLE;
import static org.c2model.json.internal.C2JsonNames.SIGNATORY_IDS;
import static org.c2model.json.internal.C2JsonNames.SITE;
import static org.c2model.json.internal.C2JsonNames.SPEAKER_SITES;
import static org.c2model.json.internal.C2JsonNames.START;
import static org.c2model.json.internal.C2JsonNames.SUPPORTING_AGENCY_IDS;
import static org.c2model.json.internal.C2JsonNames.TARGET_DATE;
import static org.c2model.json.internal.C2JsonNames.TEXT;
import static org.c2model.json.internal.C2JsonNames.THEME;
import static org.c2model.json.internal.C2JsonNames.TITLE;
import static org.c2model.json.internal.C2JsonNames.VENUE;
import static org.c2model.json.internal.C2JsonNames.VOTES;
import static org.c2model.json.internal.C2JsonNames.WORDING;

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
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MeasurableOutcome;
import org.c2model.core.journey.MediaCoverage;
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
  public static final Codec<InvitationMethod> INVITATION_METHOD = Scalars.codes(InvitationMethod.class, InvitationMethod::code);
  /** An age range as its code, such as {@code "young_people"}. */
  public static final Codec<AgeRange> AGE_RANGE = Scalars.codes(AgeRange.class, AgeRange::code);
  /** Who organises a resident activity. */
  public static final Codec<Organisers> ORGANISERS_CODEC = Scalars.codes(Organisers.class, Organisers::code);
  /** A kind of community asset as its code, such as {@code "building"}. */
  public static final Codec<AssetKind> ASSET_KIND = Scalars.codes(AssetKind.class, AssetKind::code);
  /** A kind of meeting as its code, {@code "public"} or {@code "executive"}. */
  public static final Codec<MeetingKind> MEETING_KIND = Scalars.codes(MeetingKind.class, MeetingKind::code);
  /** A kind of service change as its code, such as {@code "new_service"}. */
  public static final Codec<ServiceChangeKind> SERVICE_CHANGE_KIND =
      Scalars.codes(ServiceChangeKind.class, ServiceChangeKind::code);
  /** What a survey question measures, as its code, such as {@code "belonging"}. */
  public static final Codec<SurveyMeasure> SURVEY_MEASURE = Scalars.codes(SurveyMeasure.class, SurveyMeasure::code);
  /** A question of a listening event as its code, such as {@code "what_is_good"}. */
  public static final Codec<Question> QUESTION_CODE = Scalars.codes(Question.class, Question::code);

  /** A response at a listening event. */
  public static final ObjectCodec<Response, Response.Builder> RESPONSE =
      ObjectCodec.of(Response.class, Response::builder, b -> b.build())
          .field(ID, Scalars.TEXT, Response::id, (b, v) -> b.id(v))
          .field(QUESTION, QUESTION_CODE, Response::question, (b, v) -> b.question(v))
          .field(TEXT, Scalars.TEXT, Response::text, (b, v) -> b.text(v))
          .optional(THEME, Scalars.TEXT, Response::theme, (b, v) -> b.theme(v))
          .build();

  /** One theme's dots. */
  public static final ObjectCodec<DotVote, Values> DOT_VOTE =
      ObjectCodec.of(DotVote.class, Values::new, v -> DotVote.of(v.get(THEME), v.<Integer>get(VOTES)))
          .field(THEME, Scalars.TEXT, DotVote::theme, (b, v) -> b.put(THEME, v))
          .field(VOTES, Scalars.INTEGER, DotVote::votes, (b, v) -> b.put(VOTES, v))
          .build();

  /** Dot voting: the {@code dot_voting} prioritisation. */
  public static final ObjectCodec<DotVoting, Values> DOT_VOTING =
      ObjectCodec.of(DotVoting.class, Values::new, v -> DotVoting.of(v.<DotVote>list(VOTES)))
          .list(VOTES, DOT_VOTE, DotVoting::votes, (b, v) -> b.put(VOTES, v))
          .build();

  /** One resident's ballot. */
  public static final ObjectCodec<RankedBallot, Values> RANKED_BALLOT =
      ObjectCodec.of(RankedBallot.class, Values::new, v -> RankedBallot.of(v.<String>list(RANKING)))
          .list(RANKING, Scalars.TEXT, RankedBallot::ranking, (b, v) -> b.put(RANKING, v))
          .build();

  /** Ranked ballots: the {@code ranked_ballots} prioritisation. */
  public static final ObjectCodec<RankedBallots, Values> RANKED_BALLOTS =
      ObjectCodec.of(RankedBallots.class, Values::new, v -> RankedBallots.of(v.<RankedBallot>list(BALLOTS)))
          .list(BALLOTS, RANKED_BALLOT, RankedBallots::ballots, (b, v) -> b.put(BALLOTS, v))
          .build();

  /** A prioritisation, typed by its method: {@code dot_voting} or {@code ranked_ballots}. */
  public static final VariantCodec<Prioritisation> PRIORITISATION_CODEC = VariantCodec.of(Prioritisation.class)
      .variant(DotVoting.METHOD, DOT_VOTING)
      .variant(RankedBallots.METHOD, RANKED_BALLOTS)
      .build();

  /** A measurable outcome of a community action plan. */
  public static final ObjectCodec<MeasurableOutcome, MeasurableOutcome.Builder> MEASURABLE_OUTCOME =
      ObjectCodec.of(MeasurableOutcome.class, MeasurableOutcome::builder, b -> b.build())
          .field(DESCRIPTION, Scalars.TEXT, MeasurableOutcome::description, (b, v) -> b.description(v))
          .optional(INDICATOR_ID, Scalars.TEXT, MeasurableOutcome::indicatorId, (b, v) -> b.indicatorId(v))
          .optional(TARGET_DATE, Scalars.DATE, MeasurableOutcome::targetDate, (b, v) -> b.targetDate(v))
          .build();

  // ---------------------------------------------------------------- activities, in the order of the steps

  /** A scoping visit. */
  public static final ObjectCodec<ScopingVisit, ScopingVisit.Builder> SCOPING_VISIT =
      ObjectCodec.of(ScopingVisit.class, ScopingVisit::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ScopingVisit::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ScopingVisit::date, (b, v) -> b.date(v))
          .field(MEETING, Scalars.TEXT, ScopingVisit::meeting, (b, v) -> b.meeting(v))
          .list(RESIDENT_IDS, Scalars.TEXT, ScopingVisit::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, ScopingVisit::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** A neighbourhood walkabout. */
  public static final ObjectCodec<NeighbourhoodWalkabout, NeighbourhoodWalkabout.Builder> NEIGHBOURHOOD_WALKABOUT =
      ObjectCodec.of(NeighbourhoodWalkabout.class, NeighbourhoodWalkabout::builder, b -> b.build())
          .field(ID, Scalars.TEXT, NeighbourhoodWalkabout::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, NeighbourhoodWalkabout::date, (b, v) -> b.date(v))
          .optional(AREA, Scalars.TEXT, NeighbourhoodWalkabout::area, (b, v) -> b.area(v))
          .list(RESIDENT_IDS, Scalars.TEXT, NeighbourhoodWalkabout::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, NeighbourhoodWalkabout::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** A connecting workshop. */
  public static final ObjectCodec<ConnectingWorkshop, ConnectingWorkshop.Builder> CONNECTING_WORKSHOP =
      ObjectCodec.of(ConnectingWorkshop.class, ConnectingWorkshop::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ConnectingWorkshop::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ConnectingWorkshop::date, (b, v) -> b.date(v))
          .field(VENUE, Scalars.TEXT, ConnectingWorkshop::venue, (b, v) -> b.venue(v))
          .list(RESIDENT_IDS, Scalars.TEXT, ConnectingWorkshop::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, ConnectingWorkshop::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** A community asset mapped. */
  public static final ObjectCodec<CommunityAssetMapped, CommunityAssetMapped.Builder> COMMUNITY_ASSET_MAPPED =
      ObjectCodec.of(CommunityAssetMapped.class, CommunityAssetMapped::builder, b -> b.build())
          .field(ID, Scalars.TEXT, CommunityAssetMapped::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, CommunityAssetMapped::date, (b, v) -> b.date(v))
          .field(KIND, ASSET_KIND, CommunityAssetMapped::kind, (b, v) -> b.kind(v))
          .field(DESCRIPTION, Scalars.TEXT, CommunityAssetMapped::description, (b, v) -> b.description(v))
          .optional(PERSON_ID, Scalars.TEXT, CommunityAssetMapped::personId, (b, v) -> b.personId(v))
          .build();

  /** A vision workshop. */
  public static final ObjectCodec<VisionWorkshop, VisionWorkshop.Builder> VISION_WORKSHOP =
      ObjectCodec.of(VisionWorkshop.class, VisionWorkshop::builder, b -> b.build())
          .field(ID, Scalars.TEXT, VisionWorkshop::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, VisionWorkshop::date, (b, v) -> b.date(v))
          .list(SPEAKER_SITES, Scalars.TEXT, VisionWorkshop::speakerSites, (b, v) -> b.addAllSpeakerSites(v))
          .list(RESIDENT_IDS, Scalars.TEXT, VisionWorkshop::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, VisionWorkshop::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** An exchange visit. */
  public static final ObjectCodec<ExchangeVisit, ExchangeVisit.Builder> EXCHANGE_VISIT =
      ObjectCodec.of(ExchangeVisit.class, ExchangeVisit::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ExchangeVisit::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ExchangeVisit::date, (b, v) -> b.date(v))
          .field(SITE, Scalars.TEXT, ExchangeVisit::site, (b, v) -> b.site(v))
          .list(RESIDENT_IDS, Scalars.TEXT, ExchangeVisit::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, ExchangeVisit::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** A listening event, with its responses and prioritisation. */
  public static final ObjectCodec<ListeningEvent, ListeningEvent.Builder> LISTENING_EVENT =
      ObjectCodec.of(ListeningEvent.class, ListeningEvent::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ListeningEvent::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ListeningEvent::date, (b, v) -> b.date(v))
          .field(VENUE, Scalars.TEXT, ListeningEvent::venue, (b, v) -> b.venue(v))
          .set(INVITATION_METHODS, INVITATION_METHOD, e -> sorted(e.invitationMethods()),
              (b, v) -> b.addAllInvitationMethods(v))
          .field(RESIDENT_TURNOUT, Scalars.INTEGER, ListeningEvent::residentTurnout, (b, v) -> b.residentTurnout(v))
          .list(FACILITATOR_IDS, Scalars.TEXT, ListeningEvent::facilitatorIds, (b, v) -> b.addAllFacilitatorIds(v))
          .list(RESIDENT_IDS, Scalars.TEXT, ListeningEvent::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(RESPONSES, RESPONSE, ListeningEvent::responses, (b, v) -> b.addAllResponses(v))
          .optional(PRIORITISATION, PRIORITISATION_CODEC, ListeningEvent::prioritisation, (b, v) -> b.prioritisation(v))
          .build();

  /** The feedback report of a listening event. */
  public static final ObjectCodec<FeedbackReport, FeedbackReport.Builder> FEEDBACK_REPORT =
      ObjectCodec.of(FeedbackReport.class, FeedbackReport::builder, b -> b.build())
          .field(ID, Scalars.TEXT, FeedbackReport::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, FeedbackReport::date, (b, v) -> b.date(v))
          .field(LISTENING_EVENT_ID, Scalars.TEXT, FeedbackReport::listeningEventId, (b, v) -> b.listeningEventId(v))
          .build();

  /** The follow-up event of a listening event. */
  public static final ObjectCodec<FollowUpEvent, FollowUpEvent.Builder> FOLLOW_UP_EVENT =
      ObjectCodec.of(FollowUpEvent.class, FollowUpEvent::builder, b -> b.build())
          .field(ID, Scalars.TEXT, FollowUpEvent::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, FollowUpEvent::date, (b, v) -> b.date(v))
          .field(LISTENING_EVENT_ID, Scalars.TEXT, FollowUpEvent::listeningEventId, (b, v) -> b.listeningEventId(v))
          .optional(RESIDENT_TURNOUT, Scalars.INTEGER, FollowUpEvent::residentTurnout, (b, v) -> b.residentTurnout(v))
          .list(RESIDENT_IDS, Scalars.TEXT, FollowUpEvent::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, FollowUpEvent::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** The constitution being signed. */
  public static final ObjectCodec<PartnershipConstituted, PartnershipConstituted.Builder> PARTNERSHIP_CONSTITUTED =
      ObjectCodec.of(PartnershipConstituted.class, PartnershipConstituted::builder, b -> b.build())
          .field(ID, Scalars.TEXT, PartnershipConstituted::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, PartnershipConstituted::date, (b, v) -> b.date(v))
          .list(SIGNATORY_IDS, Scalars.TEXT, PartnershipConstituted::signatoryIds, (b, v) -> b.addAllSignatoryIds(v))
          .build();

  /** A partnership meeting. */
  public static final ObjectCodec<PartnershipMeeting, PartnershipMeeting.Builder> PARTNERSHIP_MEETING =
      ObjectCodec.of(PartnershipMeeting.class, PartnershipMeeting::builder, b -> b.build())
          .field(ID, Scalars.TEXT, PartnershipMeeting::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, PartnershipMeeting::date, (b, v) -> b.date(v))
          .field(KIND, MEETING_KIND, PartnershipMeeting::kind, (b, v) -> b.kind(v))
          .optional(PUBLIC_ATTENDANCE, Scalars.INTEGER, PartnershipMeeting::publicAttendance,
              (b, v) -> b.publicAttendance(v))
          .list(RESIDENT_IDS, Scalars.TEXT, PartnershipMeeting::residentIds, (b, v) -> b.addAllResidentIds(v))
          .list(AGENCY_REPRESENTATIVE_IDS, Scalars.TEXT, PartnershipMeeting::agencyRepresentativeIds,
              (b, v) -> b.addAllAgencyRepresentativeIds(v))
          .build();

  /** A newsletter. */
  public static final ObjectCodec<Newsletter, Newsletter.Builder> NEWSLETTER =
      ObjectCodec.of(Newsletter.class, Newsletter::builder, b -> b.build())
          .field(ID, Scalars.TEXT, Newsletter::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, Newsletter::date, (b, v) -> b.date(v))
          .field(TITLE, Scalars.TEXT, Newsletter::title, (b, v) -> b.title(v))
          .optional(COPIES, Scalars.INTEGER, Newsletter::copies, (b, v) -> b.copies(v))
          .build();

  /** Media coverage. */
  public static final ObjectCodec<MediaCoverage, MediaCoverage.Builder> MEDIA_COVERAGE =
      ObjectCodec.of(MediaCoverage.class, MediaCoverage::builder, b -> b.build())
          .field(ID, Scalars.TEXT, MediaCoverage::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, MediaCoverage::date, (b, v) -> b.date(v))
          .field(OUTLET, Scalars.TEXT, MediaCoverage::outlet, (b, v) -> b.outlet(v))
          .field(POSITIVE, Scalars.BOOLEAN, MediaCoverage::positive, (b, v) -> b.positive(v))
          .build();

  /** A win celebrated, with the money it brought where there was any. */
  public static final ObjectCodec<CelebratedWin, CelebratedWin.Builder> CELEBRATED_WIN =
      ObjectCodec.of(CelebratedWin.class, CelebratedWin::builder, b -> b.build())
          .field(ID, Scalars.TEXT, CelebratedWin::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, CelebratedWin::date, (b, v) -> b.date(v))
          .field(DESCRIPTION, Scalars.TEXT, CelebratedWin::description, (b, v) -> b.description(v))
          .optional(AMOUNT, CoreCodecs.MONEY, CelebratedWin::amount, (b, v) -> b.amount(v))
          .build();

  /** An activity residents organise. */
  public static final ObjectCodec<ResidentActivity, ResidentActivity.Builder> RESIDENT_ACTIVITY =
      ObjectCodec.of(ResidentActivity.class, ResidentActivity::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ResidentActivity::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ResidentActivity::date, (b, v) -> b.date(v))
          .field(NAME, Scalars.TEXT, ResidentActivity::name, (b, v) -> b.name(v))
          .set(AGE_RANGES, AGE_RANGE, a -> sorted(a.ageRanges()), (b, v) -> b.addAllAgeRanges(v))
          .list(ORGANISER_IDS, Scalars.TEXT, ResidentActivity::organiserIds, (b, v) -> b.addAllOrganiserIds(v))
          .list(SUPPORTING_AGENCY_IDS, Scalars.TEXT, ResidentActivity::supportingAgencyIds,
              (b, v) -> b.addAllSupportingAgencyIds(v))
          .optional(ORGANISERS, ORGANISERS_CODEC, a -> Optional.of(a.organisers()), (b, v) -> b.organisers(v))
          .optional(PARTICIPANTS, Scalars.INTEGER, ResidentActivity::participants, (b, v) -> b.participants(v))
          .build();

  /** A change to a service. */
  public static final ObjectCodec<ServiceChange, ServiceChange.Builder> SERVICE_CHANGE =
      ObjectCodec.of(ServiceChange.class, ServiceChange::builder, b -> b.build())
          .field(ID, Scalars.TEXT, ServiceChange::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, ServiceChange::date, (b, v) -> b.date(v))
          .field(AGENCY_ID, Scalars.TEXT, ServiceChange::agencyId, (b, v) -> b.agencyId(v))
          .field(KIND, SERVICE_CHANGE_KIND, ServiceChange::kind, (b, v) -> b.kind(v))
          .field(DESCRIPTION, Scalars.TEXT, ServiceChange::description, (b, v) -> b.description(v))
          .build();

  /** The partnership's own venue secured. */
  public static final ObjectCodec<OwnVenueSecured, OwnVenueSecured.Builder> OWN_VENUE_SECURED =
      ObjectCodec.of(OwnVenueSecured.class, OwnVenueSecured::builder, b -> b.build())
          .field(ID, Scalars.TEXT, OwnVenueSecured::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, OwnVenueSecured::date, (b, v) -> b.date(v))
          .field(VENUE, Scalars.TEXT, OwnVenueSecured::venue, (b, v) -> b.venue(v))
          .build();

  /** A new source of funding. */
  public static final ObjectCodec<NewFundingSource, NewFundingSource.Builder> NEW_FUNDING_SOURCE =
      ObjectCodec.of(NewFundingSource.class, NewFundingSource::builder, b -> b.build())
          .field(ID, Scalars.TEXT, NewFundingSource::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, NewFundingSource::date, (b, v) -> b.date(v))
          .field(FUNDER, Scalars.TEXT, NewFundingSource::funder, (b, v) -> b.funder(v))
          .field(AMOUNT, CoreCodecs.MONEY, NewFundingSource::amount, (b, v) -> b.amount(v))
          .optional(PERIOD_START, Scalars.DATE, NewFundingSource::periodStart, (b, v) -> b.periodStart(v))
          .optional(PERIOD_END, Scalars.DATE, NewFundingSource::periodEnd, (b, v) -> b.periodEnd(v))
          .build();

  /** A member of staff employed. */
  public static final ObjectCodec<StaffEmployed, StaffEmployed.Builder> STAFF_EMPLOYED =
      ObjectCodec.of(StaffEmployed.class, StaffEmployed::builder, b -> b.build())
          .field(ID, Scalars.TEXT, StaffEmployed::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, StaffEmployed::date, (b, v) -> b.date(v))
          .field(ROLE, Scalars.TEXT, StaffEmployed::role, (b, v) -> b.role(v))
          .field(RESIDENT, Scalars.BOOLEAN, StaffEmployed::resident, (b, v) -> b.resident(v))
          .optional(PERSON_ID, Scalars.TEXT, StaffEmployed::personId, (b, v) -> b.personId(v))
          .build();

  /** A community action plan. */
  public static final ObjectCodec<CommunityActionPlan, CommunityActionPlan.Builder> COMMUNITY_ACTION_PLAN =
      ObjectCodec.of(CommunityActionPlan.class, CommunityActionPlan::builder, b -> b.build())
          .field(ID, Scalars.TEXT, CommunityActionPlan::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, CommunityActionPlan::date, (b, v) -> b.date(v))
          .field(TITLE, Scalars.TEXT, CommunityActionPlan::title, (b, v) -> b.title(v))
          .list(MEASURABLE_OUTCOMES, MEASURABLE_OUTCOME, CommunityActionPlan::measurableOutcomes,
              (b, v) -> b.addAllMeasurableOutcomes(v))
          .build();

  /** One question of a community survey and its answers. */
  public static final ObjectCodec<SurveyItem, SurveyItem.Builder> SURVEY_ITEM =
      ObjectCodec.of(SurveyItem.class, SurveyItem::builder, b -> b.build())
          .field(MEASURE, SURVEY_MEASURE, SurveyItem::measure, (b, v) -> b.measure(v))
          .optional(WORDING, Scalars.TEXT, SurveyItem::wording, (b, v) -> b.wording(v))
          .field(RESPONDENTS, Scalars.INTEGER, SurveyItem::respondents, (b, v) -> b.respondents(v))
          .field(POSITIVE, Scalars.INTEGER, SurveyItem::positive, (b, v) -> b.positive(v))
          .optional(APPROXIMATE, Scalars.BOOLEAN, i -> i.approximate() ? Optional.of(true) : Optional.empty(),
              (b, v) -> b.approximate(v))
          .build();

  /** A community survey. */
  public static final ObjectCodec<CommunitySurvey, CommunitySurvey.Builder> COMMUNITY_SURVEY =
      ObjectCodec.of(CommunitySurvey.class, CommunitySurvey::builder, b -> b.build())
          .field(ID, Scalars.TEXT, CommunitySurvey::id, (b, v) -> b.id(v))
          .field(DATE, Scalars.DATE, CommunitySurvey::date, (b, v) -> b.date(v))
          .list(ITEMS, SURVEY_ITEM, CommunitySurvey::items, (b, v) -> b.addAllItems(v))
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
      .build();

  /**
   * A journey with its partnership and activities; also the {@code journey} document. The
   * partnership is written whole, so the document stands alone; activities refer to its people and
   * agencies by id, and the journey checks every reference (a failure names its path, such as
   * {@code /activities/5/residentIds/1}).
   */
  public static final ObjectCodec<Journey, Journey.Builder> JOURNEY =
      ObjectCodec.of(Journey.class, Journey::builder, b -> b.build())
          .field(PARTNERSHIP, PartnershipCodecs.PARTNERSHIP, Journey::partnership, (b, v) -> b.partnership(v))
          .field(START, Scalars.DATE, Journey::start, (b, v) -> b.start(v))
          .optional(END, Scalars.DATE, Journey::end, (b, v) -> b.end(v))
          .list(ACTIVITIES, ACTIVITY, Journey::activities, (b, v) -> b.addAllActivities(v))
          .build();

  private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
    return values.stream().sorted().toList();
  }
}
