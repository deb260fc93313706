package org.c2model.bench.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.c2model.core.Money;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
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
import org.c2model.core.listening.Question;
import org.c2model.core.listening.Response;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;

/**
 * A deterministic generator of realistic C2 journeys for benchmark 5 of issue 8: journey {@code i}
 * depends only on {@code i}, so every run and every fork assesses the same 10,000 journeys.
 * <p>
 * Each journey has its own partnership: 12 to 19 residents (4 to 7 key residents, an activist, an
 * elected member), 12 to 24 agency representatives of up to 12 agencies (each of the four required
 * sectors present in 19 cases of 20), and a board of 7 residents and 5 agency representatives from
 * the constitution, with turnover (members leaving and joining, some appointed) and officer terms
 * (a new chair at the first annual meeting in 2 cases of 5; now and then an agency representative as
 * treasurer or a secretary's office left vacant). The journey follows the seven steps of
 * <i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2 in the order a site usually
 * does, with the irregularities the rules
 * are there to find: scoping visits, an exchange visit (sometimes before the connecting workshop), a
 * listening event with feedback and follow-up (some late or missing; a second event in 2 cases of 5),
 * the constitution, partnership meetings about monthly (24 to 53 days apart), newsletters, wins, resident activities,
 * service changes, and signs of maturity. The record covers 1.5 to 2.8 years; journeys are assessed on
 * their last day, or (1 in 4) half a year before it.
 */
public final class SyntheticJourneys {

  /** The number of journeys of the benchmark. */
  public static final int JOURNEYS = 10_000;

  private static final long SEED = 20090404L;
  private static final LocalDate EPOCH = LocalDate.of(2008, 1, 1);

  private static final Sector[] SECTORS = {Sector.POLICE, Sector.EDUCATION, Sector.HEALTH, Sector.LOCAL_AUTHORITY,
      Sector.HOUSING, Sector.FIRE_AND_RESCUE, Sector.YOUTH_SERVICES, Sector.VOLUNTARY_SECTOR, Sector.BUSINESS,
      Sector.LEGAL, Sector.ELECTED_MEMBER, Sector.ACADEMIC};
  private static final String[] THEMES = {"dentist and doctor", "drink and drugs", "anti-social behaviour",
      "parking and transport", "young people", "play areas", "street lighting", "litter", "housing repairs",
      "community spirit"};

  /** A journey and the date it is assessed on. */
  record Case(Journey journey, LocalDate asOf) {}

  private SyntheticJourneys() {}

  /**
   * Generates the first {@code n} journeys.
   *
   * @param n  the number of journeys
   * @return the journeys, in index order
   */
  static List<Case> generate(int n) {
    List<Case> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SplittableRandom r = new SplittableRandom(SEED + 0x9E3779B97F4A7C15L * i);
      cases.add(generate(i, r, 540 + r.nextInt(500)));
    }
    return cases;
  }

  /**
   * Generates one long-running journey of exactly {@code activities} activities, for the JSON
   * benchmark's document: a site recorded over about eleven years (its first {@code activities}
   * activities in date order), with the same mix as the benchmark's journeys, kept up yearly.
   *
   * @param activities  the number of activities, at most about 230
   * @return the journey, not null
   */
  public static Journey longJourney(int activities) {
    SplittableRandom r = new SplittableRandom(SEED);
    Journey full = generate(0, r, 4_000).journey();
    List<Activity> first = full.timeline();
    if (first.size() < activities) {
      throw new IllegalArgumentException("only " + first.size() + " activities generated, not " + activities);
    }
    return Journey.builder().from(full).activities(first.subList(0, activities)).build();
  }

  /**
   * Generates a journey recorded over {@code days}; its recurring activities (listening events,
   * newsletters, wins, service changes and the like) scale with each 800 days of the record.
   */
  private static Case generate(int index, SplittableRandom r, int days) {
    int scale = Math.max(1, days / 800);
    LocalDate start = EPOCH.plusDays(r.nextInt(2_900));
    LocalDate last = start.plusDays(days);
    LocalDate constitution = start.plusDays(110 + r.nextInt(90));

    // People: residents R01.., the first ones key residents; representatives A01.. of the agencies.
    int residentCount = 12 + r.nextInt(8);
    int keyResidents = r.nextInt(10) == 0 ? 4 : 5 + r.nextInt(3);
    Partnership.Builder p = Partnership.builder().id(String.format("P-%05d", index)).name("Partnership " + index)
        .neighbourhood(neighbourhood(index, r)).constitutionAdopted(constitution);
    List<String> residents = new ArrayList<>();
    for (int k = 1; k <= residentCount; k++) {
      String id = String.format("R%02d", k);
      residents.add(id);
      p.addResidents(Resident.builder().id(id).keyResident(k <= keyResidents).existingActivist(k == 3 && r.nextBoolean())
          .electedMember(k == 2).build());
    }
    List<String> reps = new ArrayList<>();
    List<String> agencyIds = new ArrayList<>();
    String[] firstRepOfSector = new String[SECTORS.length];
    for (int s = 0; s < SECTORS.length; s++) {
      boolean required = s < 4;
      int count = required ? (r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(3)) : r.nextInt(3);
      if (count == 0) {
        continue;
      }
      Agency agency = Agency.of("AG-" + SECTORS[s].code().toUpperCase(Locale.ROOT), "agency " + s, SECTORS[s]);
      agencyIds.add(agency.id());
      for (int k = 0; k < count; k++) {
        String id = String.format("A%02d", reps.size() + 1);
        reps.add(id);
        p.addAgencyRepresentatives(AgencyRepresentative.of(id, agency));
        if (firstRepOfSector[s] == null) {
          firstRepOfSector[s] = id;
        }
      }
    }
    if (reps.isEmpty()) {
      Agency agency = Agency.of("AG-POLICE", "agency 0", Sector.POLICE);
      agencyIds.add(agency.id());
      reps.add("A01");
      firstRepOfSector[0] = "A01";
      p.addAgencyRepresentatives(AgencyRepresentative.of("A01", agency));
    }

    // The board: 7 residents and up to 5 representatives (one per sector, required sectors first).
    List<String> boardResidents = new ArrayList<>(residents.subList(0, 7));
    List<String> boardReps = new ArrayList<>();
    for (int s = 0; s < SECTORS.length && boardReps.size() < 5; s++) {
      if (firstRepOfSector[s] != null) {
        boardReps.add(firstRepOfSector[s]);
      }
    }
    // Turnover: R06 and R07 may leave; most are replaced by another resident, some not (a thinner
    // majority). The officers, R01 to R05, stay on the board.
    int leavers = r.nextInt(3);
    for (int k = 0; k < 7 - leavers; k++) {
      p.addMemberships(Membership.of(boardResidents.get(k), constitution));
    }
    for (String id : boardReps) {
      p.addMemberships(Membership.builder().personId(id).joined(constitution)
          .joinedBy(r.nextInt(8) == 0 ? JoinMethod.APPOINTED : JoinMethod.SELF_SELECTED).build());
    }
    int nextResident = 7;
    for (int k = 7 - leavers; k < 7; k++) {
      LocalDate left = constitution.plusDays(200 + r.nextInt(300));
      p.addMemberships(Membership.of(boardResidents.get(k), constitution, left));
      if (r.nextInt(4) != 0 && nextResident < residentCount) {
        p.addMemberships(Membership.of(residents.get(nextResident++), left.plusDays(r.nextInt(60))));
      }
    }
    // Officers from the board's residents; now and then a new chair at the first annual meeting, an
    // agency representative as treasurer, or the secretary's office left vacant.
    LocalDate agm = constitution.plusYears(1);
    if (r.nextInt(5) < 2) {
      p.addOfficerTerms(OfficerTerm.of(OfficerRole.CHAIR, "R01", constitution, agm),
          OfficerTerm.of(OfficerRole.CHAIR, "R05", agm));
    } else {
      p.addOfficerTerms(OfficerTerm.of(OfficerRole.CHAIR, "R01", constitution));
    }
    p.addOfficerTerms(OfficerTerm.of(OfficerRole.DEPUTY_CHAIR, "R02", constitution));
    p.addOfficerTerms(OfficerTerm.of(OfficerRole.TREASURER, r.nextInt(20) == 0 ? boardReps.get(0) : "R03", constitution));
    p.addOfficerTerms(r.nextInt(20) == 0 ? OfficerTerm.of(OfficerRole.SECRETARY, "R04", constitution, agm)
        : OfficerTerm.of(OfficerRole.SECRETARY, "R04", constitution));
    Partnership partnership = p.build();

    List<Activity> a = new ArrayList<>();
    Ids ids = new Ids();
    int scoping = 1 + r.nextInt(3);
    for (int k = 0; k < scoping; k++) {
      a.add(ScopingVisit.builder().id(ids.next("scoping")).date(start.plusDays(3 + 7 * k + r.nextInt(5)))
          .meeting(k == 0 ? "PACT meeting" : "residents' association").residentIds(some(r, residents, 0, keyResidents, 1, 3))
          .agencyRepresentativeIds(some(r, reps, 0, reps.size(), 1, 2)).build());
    }
    if (r.nextBoolean()) {
      a.add(NeighbourhoodWalkabout.builder().id(ids.next("walkabout")).date(start.plusDays(20 + r.nextInt(20)))
          .residentIds(some(r, residents, 0, keyResidents, 1, 3)).agencyRepresentativeIds(some(r, reps, 0, reps.size(), 1, 3))
          .build());
    }
    LocalDate workshop = start.plusDays(35 + r.nextInt(30));
    a.add(ExchangeVisit.builder().id(ids.next("exchange")).date(workshop.plusDays(r.nextInt(40) - 15)).site("Beacon")
        .residentIds(some(r, residents, 0, keyResidents, 2, 4)).agencyRepresentativeIds(some(r, reps, 0, reps.size(), 1, 2))
        .build());
    a.add(ConnectingWorkshop.builder().id(ids.next("workshop")).date(workshop).venue("children's centre")
        .residentIds(some(r, residents, 0, keyResidents, 3, 5)).agencyRepresentativeIds(some(r, reps, 0, reps.size(), 8, 15))
        .build());
    if (r.nextInt(3) == 0) {
      a.add(VisionWorkshop.builder().id(ids.next("vision")).date(workshop.plusDays(7 + r.nextInt(14)))
          .addSpeakerSites("Beacon").residentIds(some(r, residents, 0, keyResidents, 2, 5))
          .agencyRepresentativeIds(some(r, reps, 0, reps.size(), 2, 6)).build());
    }
    listening(a, ids, r, workshop.plusDays(25 + r.nextInt(35)), residents, reps, keyResidents);
    if (r.nextInt(5) < 2) {
      listening(a, ids, r, constitution.plusDays(300 + r.nextInt(100)), residents, reps, keyResidents);
    }
    for (int year = 2; year <= scale; year++) {
      listening(a, ids, r, constitution.plusDays(800L * (year - 1) + r.nextInt(200)), residents, reps, keyResidents);
    }
    a.add(PartnershipConstituted.builder().id(ids.next("constitution")).date(constitution)
        .signatoryIds(boardResidents.subList(0, 4)).build());
    // Meetings every 3 to 7 weeks (a gap over 6 weeks now and then), executive and public alternating.
    int meeting = 0;
    for (LocalDate d = constitution; !d.isAfter(last); d = d.plusDays(24 + r.nextInt(r.nextInt(6) == 0 ? 30 : 14))) {
      a.add(PartnershipMeeting.builder().id(ids.next("meeting")).date(d)
          .kind(meeting++ % 2 == 0 ? MeetingKind.EXECUTIVE : MeetingKind.PUBLIC)
          .residentIds(some(r, boardResidents, 0, boardResidents.size(), 3, 7))
          .agencyRepresentativeIds(some(r, boardReps, 0, boardReps.size(), 1, boardReps.size())).build());
    }
    int span = (int) (last.toEpochDay() - workshop.toEpochDay());
    for (int k = (2 + r.nextInt(5)) * scale; k > 0; k--) {
      a.add(Newsletter.of(ids.next("newsletter"), workshop.plusDays(r.nextInt(span)), "newsletter"));
    }
    for (int k = r.nextInt(3) * scale; k > 0; k--) {
      a.add(MediaCoverage.builder().id(ids.next("media")).date(workshop.plusDays(r.nextInt(span))).outlet("local paper")
          .positive(r.nextInt(4) != 0).build());
    }
    for (int k = (1 + r.nextInt(3)) * scale; k > 0; k--) {
      a.add(CelebratedWin.builder().id(ids.next("win")).date(workshop.plusDays(r.nextInt(span))).description("a win")
          .amount(Money.gbp(Integer.toString(100 * (1 + r.nextInt(500))))).build());
    }
    int afterConstitution = (int) (last.toEpochDay() - constitution.toEpochDay());
    for (int k = (2 + r.nextInt(4)) * scale; k > 0; k--) {
      Set<AgeRange> ranges = EnumSet.of(AgeRange.values()[r.nextInt(AgeRange.values().length)]);
      ResidentActivity.Builder b = ResidentActivity.builder().id(ids.next("activity"))
          .date(constitution.plusDays(r.nextInt(afterConstitution))).name("club").ageRanges(ranges)
          .organiserIds(some(r, residents, 0, residents.size(), 1, 2));
      if (r.nextBoolean()) {
        b.addSupportingAgencyIds(agencyIds.get(r.nextInt(agencyIds.size())));
      }
      a.add(b.build());
    }
    for (int k = (1 + r.nextInt(4)) * scale; k > 0; k--) {
      a.add(ServiceChange.of(ids.next("service"), constitution.plusDays(r.nextInt(afterConstitution)),
          agencyIds.get(r.nextInt(agencyIds.size())),
          ServiceChangeKind.values()[r.nextInt(ServiceChangeKind.values().length)], "a change"));
    }
    for (int k = (1 + r.nextInt(4)) * scale; k > 0; k--) {
      a.add(CommunityAssetMapped.of(ids.next("asset"), workshop.plusDays(r.nextInt(span)),
          AssetKind.values()[r.nextInt(AssetKind.values().length)], "an asset"));
    }
    // Signs of maturity, late in the record.
    LocalDate late = constitution.plusDays(afterConstitution / 2);
    int lateSpan = afterConstitution - afterConstitution / 2;
    if (r.nextBoolean()) {
      a.add(OwnVenueSecured.of(ids.next("venue"), late.plusDays(r.nextInt(lateSpan)), "community house"));
    }
    for (int k = r.nextInt(3) * scale; k > 0; k--) {
      a.add(NewFundingSource.builder().id(ids.next("funding")).date(late.plusDays(r.nextInt(lateSpan))).funder("trust")
          .amount(Money.gbp(Integer.toString(1000 * (1 + r.nextInt(50))))).build());
    }
    for (int k = r.nextInt(4) * scale; k > 0; k--) {
      boolean resident = r.nextInt(3) != 0;
      StaffEmployed.Builder b = StaffEmployed.builder().id(ids.next("staff")).date(late.plusDays(r.nextInt(lateSpan)))
          .role("coordinator").resident(resident);
      if (resident) {
        b.personId(residents.get(7 + r.nextInt(residentCount - 7)));
      }
      a.add(b.build());
    }
    if (r.nextBoolean()) {
      CommunityActionPlan.Builder b = CommunityActionPlan.builder().id(ids.next("plan"))
          .date(late.plusDays(r.nextInt(lateSpan))).title("community action plan");
      if (r.nextInt(4) != 0) {
        b.addMeasurableOutcomes(MeasurableOutcome.of("less anti-social behaviour"));
      }
      a.add(b.build());
    }
    if (r.nextInt(3) == 0) {
      int respondents = 20 + r.nextInt(80);
      a.add(CommunitySurvey.builder().id(ids.next("survey")).date(late.plusDays(r.nextInt(lateSpan)))
          .addItems(SurveyItem.of(SurveyMeasure.BELONGING, r.nextInt(respondents + 1), respondents),
              SurveyItem.of(SurveyMeasure.INFLUENCE, r.nextInt(respondents + 1), respondents))
          .build());
    }
    Journey journey = Journey.builder().partnership(partnership).start(start).activities(a).build();
    LocalDate asOf = r.nextInt(4) == 0 ? last.minusDays(182) : last;
    return new Case(journey, asOf);
  }

  private static void listening(List<Activity> a, Ids ids, SplittableRandom r, LocalDate date, List<String> residents,
      List<String> reps, int keyResidents) {
    String id = ids.next("listening");
    InvitationMethod how = r.nextInt(4) == 0 ? InvitationMethod.POSTCARD : InvitationMethod.DOOR_TO_DOOR;
    ListeningEvent.Builder b = ListeningEvent.builder().id(id).date(date).venue("community venue")
        .addInvitationMethods(how).residentTurnout(30 + r.nextInt(90))
        .facilitatorIds(some(r, reps, 0, reps.size(), 5, 12)).residentIds(some(r, residents, 0, keyResidents, 2, 5));
    int responses = 6 + r.nextInt(10);
    for (int k = 0; k < responses; k++) {
      b.addResponses(Response.of("resp-" + (k + 1), r.nextInt(3) == 0 ? Question.WHAT_IS_GOOD : Question.WHAT_IS_NOT_SO_GOOD,
          "text", THEMES[r.nextInt(THEMES.length)]));
    }
    if (r.nextInt(10) != 0) {
      List<DotVote> votes = new ArrayList<>();
      int themes = 3 + r.nextInt(6);
      for (int k = 0; k < themes; k++) {
        votes.add(DotVote.of(THEMES[k], 5 + r.nextInt(50)));
      }
      b.prioritisation(DotVoting.of(votes));
    }
    a.add(b.build());
    if (r.nextInt(10) != 0) {
      a.add(FeedbackReport.of(ids.next("report"), date.plusDays(5 + r.nextInt(12)), id));
    }
    if (r.nextInt(8) != 0) {
      a.add(FollowUpEvent.builder().id(ids.next("follow-up")).date(date.plusDays(7 + r.nextInt(r.nextInt(4) == 0 ? 30 : 7)))
          .listeningEventId(id).residentIds(some(r, residents, 0, residents.size(), 3, 8)).build());
    }
  }

  private static Neighbourhood neighbourhood(int index, SplittableRandom r) {
    Neighbourhood.Builder n = Neighbourhood.builder().id(String.format("N-%05d", index)).name("Neighbourhood " + index)
        .population(2_000 + r.nextInt(6_000));
    int areas = 2 + r.nextInt(4);
    int first = 1_000 + index * 5;
    for (int k = 0; k < areas; k++) {
      n.addAreaCodes(AreaCode.of(String.format("E01%06d", first + k)));
    }
    return n.build();
  }

  /** Between {@code min} and {@code max} distinct ids from {@code ids[from, to)}, in list order. */
  private static List<String> some(SplittableRandom r, List<String> ids, int from, int to, int min, int max) {
    int available = to - from;
    int want = Math.min(available, min + r.nextInt(Math.max(1, max - min + 1)));
    List<String> picked = new ArrayList<>(want);
    // Selection sampling (Knuth's algorithm S): distinct ids in order, without a set.
    for (int k = from, needed = want; k < to && needed > 0; k++) {
      if (r.nextInt(to - k) < needed) {
        picked.add(ids.get(k));
        needed--;
      }
    }
    return picked;
  }

  /** Activity ids by kind: {@code meeting-1}, {@code meeting-2}, ... */
  private static final class Ids {
    private final Map<String, Integer> counts = new HashMap<>();

    String next(String kind) {
      return kind + "-" + counts.merge(kind, 1, Integer::sum);
    }
  }
}
