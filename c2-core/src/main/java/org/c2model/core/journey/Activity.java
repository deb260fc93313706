package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something that happened in a neighbourhood's C2 journey, on one day, such as a listening event or
 * an exchange visit (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2).
 * <p>
 * Each concrete activity is an immutable type with the facts the paper names, and a stable
 * lower-case {@link #type()} name (such as {@code listening_event}) that c2-json writes as the
 * document's {@code type}. Activities refer to people and agencies by id only
 * ({@link #references()}); a {@link Journey} checks the ids against its partnership.
 * <p>
 * The activity types, in the order of the seven steps:
 * <ul>
 *   <li>step 1: {@link ScopingVisit}, {@link NeighbourhoodWalkabout}, {@link ConnectingWorkshop},
 *       {@link CommunityAssetMapped};</li>
 *   <li>step 2: {@link VisionWorkshop}, {@link ExchangeVisit};</li>
 *   <li>step 3: {@link ListeningEvent}, {@link FeedbackReport}, {@link FollowUpEvent};</li>
 *   <li>step 4: {@link PartnershipConstituted};</li>
 *   <li>step 5: {@link PartnershipMeeting}, {@link Newsletter}, {@link MediaCoverage},
 *       {@link CelebratedWin};</li>
 *   <li>step 6: {@link ResidentActivity}, {@link ServiceChange};</li>
 *   <li>step 7: {@link OwnVenueSecured}, {@link NewFundingSource}, {@link StaffEmployed},
 *       {@link CommunityActionPlan};</li>
 *   <li>at any step: {@link CommunitySurvey}, and {@link Introduction}, a connecting introduction
 *       between two people.</li>
 * </ul>
 * The step an activity belongs to is a guide, not a rule: C2 steps overlap and come out of order.
 */
public sealed interface Activity permits ScopingVisit, NeighbourhoodWalkabout, ConnectingWorkshop,
    VisionWorkshop, ExchangeVisit, ListeningEvent, FeedbackReport, FollowUpEvent, PartnershipConstituted,
    PartnershipMeeting, Newsletter, MediaCoverage, CelebratedWin, ResidentActivity, ServiceChange,
    OwnVenueSecured, NewFundingSource, StaffEmployed, CommunityActionPlan, CommunityAssetMapped,
    CommunitySurvey, Introduction {

  /**
   * Gets the activity's id, unique within its journey.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Gets the day the activity happened.
   *
   * @return the date, not null
   */
  LocalDate date();

  /**
   * Gets the stable type name, such as {@code listening_event}.
   *
   * @return the type name, one of {@link #typeNames()}, not null
   */
  String type();

  /**
   * Gets every id the activity refers to, with the field that holds it.
   *
   * @return the references, in field order, not null
   */
  List<Reference> references();

  /**
   * Gets the ids of the people who took part: residents and agency representatives, in field order,
   * each once.
   *
   * @return the person ids, not null
   */
  default List<String> personIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Reference r : references()) {
      if (r.kind() == Reference.Kind.RESIDENT || r.kind() == Reference.Kind.AGENCY_REPRESENTATIVE
          || r.kind() == Reference.Kind.PERSON) {
        ids.add(r.id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Gets a short label for messages, the type name in words, such as {@code exchange visit}.
   *
   * @return the label, not null
   */
  default String label() {
    return type().replace('_', ' ');
  }

  /**
   * Gets the type names of every activity type, the closed set c2-json accepts.
   *
   * @return the type names, in the order of the steps, not null
   */
  static List<String> typeNames() {
    return List.of(
        ScopingVisit.TYPE,
        NeighbourhoodWalkabout.TYPE,
        ConnectingWorkshop.TYPE,
        CommunityAssetMapped.TYPE,
        VisionWorkshop.TYPE,
        ExchangeVisit.TYPE,
        ListeningEvent.TYPE,
        FeedbackReport.TYPE,
        FollowUpEvent.TYPE,
        PartnershipConstituted.TYPE,
        PartnershipMeeting.TYPE,
        Newsletter.TYPE,
        MediaCoverage.TYPE,
        CelebratedWin.TYPE,
        ResidentActivity.TYPE,
        ServiceChange.TYPE,
        OwnVenueSecured.TYPE,
        NewFundingSource.TYPE,
        StaffEmployed.TYPE,
        CommunityActionPlan.TYPE,
        CommunitySurvey.TYPE,
        Introduction.TYPE);
  }
}
