package org.c2model.core.step;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 */
final class StepCriteria {

  private final Journey journey;
  private final LocalDate asOf;
  private final RuleThresholds thresholds;
  private final Partnership partnership;
  private final List<Activity> timeline;
  /** Each person of the partnership named by an activity, with the first activity naming them, in that order. */
  private final Map<String, Evidence> firstNamed = new LinkedHashMap<>();
  /** Each sector with an agency named by an activity, with the first such activity. */
  private final Map<Sector, Evidence> firstAgencyOfSector = new EnumMap<>(Sector.class);
  /** {@link #sectorsEngaged()}, computed on first use. */
  private Map<Sector, Evidence> sectorsEngaged;

  private StepCriteria(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    this.journey = journey;
    this.asOf = asOf;
    this.thresholds = thresholds;
    this.partnership = journey.partnership();
    // Same-day activities in id order, so the evidence does not depend on the order they were recorded in.
    this.timeline = JourneyProgress.timeline(journey);
    indexReferences();
  }

  /**
   * Walks the references of the timeline once, recording where each person and each agency's
   * sector first appears; the criteria on key residents and sectors filter these records rather
   * than walking the timeline again.
   */
  private void indexReferences() {
    Map<String, Agency> agencies = new HashMap<>();
    partnership.agencies().forEach(a -> agencies.put(a.id(), a));
    for (Activity a : timeline) {
      Evidence evidence = null;
      List<Reference> refs = a.references();
      // by index: an iterator per activity was a tenth of what assessing a journey allocated
      for (int k = 0; k < refs.size(); k++) {
        Reference r = refs.get(k);
        Reference.Kind kind = r.kind();
        if (kind == Reference.Kind.RESIDENT || kind == Reference.Kind.AGENCY_REPRESENTATIVE
            || kind == Reference.Kind.PERSON) {
          if (!firstNamed.containsKey(r.id()) && partnership.person(r.id()).isPresent()) {
            evidence = evidence == null ? of(a) : evidence;
            firstNamed.put(r.id(), evidence);
          }
        } else if (kind == Reference.Kind.AGENCY && agencies.containsKey(r.id())) {
          evidence = evidence == null ? of(a) : evidence;
          firstAgencyOfSector.putIfAbsent(agencies.get(r.id()).sector(), evidence);
        }
      }
    }
  }

  /** Assesses every step; the journey must hold only activities dated on or before {@code asOf}. */
  static List<StepResult> assess(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    StepCriteria c = new StepCriteria(journey, asOf, thresholds);
    List<StepResult> steps = new ArrayList<>();
    for (Step step : Step.ALL) {
      steps.add(c.step(step));
    }
    return steps;
  }

  private StepResult step(Step step) {
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion criterion : step.criteriaOfStep()) {
      results.add(evaluate(criterion));
    }
    List<LocalDate> metDates = new ArrayList<>(results.size());
    for (CriterionResult r : results) {
      r.metOn().ifPresent(metDates::add);
    }
    metDates.sort(null);
    int needed = step.criteriaNeeded(thresholds);
    Optional<LocalDate> attainedOn = metDates.size() >= needed ? Optional.of(metDates.get(needed - 1)) : Optional.empty();
    Set<String> actions = new LinkedHashSet<>();
    if (attainedOn.isEmpty()) {
      for (CriterionResult r : results) {
        if (!r.isMet()) {
          if (r.criterion() == Criterion.REQUIRED_SECTORS) {
            actions.add("bring in the missing sectors: " + String.join(", ", missingSectors()));
          }
          actions.addAll(r.criterion().actions());
          assetMapAction(r.criterion()).ifPresent(actions::add);
        }
      }
    }
    return StepResult.of(step, results, attainedOn, List.copyOf(actions));
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
        return first(criterion, a -> showsChange(a) && !((Attendance) a).residentIds().isEmpty());
      case AGENCIES_SEEN_CHANGE:
        return first(criterion, a -> showsChange(a) && !((Attendance) a).agencyRepresentativeIds().isEmpty());
      case LISTENING_EVENT_HELD:
        return first(criterion, a -> a instanceof ListeningEvent && !((ListeningEvent) a).facilitatorIds().isEmpty()
            && ((ListeningEvent) a).residentTurnout() > 0);
      case RESPONSES_RECORDED:
        return first(criterion, a -> a instanceof ListeningEvent && !((ListeningEvent) a).responses().isEmpty());
      case CONSTITUTION_SIGNED:
        return constitutionSigned();
      case REGULAR_MEETINGS:
        return regularMeetings();
      case VISIBLE_PROGRESS:
        return visibleProgress();
      case AGE_RANGE_ACTIVITIES:
        return ageRanges();
      case SERVICE_CHANGES:
        return first(criterion, a -> a instanceof ServiceChange || agencyRun(a));
      case OWN_VENUE:
        return withAssetDetail(first(criterion, OwnVenueSecured.class::isInstance), AssetKind.BUILDING);
      case NEW_FUNDING:
        return first(criterion, NewFundingSource.class::isInstance);
      case STAFF_EMPLOYED:
        return first(criterion, StaffEmployed.class::isInstance);
      case RESIDENTS_EMPLOYED:
        return residentsEmployed();
      case ACTION_PLAN:
        return withAssetDetail(first(criterion, a -> a instanceof CommunityActionPlan
            && !((CommunityActionPlan) a).measurableOutcomes().isEmpty()), null);
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
   * person. Mapping a building is not securing it: the asset map suggests, it never meets the sign.
   */
  private Optional<String> assetMapAction(Criterion criterion) {
    if (criterion != Criterion.OWN_VENUE && criterion != Criterion.ACTION_PLAN) {
      return Optional.empty();
    }
    List<CommunityAssetMapped> assets = new ArrayList<>();
    for (Activity a : timeline) {
      if (a instanceof CommunityAssetMapped m) {
        assets.add(m);
      }
    }
    if (criterion == Criterion.OWN_VENUE) {
      List<String> buildings = assets.stream().filter(m -> m.kind() == AssetKind.BUILDING).map(Activity::id)
          .collect(Collectors.toList());
      return buildings.isEmpty() ? Optional.empty() : Optional.of("consider the buildings on the asset map as the "
          + "partnership's own venue, such as by community asset transfer: " + String.join(", ", buildings));
    }
    if (assets.isEmpty()) {
      return Optional.empty();
    }
    Map<AssetKind, Long> byKind = assets.stream().collect(Collectors.groupingBy(CommunityAssetMapped::kind,
        () -> new EnumMap<>(AssetKind.class), Collectors.counting()));
    List<String> counts = new ArrayList<>();
    byKind.forEach((k, n) -> counts.add(n + " " + k.code()));
    return Optional.of("build the action plan on the " + assets.size() + " mapped assets (" + String.join(", ", counts)
        + ")");
  }

  /** A step 7 sign with the count of mapped assets (of one kind, or of every kind for null) in its detail. */
  private CriterionResult withAssetDetail(CriterionResult result, AssetKind kind) {
    long mapped = timeline.stream().filter(a -> a instanceof CommunityAssetMapped m && (kind == null || m.kind() == kind))
        .count();
    if (mapped == 0) {
      return result;
    }
    String what = kind == null ? (mapped == 1 ? " asset" : " assets") : mapped == 1 ? " building" : " buildings";
    return CriterionResult.of(result.criterion(), result.metOn(), result.evidence(), mapped + what + " on the asset map");
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
    return first(Criterion.VISIBLE_PROGRESS, a -> !a.date().isBefore(established.get())
        && (a instanceof CelebratedWin || a instanceof Newsletter || a instanceof ServiceChange || agencyRun(a)
            || a instanceof MediaCoverage && ((MediaCoverage) a).positive()));
  }

  /** Step 2: the activities where people see what change looks like. */
  private static boolean showsChange(Activity a) {
    return a instanceof VisionWorkshop || a instanceof ExchangeVisit;
  }

  private static Evidence of(Activity a) {
    return Evidence.of(a.id(), a.type(), a.date());
  }

  private CriterionResult first(Criterion criterion, Predicate<Activity> satisfies) {
    for (Activity a : timeline) {
      if (satisfies.test(a)) {
        return CriterionResult.of(criterion, Optional.of(a.date()), List.of(of(a)), "");
      }
    }
    return CriterionResult.of(criterion, Optional.empty(), List.of(), "");
  }

  private CriterionResult neighbourhoodDefined() {
    if (partnership.neighbourhood().areaCodes().isEmpty() || journey.start().isAfter(asOf)) {
      return CriterionResult.of(Criterion.NEIGHBOURHOOD_DEFINED, Optional.empty(), List.of(), "no areas");
    }
    return CriterionResult.of(Criterion.NEIGHBOURHOOD_DEFINED, Optional.of(journey.start()),
        List.of(Evidence.of(partnership.neighbourhood().id(), Evidence.NEIGHBOURHOOD, journey.start())),
        partnership.neighbourhood().areaCodes().size() + " areas");
  }

  /** The first evidence of each person satisfying a test: activities they took part in, or joining the board. */
  private Map<String, Evidence> firstAppearances(Predicate<Person> counts) {
    Map<String, Evidence> first = new HashMap<>();
    firstNamed.forEach((id, evidence) -> {
      if (counts.test(partnership.person(id).orElseThrow())) {
        first.put(id, evidence);
      }
    });
    for (Membership m : partnership.memberships()) {
      if (!m.joined().isAfter(asOf) && partnership.person(m.personId()).filter(counts).isPresent()) {
        Evidence joined = Evidence.of(m.personId(), Evidence.BOARD_MEMBERSHIP, m.joined());
        first.merge(m.personId(), joined, (x, y) -> y.date().isBefore(x.date()) ? y : x);
      }
    }
    return first;
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
    List<Map.Entry<String, Evidence>> found = new ArrayList<>(
        firstAppearances(p -> p instanceof Resident && ((Resident) p).keyResident()).entrySet());
    found.sort(Comparator.comparing((Map.Entry<String, Evidence> e) -> e.getValue().date()).thenComparing(Map.Entry::getKey));
    String detail = Math.min(found.size(), Math.max(recommended, 1)) + " of " + recommended + " recommended key residents";
    if (found.isEmpty()) {
      return recommended == 0 ? startedOrNot(Criterion.KEY_RESIDENTS, detail)
          : CriterionResult.of(Criterion.KEY_RESIDENTS, Optional.empty(), List.of(), detail);
    }
    List<Evidence> used = found.subList(0, Math.min(found.size(), Math.max(recommended, 1))).stream()
        .map(Map.Entry::getValue).collect(Collectors.toList());
    return CriterionResult.of(Criterion.KEY_RESIDENTS, Optional.of(used.get(0).date()), distinct(used), detail);
  }

  /**
   * Gets the day each key resident of the partnership first appeared in the journey (an activity or
   * joining the board) up to its as-of date, earliest first: what the {@code Journey:KeyResidents}
   * rule counts.
   */
  static List<LocalDate> keyResidentAppearances(Journey journey, LocalDate asOf, RuleThresholds thresholds) {
    return new StepCriteria(journey, asOf, thresholds)
        .firstAppearances(p -> p instanceof Resident && ((Resident) p).keyResident()).values().stream()
        .map(Evidence::date).sorted().collect(Collectors.toList());
  }

  private CriterionResult startedOrNot(Criterion criterion, String detail) {
    Optional<LocalDate> on = journey.start().isAfter(asOf) ? Optional.empty() : Optional.of(journey.start());
    return CriterionResult.of(criterion, on, List.of(), detail);
  }

  private Map<Sector, Evidence> sectorsEngaged() {
    if (sectorsEngaged != null) {
      return sectorsEngaged;
    }
    Map<Sector, Evidence> first = new EnumMap<>(firstAgencyOfSector);
    sectorsEngaged = first;
    firstAppearances(AgencyRepresentative.class::isInstance).forEach((id, e) -> {
      Sector sector = ((AgencyRepresentative) partnership.person(id).orElseThrow()).agency().sector();
      first.merge(sector, e, (x, y) -> y.date().isBefore(x.date()) || y.date().equals(x.date())
          && y.id().compareTo(x.id()) < 0 ? y : x);
    });
    return first;
  }

  private CriterionResult requiredSectors() {
    Map<Sector, Evidence> engaged = sectorsEngaged();
    List<Evidence> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Sector s : Sector.values()) {
      if (!thresholds.requiredSectors().contains(s)) {
        continue;
      }
      if (engaged.containsKey(s)) {
        found.add(engaged.get(s));
      } else {
        missing.add(s.code());
      }
    }
    int required = thresholds.requiredSectors().size();
    String detail = found.size() + " of " + required + " sectors"
        + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing));
    if (!missing.isEmpty()) {
      return CriterionResult.of(Criterion.REQUIRED_SECTORS, Optional.empty(), distinct(found), detail);
    }
    if (found.isEmpty()) {
      return startedOrNot(Criterion.REQUIRED_SECTORS, detail);
    }
    LocalDate last = found.stream().map(Evidence::date).max(Comparator.naturalOrder()).orElseThrow();
    return CriterionResult.of(Criterion.REQUIRED_SECTORS, Optional.of(last), distinct(found), detail);
  }

  private List<String> missingSectors() {
    Map<Sector, Evidence> engaged = sectorsEngaged();
    return EnumSet.allOf(Sector.class).stream()
        .filter(s -> thresholds.requiredSectors().contains(s) && !engaged.containsKey(s))
        .map(Sector::code).collect(Collectors.toList());
  }

  private CriterionResult constitutionSigned() {
    Optional<Evidence> activity = timeline.stream().filter(PartnershipConstituted.class::isInstance)
        .findFirst().map(StepCriteria::of);
    Optional<Evidence> adopted = partnership.constitutionAdopted().filter(d -> !d.isAfter(asOf))
        .map(d -> Evidence.of(partnership.id(), Evidence.CONSTITUTION_ADOPTED, d));
    Optional<Evidence> earliest = activity.isEmpty() ? adopted
        : adopted.isEmpty() || !adopted.get().date().isBefore(activity.get().date()) ? activity : adopted;
    return CriterionResult.of(Criterion.CONSTITUTION_SIGNED, earliest.map(Evidence::date),
        earliest.map(List::of).orElse(List.of()), "");
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
    for (Activity a : timeline) {
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
        List<Evidence> used = meetings.subList(j - needed + 1, j + 1).stream().map(StepCriteria::of)
            .collect(Collectors.toList());
        return CriterionResult.of(Criterion.REGULAR_MEETINGS, Optional.of(meetings.get(j).date()), used,
            needed + " meetings in a row");
      }
    }
    List<Evidence> partial = meetings.subList(runStart, meetings.size()).stream().map(StepCriteria::of)
        .collect(Collectors.toList());
    return CriterionResult.of(Criterion.REGULAR_MEETINGS, Optional.empty(), partial,
        longest + " of " + needed + " meetings in a row");
  }

  private CriterionResult ageRanges() {
    int needed = thresholds.minimumAgeRanges();
    Set<AgeRange> served = EnumSet.noneOf(AgeRange.class);
    List<Evidence> used = new ArrayList<>();
    for (Activity a : timeline) {
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
    for (Activity a : timeline) {
      if (a instanceof StaffEmployed && ((StaffEmployed) a).resident()) {
        residents.putIfAbsent(((StaffEmployed) a).personId().orElse("\u0000" + a.id()), of(a));
        if (residents.size() >= needed) {
          return CriterionResult.of(Criterion.RESIDENTS_EMPLOYED, Optional.of(a.date()),
              List.copyOf(residents.values()), residents.size() + " residents employed");
        }
      }
    }
    return CriterionResult.of(Criterion.RESIDENTS_EMPLOYED, Optional.empty(), List.copyOf(residents.values()),
        residents.size() + " of " + needed + " residents employed");
  }

  private static List<Evidence> distinct(List<Evidence> evidence) {
    Map<String, Evidence> unique = new LinkedHashMap<>();
    evidence.stream().sorted(Comparator.comparing(Evidence::date))
        .forEach(e -> unique.putIfAbsent(e.type() + "\u0000" + e.id(), e));
    return List.copyOf(unique.values());
  }
}
