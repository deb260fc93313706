package org.c2model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.c2model.core.Money;
import org.c2model.core.fixtures.JourneyArbitraries;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.AgeRange;
import org.c2model.core.journey.CelebratedWin;
import org.c2model.core.journey.CommunityActionPlan;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.ConnectingWorkshop;
import org.c2model.core.journey.ExchangeVisit;
import org.c2model.core.journey.FollowUpEvent;
import org.c2model.core.journey.InvitationMethod;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.ListeningEvent;
import org.c2model.core.journey.MeasurableOutcome;
import org.c2model.core.journey.MediaCoverage;
import org.c2model.core.journey.NeighbourhoodWalkabout;
import org.c2model.core.journey.NewFundingSource;
import org.c2model.core.journey.Newsletter;
import org.c2model.core.journey.OwnVenueSecured;
import org.c2model.core.journey.Introduction;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ScopingVisit;
import org.c2model.core.journey.StaffEmployed;
import org.c2model.core.journey.SurveyItem;
import org.c2model.core.journey.SurveyMeasure;
import org.c2model.core.journey.VisionWorkshop;
import org.c2model.core.listening.Question;
import org.c2model.core.listening.RankedBallot;
import org.c2model.core.listening.RankedBallots;
import org.c2model.core.listening.Response;
import org.c2model.core.outcome.Horizon;
import org.c2model.core.outcome.Improvement;
import org.c2model.core.outcome.IndicatorCatalogue;
import org.c2model.core.outcome.IndicatorGroup;
import org.c2model.core.outcome.IntermediateOutcome;
import org.c2model.core.outcome.LongTermIndicator;
import org.c2model.core.outcome.MeasureType;
import org.c2model.core.outcome.OutcomeLink;
import org.c2model.core.outcome.OutcomesFramework;
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
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.JourneyRules;
import org.c2model.core.step.StepAssessment;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.NetworkAnalysis;
import org.c2model.metrics.network.WeakConnectorThresholds;
import org.c2model.metrics.network.WeakConnectors;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.savings.ValueType;

/**
 * Generators of <em>valid</em> c2 domain objects, built through the public factories and builders
 * only, for round-trip, schema and fuzz tests here and in other modules.
 * <p>
 * Text values mix ASCII, control characters, characters JSON must escape ({@code "}, {@code \},
 * {@code /}), Latin and CJK letters; dates run from 2000 to 2029; partnerships have up to ten
 * people, non-overlapping memberships and one holder per office at a time. Journeys are c2-core's
 * generated Townstal journeys ({@code JourneyArbitraries}, every activity type) with optional facts
 * filled in at random, so that every property of every activity is written and read. Add a
 * generator to {@link #forKind(DocumentKind)} with every new document kind: a test fails until you do.
 */
public final class DomainArbitraries {

  private DomainArbitraries() {}

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  /**
   * Gets a generator of the documents of a kind.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @return the generator, not null
   * @throws IllegalArgumentException for a kind without a generator
   */
  @SuppressWarnings("unchecked") // each entry's generator produces the kind's type
  public static <T> Arbitrary<T> forKind(DocumentKind<T> kind) {
    Map<DocumentKind<?>, Arbitrary<?>> table = Map.ofEntries(
        Map.entry(DocumentKind.NEIGHBOURHOOD, neighbourhoods()),
        Map.entry(DocumentKind.PARTNERSHIP, partnerships()),
        Map.entry(DocumentKind.RULE_THRESHOLDS, ruleThresholds()),
        Map.entry(DocumentKind.FINDINGS, ruleReports()),
        Map.entry(DocumentKind.JOURNEY, journeys()),
        Map.entry(DocumentKind.STEP_ASSESSMENT, stepAssessments()),
        Map.entry(DocumentKind.INDICATOR_CATALOGUE, indicatorCatalogues()),
        Map.entry(DocumentKind.OUTCOMES_FRAMEWORK, outcomesFrameworks()),
        Map.entry(DocumentKind.UNIT_COST_TABLE, unitCostTables()),
        Map.entry(DocumentKind.WEAK_CONNECTORS, weakConnectors()),
        Map.entry(DocumentKind.EVALUATION_REPORT, evaluationReports()),
        Map.entry(DocumentKind.REPORT_CHANGES, reportChanges()));
    Arbitrary<?> a = table.get(kind);
    if (a == null) {
      throw new IllegalArgumentException("no generator for document kind " + kind);
    }
    return (Arbitrary<T>) a;
  }

  /**
   * Gets a generator of documents of every kind, in about equal shares.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Object> documents() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      all.add(forKind(kind).map(Object.class::cast));
    }
    return Arbitraries.oneOf(all);
  }

  /**
   * Gets a generator of documents of every readable kind, in about equal shares.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Object> readableDocuments() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      if (kind.isReadable()) {
        all.add(forKind(kind).map(Object.class::cast));
      }
    }
    return Arbitraries.oneOf(all);
  }

  /**
   * Gets a generator of non-blank text, including characters JSON escapes.
   *
   * @return the generator, not null
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(' ', '"', '\\', '/', '~', '\n', '\t', '\u0001', '\u001f', '\u007f', '\u00e9', '\u00a0', '\u65e5', '\u20ac')
        .ofMinLength(1).ofMaxLength(16)
        .filter(s -> !s.isBlank());
  }

  /**
   * Gets a generator of dates from 2000 to 2029.
   *
   * @return the generator, not null
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 30).map(EPOCH::plusDays);
  }

  /**
   * Gets a generator of GSS area codes of several types and countries.
   *
   * @return the generator, not null
   */
  public static Arbitrary<AreaCode> areaCodes() {
    return Combinators.combine(Arbitraries.of("E00", "E01", "E02", "E05", "W01", "S01", "E06"),
        Arbitraries.integers().between(0, 999_999))
        .as((prefix, n) -> AreaCode.of(prefix + String.format("%06d", n)));
  }

  /**
   * Gets a generator of neighbourhoods.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Neighbourhood> neighbourhoods() {
    return Combinators.combine(texts(), texts(), areaCodes().list().uniqueElements().ofMaxSize(5),
        Arbitraries.integers().between(1, Integer.MAX_VALUE).optional())
        .as((id, name, codes, population) -> Neighbourhood.builder().id(id).name(name)
            .addAllAreaCodes(codes).population(population).build());
  }

  /**
   * Gets a generator of agencies.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Agency> agencies() {
    return Combinators.combine(texts(), texts(), Arbitraries.of(Sector.class)).as(Agency::of);
  }

  /**
   * Gets a generator of partnerships with a consistent board history: people with unique ids,
   * memberships and officer terms that name them, no overlapping memberships of one person and one
   * holder per office at a time.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Partnership> partnerships() {
    Arbitrary<List<String>> ids = texts().list().uniqueElements().ofMaxSize(10);
    Arbitrary<List<Agency>> agencyPool = agencies().list().uniqueElements(Agency::id).ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(texts(), texts(), neighbourhoods(), dates().optional(), ids, agencyPool,
        Arbitraries.randomValue(r -> r.nextLong()))
        .as((id, name, hood, adopted, personIds, agencies, seed) ->
            partnership(id, name, hood, adopted, personIds, agencies, new Random(seed)));
  }

  private static Partnership partnership(String id, String name, Neighbourhood hood, Optional<LocalDate> adopted,
      List<String> personIds, List<Agency> agencies, Random r) {
    Partnership.Builder b = Partnership.builder().id(id).name(name).neighbourhood(hood).constitutionAdopted(adopted);
    for (String personId : personIds) {
      if (r.nextInt(3) > 0) {
        b.addResidents(Resident.builder().id(personId)
            .displayName(r.nextBoolean() ? Optional.of("Name of " + personId) : Optional.empty())
            .keyResident(r.nextBoolean()).existingActivist(r.nextInt(4) == 0).electedMember(r.nextInt(5) == 0)
            .build());
      } else {
        b.addAgencyRepresentatives(AgencyRepresentative.builder().id(personId)
            .agency(agencies.get(r.nextInt(agencies.size())))
            .displayName(r.nextBoolean() ? Optional.of("Officer " + personId) : Optional.empty())
            .build());
      }
      LocalDate at = date(r);
      int spells = r.nextInt(3);
      for (int s = 0; s < spells; s++) {
        Membership.Builder m = Membership.builder().personId(personId).joined(at)
            .joinedBy(JoinMethod.values()[r.nextInt(JoinMethod.values().length)]);
        boolean open = s == spells - 1 && r.nextBoolean();
        if (open) {
          b.addMemberships(m.build());
        } else {
          LocalDate left = at.plusDays(1 + r.nextInt(900));
          b.addMemberships(m.left(left).build());
          at = left.plusDays(r.nextInt(200));
        }
      }
    }
    if (!personIds.isEmpty()) {
      for (OfficerRole role : OfficerRole.values()) {
        LocalDate at = date(r);
        int terms = r.nextInt(3);
        for (int t = 0; t < terms; t++) {
          String holder = personIds.get(r.nextInt(personIds.size()));
          if (t == terms - 1 && r.nextBoolean()) {
            b.addOfficerTerms(OfficerTerm.of(role, holder, at));
          } else {
            LocalDate end = at.plusDays(1 + r.nextInt(1200));
            b.addOfficerTerms(OfficerTerm.of(role, holder, at, end));
            at = end.plusDays(r.nextInt(100));
          }
        }
      }
    }
    return b.build();
  }

  private static LocalDate date(Random r) {
    return EPOCH.plusDays(r.nextInt(365 * 20));
  }

  /**
   * Gets a generator of rule thresholds, the defaults among them, and empty sector sets.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleThresholds> ruleThresholds() {
    Arbitrary<Integer> atLeastOne = Arbitraries.integers().between(1, Integer.MAX_VALUE);
    Arbitrary<Integer> atLeastZero = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    // Every attribute of RuleThresholds: a threshold left out here could be dropped by the codec unnoticed.
    Arbitrary<Tuple.Tuple5<Integer, Set<Sector>, Integer, Integer, Integer>> step1to3 = Combinators.combine(
        atLeastZero, Arbitraries.of(Sector.class).set().ofMaxSize(Sector.values().length), atLeastZero, atLeastZero,
        atLeastOne).as(Tuple::of);
    Arbitrary<RuleThresholds> custom = Combinators.combine(step1to3, atLeastOne, atLeastOne, atLeastOne, atLeastOne,
        Arbitraries.integers().between(1, 5), atLeastOne)
        .as((t, gap, meetings, months, ages, signs, employed) -> RuleThresholds.builder()
            .minimumKeyResidents(t.get1())
            .requiredSectors(t.get2().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(t.get2()))
            .minimumListeningTurnout(t.get3()).followUpDeadlineDays(t.get4()).topPriorities(t.get5())
            .maximumMeetingGapDays(gap).consolidationMeetings(meetings).momentumMonths(months).minimumAgeRanges(ages)
            .minimumMaturitySigns(signs).minimumResidentsEmployed(employed).build());
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(RuleThresholds.defaults())),
        Tuple.of(5, custom));
  }

  /**
   * Gets a generator of rule ids of the form {@code Namespace:Name}.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleId> ruleIds() {
    return Combinators.combine(Arbitraries.of("Governance", "Timing", "Steps", "Council7"),
        Arbitraries.of("ResidentMajority", "ResidentOfficers", "Quorum", "X"))
        .as((ns, name) -> RuleId.of(ns + ":" + name));
  }

  /**
   * Gets a generator of JSON Pointer paths, including segments that need escaping.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Path> paths() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.of("board", "members", "officers", "chair", "memberships", "0", "12", "a/b", "x~y", ""),
        texts());
    return segment.list().ofMaxSize(4).map(s -> Path.of(s.toArray(new String[0])));
  }

  /**
   * Gets a generator of findings, with message arguments.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Finding> findings() {
    Arbitrary<Map<String, String>> args = Combinators.combine(
        Arbitraries.of("residents", "agencyRepresentatives", "count", "limit", "ruleCount").list().uniqueElements().ofMaxSize(3),
        texts().list().ofSize(3))
        .as((keys, values) -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), values.get(i));
          }
          return m;
        });
    return Combinators.combine(ruleIds(), Arbitraries.of(Severity.class), paths(), dates(), texts(), args)
        .as((id, severity, path, date, message, a) -> Finding.builder().ruleId(id).severity(severity).path(path)
            .date(date).message(message).putAllArgs(a).build());
  }

  /**
   * Gets a generator of rule reports of up to eight findings.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleReport> ruleReports() {
    return findings().list().ofMaxSize(8).map(RuleReport::of);
  }

  // ---------------------------------------------------------------- money and journeys

  /**
   * Gets a generator of money: amounts from zero with up to four decimals, in four currencies.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Money> money() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000_000_000L), Arbitraries.integers().between(0, 4),
        Arbitraries.of("GBP", "EUR", "USD", "JPY"))
        .as((unscaled, scale, currency) -> Money.of(BigDecimal.valueOf(unscaled, scale), Currency.getInstance(currency)));
  }

  private static Money money(Random r) {
    String[] currencies = {"GBP", "EUR", "USD", "JPY"};
    return Money.of(BigDecimal.valueOf((long) r.nextInt(Integer.MAX_VALUE) * r.nextInt(1000), r.nextInt(5)),
        Currency.getInstance(currencies[r.nextInt(currencies.length)]));
  }

  /** Texts that JSON must escape or that are not ASCII, for the facts filled in. */
  private static final String[] ODD = {"east \"side\"", "back\\slash / slash", "tab\there", "\u65e5\u672c caf\u00e9",
      "line\nbreak", "\u0001 control", "plain"};

  /**
   * Gets a generator of journeys of every activity type, with optional facts filled in at random:
   * ranked ballots, responses without a theme, non-sterling money with odd scales, end dates and so on.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Journey> journeys() {
    return Combinators.combine(JourneyArbitraries.seeds(), Arbitraries.longs())
        .as((seeds, extra) -> enrich(JourneyArbitraries.journey(seeds), new Random(extra)));
  }

  private static Journey enrich(Journey journey, Random r) {
    List<Activity> activities = new ArrayList<>();
    LocalDate last = journey.start();
    for (Activity a : journey.activities()) {
      activities.add(r.nextBoolean() ? enrich(a, r) : a);
      last = a.date().isAfter(last) ? a.date() : last;
    }
    Journey.Builder b = Journey.builder().from(journey).activities(activities);
    if (r.nextBoolean()) {
      // The same people and areas under other ids and names: the documents then name another
      // partnership and neighbourhood.
      Partnership p = journey.partnership();
      String suffix = "-" + r.nextInt(100);
      b.partnership(Partnership.builder().from(p).id(p.id() + suffix).name(ODD[r.nextInt(ODD.length)])
          .neighbourhood(Neighbourhood.builder().from(p.neighbourhood()).id(p.neighbourhood().id() + suffix)
              .name(ODD[r.nextInt(ODD.length)]).build())
          .build());
    }
    if (r.nextInt(3) == 0) {
      b.end(last.plusDays(r.nextInt(30)));
    }
    return b.build();
  }

  private static Activity enrich(Activity a, Random r) {
    String odd = ODD[r.nextInt(ODD.length)];
    String resident = String.format("R%02d", 1 + r.nextInt(9));
    String representative = String.format("A%02d", 1 + r.nextInt(26));
    if (a instanceof NeighbourhoodWalkabout w) {
      return NeighbourhoodWalkabout.builder().from(w).area(odd).build();
    } else if (a instanceof ConnectingWorkshop w) {
      return ConnectingWorkshop.builder().from(w).venue(odd).build();
    } else if (a instanceof ExchangeVisit v) {
      return ExchangeVisit.builder().from(v).site(odd).build();
    } else if (a instanceof MediaCoverage m) {
      return MediaCoverage.builder().from(m).outlet(odd).build();
    } else if (a instanceof OwnVenueSecured v) {
      return OwnVenueSecured.builder().from(v).venue(odd).build();
    } else if (a instanceof ScopingVisit v) {
      return ScopingVisit.builder().from(v).meeting(odd).build();
    } else if (a instanceof VisionWorkshop w) {
      return VisionWorkshop.builder().from(w).addSpeakerSites(odd).build();
    } else if (a instanceof ListeningEvent e) {
      ListeningEvent.Builder b = ListeningEvent.builder().from(e).venue(odd)
          .addInvitationMethods(InvitationMethod.values()[r.nextInt(InvitationMethod.values().length)])
          .addResponses(Response.of("extra", Question.WHAT_IS_GOOD, odd));
      if (!e.residentIds().contains(resident)) {
        b.addResidentIds(resident);
      }
      if (r.nextBoolean()) {
        List<RankedBallot> ballots = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          ballots.add(RankedBallot.of(r.nextBoolean() ? List.of("theme1", odd) : List.of(odd)));
        }
        b.prioritisation(RankedBallots.of(ballots));
      }
      return b.build();
    } else if (a instanceof FollowUpEvent f) {
      return FollowUpEvent.builder().from(f).residentTurnout(r.nextInt(200)).addResidentIds(resident)
          .addAgencyRepresentativeIds(representative).build();
    } else if (a instanceof PartnershipMeeting m) {
      PartnershipMeeting.Builder b = PartnershipMeeting.builder().from(m).publicAttendance(r.nextInt(90));
      if (m.channel() == MeetingChannel.ONLINE) {
        b.views(r.nextInt(100_000)).questionsAsked(r.nextInt(40));
      }
      return b.build();
    } else if (a instanceof Newsletter n) {
      return Newsletter.builder().from(n).copies(r.nextInt(5000)).build();
    } else if (a instanceof CelebratedWin w) {
      return CelebratedWin.builder().from(w).description(odd)
          .amount(r.nextBoolean() ? Optional.empty() : Optional.of(money(r))).build();
    } else if (a instanceof ResidentActivity ra) {
      return ResidentActivity.builder().from(ra).addAgeRanges(AgeRange.values()[r.nextInt(AgeRange.values().length)])
          .participants(r.nextInt(300)).build();
    } else if (a instanceof NewFundingSource f) {
      LocalDate from = f.date().plusDays(r.nextInt(60));
      return NewFundingSource.builder().from(f).funder(odd).amount(money(r)).periodStart(from)
          .periodEnd(from.plusDays(r.nextInt(1000))).build();
    } else if (a instanceof StaffEmployed s && s.personId().isEmpty()) {
      return StaffEmployed.builder().from(s).personId(representative).build();
    } else if (a instanceof CommunityActionPlan p) {
      return CommunityActionPlan.builder().from(p).addMeasurableOutcomes(MeasurableOutcome.builder()
          .description(odd).indicatorId("burglary").targetDate(p.date().plusYears(1)).build()).build();
    } else if (a instanceof CommunitySurvey survey) {
      return CommunitySurvey.builder().from(survey).addItems(SurveyItem.builder().measure(SurveyMeasure.OTHER)
          .wording(odd).respondents(40).positive(r.nextInt(41)).approximate(r.nextBoolean()).build()).build();
    } else if (a instanceof Introduction i && i.introducerId().isEmpty()
        && !i.introducedIds().contains(representative)) {
      return Introduction.builder().from(i).introducerId(representative).build();
    } else if (a instanceof CommunityAssetMapped m) {
      return CommunityAssetMapped.builder().from(m).personId(resident).description(odd).build();
    }
    return a;
  }

  /**
   * Gets a generator of step assessments: generated journeys assessed on generated dates.
   *
   * @return the generator, not null
   */
  public static Arbitrary<StepAssessment> stepAssessments() {
    return Combinators.combine(journeys(), JourneyArbitraries.assessmentDates()).as(JourneyRules::assess);
  }

  // ---------------------------------------------------------------- outcomes and unit costs

  private static Arbitrary<String> hyphenatedIds() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8)
        .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
  }

  /**
   * Gets a generator of long-term indicators, some with a Fingertips id and police.uk category.
   *
   * @return the generator, not null
   */
  public static Arbitrary<LongTermIndicator> longTermIndicators() {
    return Combinators.combine(hyphenatedIds(), texts(), Arbitraries.of(IndicatorGroup.class),
        Arbitraries.of(MeasureType.class), Arbitraries.of(Improvement.class), Arbitraries.of(Horizon.class),
        Arbitraries.integers().between(1, Integer.MAX_VALUE).optional(), texts().optional())
        .as((id, name, group, measure, improvement, horizon, fingertips, police) -> LongTermIndicator.builder()
            .id(id).name(name).group(group).measureType(measure).improvement(improvement).horizon(horizon)
            .fingertipsId(fingertips).policeUkCategory(police).build());
  }

  /**
   * Gets a generator of indicator catalogues: the standard one, and up to eight generated indicators.
   *
   * @return the generator, not null
   */
  public static Arbitrary<IndicatorCatalogue> indicatorCatalogues() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(IndicatorCatalogue.standard())),
        Tuple.of(6, longTermIndicators().list().uniqueElements(LongTermIndicator::id).ofMaxSize(8)
            .map(IndicatorCatalogue::of)));
  }

  /**
   * Gets a generator of outcomes frameworks: the standard one, and generated catalogues with links
   * from random outcomes to their indicators, each pair once.
   *
   * @return the generator, not null
   */
  public static Arbitrary<OutcomesFramework> outcomesFrameworks() {
    Arbitrary<OutcomesFramework> generated = Combinators.combine(indicatorCatalogues(), texts(),
        Arbitraries.randomValue(r -> r.nextLong()))
        .as((catalogue, rationale, seed) -> {
          Random r = new Random(seed);
          List<OutcomeLink> links = new ArrayList<>();
          Set<String> pairs = new HashSet<>();
          for (int i = catalogue.indicators().isEmpty() ? 0 : r.nextInt(10); i > 0; i--) {
            IntermediateOutcome outcome = IntermediateOutcome.values()[r.nextInt(IntermediateOutcome.values().length)];
            String id = catalogue.ids().get(r.nextInt(catalogue.ids().size()));
            if (pairs.add(outcome + id)) {
              links.add(OutcomeLink.of(outcome, id, rationale));
            }
          }
          return OutcomesFramework.of(catalogue, links);
        });
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(OutcomesFramework.standard())), Tuple.of(6, generated));
  }

  /**
   * Gets a generator of unit costs in any currency and price year.
   *
   * @return the generator, not null
   */
  public static Arbitrary<UnitCost> unitCosts() {
    return Combinators.combine(hyphenatedIds(), money(), texts(), Arbitraries.integers().between(1900, 2999),
        hyphenatedIds().map(id -> id.replace('-', '_')), Arbitraries.of(ValueType.class), texts(), texts().optional())
        .as((indicator, cost, unit, year, agency, valueType, source, note) -> UnitCost.builder().indicatorId(indicator)
            .cost(cost).unit(unit).priceYear(PriceYear.of(year)).agency(AgencyCode.of(agency)).valueType(valueType)
            .source(source).note(note).build());
  }

  /**
   * Gets a generator of unit-cost tables: c2-metrics' sample, and up to eight generated costs.
   *
   * @return the generator, not null
   */
  public static Arbitrary<UnitCostTable> unitCostTables() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(UnitCostTable.sample())),
        Tuple.of(6, unitCosts().list().uniqueElements(c -> List.of(c.indicatorId(), c.agency(), c.valueType()))
            .ofMaxSize(8).map(UnitCostTable::of)));
  }

  // ---------------------------------------------------------------- reports of c2-metrics

  /**
   * Gets a generator of weak-connector reports: the networks of generated journeys on generated
   * dates, with thresholds from "nobody depends on one person" to "everyone does".
   *
   * @return the generator, not null
   */
  public static Arbitrary<WeakConnectors> weakConnectors() {
    Arbitrary<WeakConnectorThresholds> thresholds = Combinators.combine(
        Arbitraries.of(0.0, 0.02, 0.1, 0.25, 1.0), Arbitraries.integers().between(0, 12),
        Arbitraries.of(0.0, 0.5, 0.9, 1.0), Arbitraries.of(0.0, 1.0, 2.0, 3.5))
        .as((share, count, quantile, multiple) -> WeakConnectorThresholds.builder().singlePersonShare(share)
            .candidatesPerAffiliation(count).betweennessQuantile(quantile).betweennessMedianMultiple(multiple).build());
    return Combinators.combine(journeys(), JourneyArbitraries.assessmentDates(), thresholds)
        .as((journey, date, t) -> WeakConnectors.of(NetworkAnalysis.of(CommunityNetwork.fromJourney(journey, date), date), t));
  }

  /**
   * Gets a generator of the changes between two evaluations of a generated journey on two generated
   * dates, either way round (so steps attained and lapsed, failures started and ended both occur).
   *
   * @return the generator, not null
   */
  public static Arbitrary<ReportChanges> reportChanges() {
    return Combinators.combine(journeys(), JourneyArbitraries.assessmentDates(), JourneyArbitraries.assessmentDates())
        .as((journey, d1, d2) -> ReportChanges.between(
            Evaluation.builder().journey(journey).asOf(d1.isBefore(journey.start()) ? journey.start() : d1).build().run(),
            Evaluation.builder().journey(journey).asOf(d2.isBefore(journey.start()) ? journey.start() : d2).build().run()));
  }

  /**
   * Gets a generator of evaluation reports: generated journeys evaluated on generated dates, without
   * indicator data or with a generated observation set, a comparator, unit costs and an investment
   * ({@link Evaluations#evaluate}).
   *
   * @return the generator, not null
   */
  public static Arbitrary<EvaluationReport> evaluationReports() {
    return Combinators.combine(journeys(), JourneyArbitraries.assessmentDates(),
        Arbitraries.longs()).as(Evaluations::evaluate);
  }
}
