package org.c2model.core.step;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.c2model.core.internal.AttendanceOnlyReferences;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.Attendance;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.CommunityActionPlan;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.ExchangeVisit;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MediaCoverage;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.Newsletter;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.PartnershipConstituted;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.Reference;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.journey.VisionWorkshop;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.RuleThresholds;

/**
 * Evaluates the criteria of the seven steps on a journey as of a date (<i>Positively Local</i> sec.
 * 2; {@code docs/c2-model.md}
 * section 2). Each criterion is met on the day its last required evidence appeared; adding evidence
 * can only make that day earlier or meet the criterion, never unmeet it.
 * <p>
 * One instance assesses one journey on one thread: it walks the timeline once into the indexes
 * below, which every criterion then reads.
 */
final class StepCriteria {

  private static final Sector[] SECTORS = Sector.values();
  private static final int ASSET_KINDS = AssetKind.values().length;
  /** Key residents in order of first appearance, ties by person id. */
  private static final Comparator<Map.Entry<String, Evidence>> BY_APPEARANCE =
      Comparator.comparing((Map.Entry<String, Evidence> e) -> e.getValue().date()).thenComparing(Map.Entry::getKey);
  private static final Comparator<Evidence> BY_DATE = Comparator.comparing(Evidence::date);
  /**
   * Marks a person in {@link #firstAppearances} whom the criteria do not count (not a key
   * resident): compared by identity, never part of a result.
   */
  private static final Evidence NOT_COUNTED = Evidence.of("not counted", Evidence.NEIGHBOURHOOD, LocalDate.MIN);

  private final Journey journey;
  private final LocalDate asOf;
  private final RuleThresholds thresholds;
  private final Partnership partnership;
  private final List<Activity> timeline;
  /**
   * Each key resident and agency representative of the partnership (the people the criteria count)
   * who appeared by the as-of date, with their first evidence: the first activity naming them, or
   * joining the board if that was earlier; the other people named hold {@link #NOT_COUNTED}.
   */
  private final Map<String, Evidence> firstAppearances;
  /** The key residents of {@link #firstAppearances}, in order of appearance, ties by person id. */
  private final List<Map.Entry<String, Evidence>> keyResidents = new ArrayList<>();
  /**
   * Each sector engaged, with its first evidence: an activity naming one of its agencies, or one of
   * its representatives appearing (the earliest, ties by evidence id).
   */
  private final Map<Sector, Evidence> sectorsEngaged = new EnumMap<>(Sector.class);
  /** {@link #assetsByKind()}, counted on first use. */
  private int[] assetsByKind;
  /** The people the criteria count who have not yet appeared, while the references are indexed. */
  private int unseenPeople;
  /** {@link #constitutionSigned()}, evaluated on first use (step 5 asks for it too). */
  private CriterionResult constitutionSigned;

  private StepCriteria(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    this.journey = journey;
    this.asOf = asOf;
    this.thresholds = thresholds;
    this.partnership = journey.partnership();
    // sized for everyone, so the table is made once
    this.firstAppearances = new HashMap<>(
        (partnership.residents().size() + partnership.agencyRepresentatives().size()) * 4 / 3 + 1);
    // Same-day activities in id order, so the evidence does not depend on the order they were recorded in.
    this.timeline = Collections.unmodifiableList(JourneyProgress.timeline(journey, asOf));
    indexReferences();
    indexPeople();
  }

  /**
   * Walks the references of the timeline once, recording where each person and each agency's
   * sector first appears; the criteria on key residents and sectors filter these records rather
   * than walking the timeline again.
   */
  private void indexReferences() {
    List<Agency> agencies = partnership.agencies();
    unseenPeople = partnership.agencyRepresentatives().size();
    List<Resident> residents = partnership.residents();
    for (int i = 0; i < residents.size(); i++) {
      unseenPeople += residents.get(i).keyResident() ? 1 : 0;
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (int i = 0; i < agencies.size(); i++) {
      sectors.add(agencies.get(i).sector());
    }
    int unseenSectors = sectors.size();
    // Only first appearances count: once everyone counted and every sector has appeared, later
    // references cannot change anything (in most journeys everyone has appeared by the tenth activity).
    for (int i = 0; i < timeline.size() && (unseenPeople > 0 || unseenSectors > 0); i++) {
      Activity a = timeline.get(i);
      if (a instanceof AttendanceOnlyReferences) {
        if (unseenPeople > 0) {
          // the id lists themselves: a Reference per id was most of the memory this walk touched
          Attendance attendance = (Attendance) a;
          Evidence evidence = person(attendance.residentIds(), a, null);
          person(attendance.agencyRepresentativeIds(), a, evidence);
        }
        continue;
      }
      Evidence evidence = null;
      List<Reference> refs = a.references();
      // by index: an iterator per activity was a tenth of what assessing a journey allocated
      for (int k = 0; k < refs.size(); k++) {
        Reference r = refs.get(k);
        Reference.Kind kind = r.kind();
        if (kind == Reference.Kind.RESIDENT || kind == Reference.Kind.AGENCY_REPRESENTATIVE
            || kind == Reference.Kind.PERSON) {
          evidence = unseenPeople > 0 ? person(r.id(), a, evidence) : evidence;
        } else if (kind == Reference.Kind.AGENCY && unseenSectors > 0) {
          Agency agency = agency(agencies, r.id());
          if (agency != null) {
            evidence = evidence == null ? of(a) : evidence;
            unseenSectors -= sectorsEngaged.putIfAbsent(agency.sector(), evidence) == null ? 1 : 0;
          }
        }
      }
    }
  }

  /** {@link #person(String, Activity, Evidence)} for each id of a list. */
  private Evidence person(List<String> ids, Activity a, Evidence evidence) {
    for (int k = 0; k < ids.size(); k++) {
      evidence = person(ids.get(k), a, evidence);
    }
    return evidence;
  }

  /**
   * Records a person named by an activity, the first time they appear: their first appearance if
   * the criteria count them, else {@link #NOT_COUNTED}, so each later mention costs one look-up.
   *
   * @return the activity's evidence, made on first use
   */
  private Evidence person(String id, Activity a, Evidence evidence) {
    if (firstAppearances.containsKey(id)) {
      return evidence;
    }
    if (!counted(partnership.person(id).orElse(null))) {
      firstAppearances.put(id, NOT_COUNTED);
      return evidence;
    }
    evidence = evidence == null ? of(a) : evidence;
    firstAppearances.put(id, evidence);
    unseenPeople--;
    return evidence;
  }

  /** True for the people the criteria count: key residents and agency representatives. */
  private static boolean counted(Person person) {
    return person instanceof Resident && ((Resident) person).keyResident() || person instanceof AgencyRepresentative;
  }

  /** The agency of an id, or null: a scan, as a partnership has a dozen agencies or so. */
  private static Agency agency(List<Agency> agencies, String id) {
    for (int i = 0; i < agencies.size(); i++) {
      if (agencies.get(i).id().equals(id)) {
        return agencies.get(i);
      }
    }
    return null;
  }

  /**
   * Adds the board memberships to each person's first appearance (joining counts when it was
   * earlier than any activity), then sorts out the key residents and the sectors engaged through
   * their representatives.
   */
  private void indexPeople() {
    List<Membership> memberships = partnership.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      LocalDate joined = m.joined();
      if (!joined.isAfter(asOf) && counted(partnership.person(m.personId()).orElse(null))) {
        Evidence earlier = firstAppearances.get(m.personId());
        if (earlier == null || joined.isBefore(earlier.date())) {
          firstAppearances.put(m.personId(), Evidence.of(m.personId(), Evidence.BOARD_MEMBERSHIP, joined));
        }
      }
    }
    for (Map.Entry<String, Evidence> e : firstAppearances.entrySet()) {
      if (e.getValue() == NOT_COUNTED) {
        continue;
      }
      Person person = partnership.person(e.getKey()).orElseThrow();
      if (person instanceof Resident && ((Resident) person).keyResident()) {
        keyResidents.add(e);
      } else if (person instanceof AgencyRepresentative) {
        Sector sector = ((AgencyRepresentative) person).agency().sector();
        sectorsEngaged.merge(sector, e.getValue(), (x, y) -> y.date().isBefore(x.date()) || y.date().equals(x.date())
            && y.id().compareTo(x.id()) < 0 ? y : x);
      }
    }
    keyResidents.sort(BY_APPEARANCE);
  }

  /** Assesses every step of a journey as recorded (later activities are left out) as of a date. */
  static JourneyProgress progress(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    StepCriteria c = new StepCriteria(journey, asOf, thresholds);
    List<StepResult> steps = new ArrayList<>(Step.ALL.size());
    for (int i = 0; i < Step.ALL.size(); i++) {
      Step step = Step.ALL.get(i);
      steps.add(c.step(step));
    }
    return JourneyProgress.of(journey, asOf, thresholds, steps, c);
  }

  /** Gets the activities up to the as-of date, in date order, same-day ones in id order. */
  List<Activity> timeline() {
    return timeline;
  }

  /**
   * Counts the key residents who had appeared (in an activity or on the board) by a day: what the
   * {@code Journey:KeyResidents} rule counts.
   */
  int keyResidentsBy(LocalDate day) {
    int keys = 0;
    for (int i = 0; i < keyResidents.size(); i++) {
      Map.Entry<String, Evidence> e = keyResidents.get(i);
      keys += e.getValue().date().isAfter(day) ? 0 : 1;
    }
    return keys;
  }

  private StepResult step(Step step) {
    List<Criterion> criteria = step.criteriaOfStep();
    List<CriterionResult> results = new ArrayList<>(criteria.size());
    LocalDate[] metDates = new LocalDate[criteria.size()];
    int met = 0;
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      CriterionResult r = evaluate(criterion);
      results.add(r);
      LocalDate metOn = r.metOn().orElse(null);
      if (metOn != null) {
        metDates[met++] = metOn;
      }
    }
    Arrays.sort(metDates, 0, met);
    int needed = step.criteriaNeeded(thresholds);
    if (met >= needed) {
      return StepResult.of(step, results, Optional.of(metDates[needed - 1]), List.of());
    }
    // a list, each action once: a step suggests a few, and a LinkedHashSet cost more than the step result
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      CriterionResult r = results.get(i);
      if (!r.isMet()) {
        if (r.criterion() == Criterion.REQUIRED_SECTORS) {
          addOnce(actions, "bring in the missing sectors: " + String.join(", ", missingSectors()));
        }
        List<String> criterionActions = r.criterion().actions();
        for (int j = 0; j < criterionActions.size(); j++) {
          String action = criterionActions.get(j);
          addOnce(actions, action);
        }
        String assetMap = assetMapAction(r.criterion());
        if (assetMap != null) {
          addOnce(actions, assetMap);
        }
      }
    }
    return StepResult.of(step, results, Optional.empty(), actions);
  }

  private static void addOnce(List<String> actions, String action) {
    if (!actions.contains(action)) {
      actions.add(action);
    }
  }

  private CriterionResult evaluate(Criterion criterion) {
    switch (criterion) {
      case NEIGHBOURHOOD_DEFINED:
        return neighbourhoodDefined();
      case KEY_RESIDENTS:
        return keyResidents();
      case REQUIRED_SECTORS:
        return requiredSectors();
      case RESIDENTS_SEEN_CHANGE:
        return first(criterion, a -> showsChange(a) && !((Attendance) a).residentIds().isEmpty(), "");
      case AGENCIES_SEEN_CHANGE:
        return first(criterion, a -> showsChange(a) && !((Attendance) a).agencyRepresentativeIds().isEmpty(), "");
      case LISTENING_EVENT_HELD:
        return first(criterion, a -> a instanceof ListeningEvent && !((ListeningEvent) a).facilitatorIds().isEmpty()
            && ((ListeningEvent) a).residentTurnout() > 0, "");
      case RESPONSES_RECORDED:
        return first(criterion, a -> a instanceof ListeningEvent && !((ListeningEvent) a).responses().isEmpty(), "");
      case CONSTITUTION_SIGNED:
        return constitutionSigned();
      case REGULAR_MEETINGS:
        return regularMeetings();
      case VISIBLE_PROGRESS:
        return visibleProgress();
      case AGE_RANGE_ACTIVITIES:
        return ageRanges();
      case SERVICE_CHANGES:
        return first(criterion, a -> a instanceof ServiceChange || agencyRun(a), "");
      case OWN_VENUE:
        return first(criterion, OwnVenueSecured.class::isInstance, assetDetail(AssetKind.BUILDING));
      case NEW_FUNDING:
        return first(criterion, NewFundingSource.class::isInstance, "");
      case STAFF_EMPLOYED:
        return first(criterion, StaffEmployed.class::isInstance, "");
      case RESIDENTS_EMPLOYED:
        return residentsEmployed();
      case ACTION_PLAN:
        return first(criterion, a -> a instanceof CommunityActionPlan
            && !((CommunityActionPlan) a).measurableOutcomes().isEmpty(), assetDetail(null));
      default:
        throw new AssertionError(criterion);
    }
  }


  /**
   * The asset map in use for step 7's signs: the buildings mapped are where the partnership's own
   * venue may be found (a community asset transfer), and every mapped asset is something a
   * community action plan can build on ({@code docs/c2-model.md} section 8, assets to map in step 1,
   * venues in step 7; section 2, step 7, <i>Positively Local</i> sec. 2.7). Assets are named by the
   * id of the activity that mapped them, never by their description, which for a skill describes a
   * person, and in the timeline's order: by date, same-day ones by id, whatever order they were
   * recorded in. Mapping a building is not securing it: the asset map suggests, it never meets the sign.
   */
  private String assetMapAction(Criterion criterion) {
    if (criterion != Criterion.OWN_VENUE && criterion != Criterion.ACTION_PLAN) {
      return null;
    }
    int[] byKind = assetsByKind();
    if (criterion == Criterion.OWN_VENUE) {
      if (byKind[AssetKind.BUILDING.ordinal()] == 0) {
        return null;
      }
      List<String> buildings = new ArrayList<>();
      for (int i = 0; i < timeline.size(); i++) {
        if (timeline.get(i) instanceof CommunityAssetMapped m && m.kind() == AssetKind.BUILDING) {
          buildings.add(m.id());
        }
      }
      return "consider the buildings on the asset map as the "
          + "partnership's own venue, such as by community asset transfer: " + String.join(", ", buildings);
    }
    int assets = byKind[byKind.length - 1];
    if (assets == 0) {
      return null;
    }
    StringJoiner counts = new StringJoiner(", ", " mapped assets (", ")");
    for (AssetKind k : AssetKind.values()) {
      if (byKind[k.ordinal()] > 0) {
        counts.add(byKind[k.ordinal()] + " " + k.code());
      }
    }
    return "build the action plan on the " + assets + counts;
  }

  /**
   * The count of mapped assets of each kind, by ordinal, and of every kind in the last place:
   * counted on first use, as two criteria of step 7 and their actions ask for it.
   */
  private int[] assetsByKind() {
    if (assetsByKind == null) {
      int[] byKind = new int[ASSET_KINDS + 1];
      for (int i = 0; i < timeline.size(); i++) {
        if (timeline.get(i) instanceof CommunityAssetMapped m) {
          byKind[m.kind().ordinal()]++;
          byKind[ASSET_KINDS]++;
        }
      }
      assetsByKind = byKind;
    }
    return assetsByKind;
  }

  /**
   * A step 7 sign's detail: the count of mapped assets (of one kind, or of every kind for null),
   * empty when none are mapped.
   */
  private String assetDetail(AssetKind kind) {
    int mapped = assetsByKind()[kind == null ? ASSET_KINDS : kind.ordinal()];
    if (mapped == 0) {
      return "";
    }
    String what = kind == null ? (mapped == 1 ? " asset" : " assets") : mapped == 1 ? " building" : " buildings";
    return mapped + what + " on the asset map";
  }

  /** An activity an agency runs for residents: a change in how it delivers its service, not a resident activity. */
  private static boolean agencyRun(Activity a) {
    return a instanceof ResidentActivity && !((ResidentActivity) a).organisers().residentOrganised();
  }

  /**
   * Step 5's visible wins: a celebrated win, a newsletter, positive media coverage or a service
   * change residents can see, dated on or after the partnership's establishment (its constitution):
   * momentum is sustained by a partnership, so a pledge at the connecting workshop does not count
   * (<i>Positively Local</i> sec. 2.5; {@code docs/c2-model.md} section 2, step 5).
   */
  private CriterionResult visibleProgress() {
    Optional<LocalDate> established = constitutionSigned().metOn();
    if (established.isEmpty()) {
      return CriterionResult.of(Criterion.VISIBLE_PROGRESS, Optional.empty(), List.of(), "partnership not yet established");
    }
    LocalDate from = established.get();
    return first(Criterion.VISIBLE_PROGRESS, a -> !a.date().isBefore(from)
        && (a instanceof CelebratedWin || a instanceof Newsletter || a instanceof ServiceChange || agencyRun(a)
            || a instanceof MediaCoverage && ((MediaCoverage) a).positive()), "");
  }

  /** Step 2: the activities where people see what change looks like. */
  private static boolean showsChange(Activity a) {
    return a instanceof VisionWorkshop || a instanceof ExchangeVisit;
  }

  private static Evidence of(Activity a) {
    return Evidence.of(a.id(), a.type(), a.date());
  }

  /** The criterion met by the first activity satisfying a test, with a detail. */
  private CriterionResult first(Criterion criterion, Predicate<Activity> satisfies, String detail) {
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (satisfies.test(a)) {
        return CriterionResult.of(criterion, Optional.of(a.date()), List.of(of(a)), detail);
      }
    }
    return CriterionResult.of(criterion, Optional.empty(), List.of(), detail);
  }

  private CriterionResult neighbourhoodDefined() {
    if (partnership.neighbourhood().areaCodes().isEmpty() || journey.start().isAfter(asOf)) {
      return CriterionResult.of(Criterion.NEIGHBOURHOOD_DEFINED, Optional.empty(), List.of(), "no areas");
    }
    return CriterionResult.of(Criterion.NEIGHBOURHOOD_DEFINED, Optional.of(journey.start()),
        List.of(Evidence.of(partnership.neighbourhood().id(), Evidence.NEIGHBOURHOOD, journey.start())),
        partnership.neighbourhood().areaCodes().size() + " areas");
  }

  /**
   * Step 1's key residents: met on the day the first key resident appears. The recommended number,
   * {@link RuleThresholds#minimumKeyResidents()}, is what the founders used "initially", not a gate:
   * Townstal started with 3 and went on to step 6 (<i>Positively Local</i> sec. 2.1 and 6;
   * {@code docs/c2-model.md} section 2, step 1), so fewer is the {@code Journey:KeyResidents} warning.
   * The evidence is the key residents up to the recommended number, in order of appearance.
   */
  private CriterionResult keyResidents() {
    int recommended = thresholds.minimumKeyResidents();
    int shown = Math.min(keyResidents.size(), Math.max(recommended, 1));
    String detail = shown + " of " + recommended + " recommended key residents";
    if (keyResidents.isEmpty()) {
      return recommended == 0 ? startedOrNot(Criterion.KEY_RESIDENTS, detail)
          : CriterionResult.of(Criterion.KEY_RESIDENTS, Optional.empty(), List.of(), detail);
    }
    List<Evidence> used = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      used.add(keyResidents.get(i).getValue());
    }
    return CriterionResult.of(Criterion.KEY_RESIDENTS, Optional.of(used.get(0).date()), distinct(used), detail);
  }

  private CriterionResult startedOrNot(Criterion criterion, String detail) {
    Optional<LocalDate> on = journey.start().isAfter(asOf) ? Optional.empty() : Optional.of(journey.start());
    return CriterionResult.of(criterion, on, List.of(), detail);
  }

  private CriterionResult requiredSectors() {
    Set<Sector> required = thresholds.requiredSectors();
    List<Evidence> found = new ArrayList<>(required.size());
    List<String> missing = null;
    LocalDate last = null;
    for (Sector s : SECTORS) {
      if (!required.contains(s)) {
        continue;
      }
      Evidence e = sectorsEngaged.get(s);
      if (e != null) {
        found.add(e);
        last = last == null || e.date().isAfter(last) ? e.date() : last;
      } else {
        missing = missing == null ? new ArrayList<>() : missing;
        missing.add(s.code());
      }
    }
    String detail = found.size() + " of " + required.size() + " sectors"
        + (missing == null ? "" : "; missing " + String.join(", ", missing));
    if (missing != null) {
      return CriterionResult.of(Criterion.REQUIRED_SECTORS, Optional.empty(), distinct(found), detail);
    }
    if (found.isEmpty()) {
      return startedOrNot(Criterion.REQUIRED_SECTORS, detail);
    }
    return CriterionResult.of(Criterion.REQUIRED_SECTORS, Optional.of(last), distinct(found), detail);
  }

  private List<String> missingSectors() {
    List<String> missing = new ArrayList<>();
    for (Sector s : SECTORS) {
      if (thresholds.requiredSectors().contains(s) && !sectorsEngaged.containsKey(s)) {
        missing.add(s.code());
      }
    }
    return missing;
  }

  private CriterionResult constitutionSigned() {
    if (constitutionSigned != null) {
      return constitutionSigned;
    }
    Evidence earliest = null;
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (a instanceof PartnershipConstituted) {
        earliest = of(a);
        break;
      }
    }
    LocalDate adopted = partnership.constitutionAdopted().orElse(null);
    if (adopted != null && !adopted.isAfter(asOf) && (earliest == null || adopted.isBefore(earliest.date()))) {
      earliest = Evidence.of(partnership.id(), Evidence.CONSTITUTION_ADOPTED, adopted);
    }
    constitutionSigned = earliest == null
        ? CriterionResult.of(Criterion.CONSTITUTION_SIGNED, Optional.empty(), List.of(), "")
        : CriterionResult.of(Criterion.CONSTITUTION_SIGNED, Optional.of(earliest.date()), List.of(earliest), "");
    return constitutionSigned;
  }

  /**
   * Step 5's regular meetings giving feedback to residents: a meeting held online counts when
   * people took part in it, never for its views alone (<i>Positively Local</i> sec. 2.5;
   * {@code docs/c2-model.md} section 2, step 5, and section 8, engaging residents online).
   */
  private CriterionResult regularMeetings() {
    int needed = thresholds.consolidationMeetings();
    int maxGap = thresholds.maximumMeetingGapDays();
    List<Activity> meetings = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (a instanceof PartnershipMeeting && ((PartnershipMeeting) a).hadParticipation()
          && (meetings.isEmpty() || !meetings.get(meetings.size() - 1).date().equals(a.date()))) {
        meetings.add(a);
      }
    }
    int runStart = 0;
    int longest = 0;
    for (int j = 0; j < meetings.size(); j++) {
      if (j > 0 && ChronoUnit.DAYS.between(meetings.get(j - 1).date(), meetings.get(j).date()) > maxGap) {
        runStart = j;
      }
      longest = Math.max(longest, j - runStart + 1);
      if (j - runStart + 1 >= needed) {
        return CriterionResult.of(Criterion.REGULAR_MEETINGS, Optional.of(meetings.get(j).date()),
            evidence(meetings, j - needed + 1, j + 1), needed + " meetings in a row");
      }
    }
    return CriterionResult.of(Criterion.REGULAR_MEETINGS, Optional.empty(), evidence(meetings, runStart, meetings.size()),
        longest + " of " + needed + " meetings in a row");
  }

  /** The evidence of activities {@code from} (inclusive) to {@code to} (exclusive). */
  private static List<Evidence> evidence(List<Activity> activities, int from, int to) {
    List<Evidence> evidence = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      evidence.add(of(activities.get(i)));
    }
    return evidence;
  }

  private CriterionResult ageRanges() {
    int needed = thresholds.minimumAgeRanges();
    Set<AgeRange> served = EnumSet.noneOf(AgeRange.class);
    List<Evidence> used = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (a instanceof ResidentActivity && ((ResidentActivity) a).organisers().residentOrganised()
          && !served.containsAll(((ResidentActivity) a).ageRanges())) {
        served.addAll(((ResidentActivity) a).ageRanges());
        used.add(of(a));
        if (served.size() >= needed) {
          return CriterionResult.of(Criterion.AGE_RANGE_ACTIVITIES, Optional.of(a.date()), used,
              served.size() + " age ranges");
        }
      }
    }
    return CriterionResult.of(Criterion.AGE_RANGE_ACTIVITIES, Optional.empty(), used,
        served.size() + " of " + needed + " age ranges");
  }

  private CriterionResult residentsEmployed() {
    int needed = thresholds.minimumResidentsEmployed();
    Map<String, Evidence> residents = new LinkedHashMap<>();
    for (int i = 0; i < timeline.size(); i++) {
      Activity a = timeline.get(i);
      if (a instanceof StaffEmployed && ((StaffEmployed) a).resident()) {
        // an unnamed resident is told apart by the activity's id, made into a key only when needed
        Optional<String> person = ((StaffEmployed) a).personId();
        residents.putIfAbsent(person.isPresent() ? person.get() : "\u0000" + a.id(), of(a));
        if (residents.size() >= needed) {
          return CriterionResult.of(Criterion.RESIDENTS_EMPLOYED, Optional.of(a.date()),
              List.copyOf(residents.values()), residents.size() + " residents employed");
        }
      }
    }
    return CriterionResult.of(Criterion.RESIDENTS_EMPLOYED, Optional.empty(), List.copyOf(residents.values()),
        residents.size() + " of " + needed + " residents employed");
  }

  /**
   * The evidence in date order (a stable sort), each piece once: sorts and thins the given list,
   * which must be the caller's own. Pieces are compared in pairs: a criterion has a few.
   */
  private static List<Evidence> distinct(List<Evidence> evidence) {
    evidence.sort(BY_DATE);
    int kept = 0;
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      boolean repeat = false;
      for (int j = 0; j < kept && !repeat; j++) {
        repeat = evidence.get(j).id().equals(e.id()) && evidence.get(j).type().equals(e.type());
      }
      if (!repeat) {
        evidence.set(kept++, e);
      }
    }
    return evidence.subList(0, kept);
  }
}
