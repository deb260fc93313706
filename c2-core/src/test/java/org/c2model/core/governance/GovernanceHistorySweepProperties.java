package org.c2model.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.fixtures.Partnerships;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleSet;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * Issue 14: {@link GovernanceHistory#of} sweeps the change dates with running counts; it must give
 * exactly the spans of the plain method, which evaluates the rule set on the whole board of every
 * change date. Small random partnerships here have people who leave and rejoin, sometimes on the
 * day they left and by another route, officers on and off the board, a constitution adopted
 * mid-history, other thresholds and a council's own rule.
 */
class GovernanceHistorySweepProperties {

  private static final LocalDate EPOCH = LocalDate.of(2009, 1, 1);

  @Provide
  Arbitrary<Partnership> partnerships() {
    return Arbitraries.longs().map(GovernanceHistorySweepProperties::partnership);
  }

  /** Up to 12 people, each with up to 3 memberships one after another, and up to 3 terms per office. */
  private static Partnership partnership(long seed) {
    Random random = new Random(seed);
    Partnership.Builder p = Partnership.builder().id("P").name("Generated partnership")
        .neighbourhood(Partnerships.townstalNeighbourhood())
        .constitutionAdopted(random.nextInt(5) == 0 ? Optional.empty()
            : Optional.of(EPOCH.plusDays(random.nextInt(200))));
    List<String> ids = new ArrayList<>();
    int people = random.nextInt(13);
    for (int i = 0; i < people; i++) {
      if (random.nextBoolean()) {
        String id = "R" + i;
        p.addResidents(Resident.builder().id(id).keyResident(random.nextBoolean())
            .existingActivist(random.nextBoolean()).build());
        ids.add(id);
      } else {
        String id = "A" + i;
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        p.addAgencyRepresentatives(AgencyRepresentative.of(id, Partnerships.agency(sector)));
        ids.add(id);
      }
      LocalDate from = EPOCH.plusDays(random.nextInt(100));
      for (int m = random.nextInt(4); m > 0; m--) {
        JoinMethod how = JoinMethod.values()[random.nextInt(JoinMethod.values().length)];
        if (m == 1 && random.nextBoolean()) {
          p.addMemberships(Membership.builder().personId(ids.get(i)).joined(from).joinedBy(how).build());
          break;
        }
        LocalDate to = from.plusDays(1 + random.nextInt(60));
        p.addMemberships(Membership.builder().personId(ids.get(i)).joined(from).left(to).joinedBy(how).build());
        from = to.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(40));
      }
    }
    for (OfficerRole role : OfficerRole.values()) {
      LocalDate start = EPOCH.plusDays(random.nextInt(100));
      for (int t = ids.isEmpty() ? 0 : random.nextInt(4); t > 0; t--) {
        String holder = ids.get(random.nextInt(ids.size()));
        if (t == 1 && random.nextBoolean()) {
          p.addOfficerTerms(OfficerTerm.of(role, holder, start));
          break;
        }
        LocalDate end = start.plusDays(1 + random.nextInt(80));
        p.addOfficerTerms(OfficerTerm.of(role, holder, start, end));
        start = end.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(30));
      }
    }
    return p.build();
  }

  @Provide
  Arbitrary<RuleSet<Board>> ruleSets() {
    Rule<Board> quorum = Rule.of(RuleId.of("Council:Quorum"), "At least 4 members.", (board, t) ->
        board.members().size() >= 4 ? List.of()
            : List.of(Finding.of(RuleId.of("Council:Quorum"), board.constituted() ? Severity.ERROR : Severity.WARNING,
                Path.of("board", "members"), board.date(), "members " + board.members().size() + ", quorum 4")));
    RuleThresholds other = RuleThresholds.builder().from(RuleThresholds.defaults()).minimumKeyResidents(2)
        .requiredSectors(Set.of(Sector.POLICE, Sector.HOUSING)).build();
    return Arbitraries.of(GovernanceRules.standard(), GovernanceRules.standard(other),
        GovernanceRules.standard().with(quorum));
  }

  /** The sweep gives exactly the spans of evaluating the whole board on every change date. */
  @Property(tries = 500)
  void sweepEqualsThePlainEvaluationOnEveryChangeDate(@ForAll("partnerships") Partnership p,
      @ForAll("ruleSets") RuleSet<Board> rules) {
    List<FindingSpan> expected = plainHistory(p, rules);
    Statistics.label("spans").collect(Math.min(expected.size(), 10));
    assertEquals(expected, GovernanceHistory.of(p, rules).spans());
  }

  /**
   * The plain method: the rule set evaluated on {@link Partnership#boardOn} of every change date,
   * each span opened by its first finding and closed when the finding goes or changes severity.
   */
  private static List<FindingSpan> plainHistory(Partnership partnership, RuleSet<Board> rules) {
    record Key(RuleId ruleId, Path path) {}
    record Open(Finding finding, String cause) {}
    Map<Key, Open> open = new LinkedHashMap<>();
    List<FindingSpan> spans = new ArrayList<>();
    Board previous = null;
    for (LocalDate date : partnership.changeDates()) {
      Board board = partnership.boardOn(date);
      String change = previous == null ? "" : changes(previous, board);
      Map<Key, Finding> now = new LinkedHashMap<>();
      rules.evaluate(board, date).findings().forEach(f -> now.putIfAbsent(new Key(f.ruleId(), f.path()), f));
      for (var it = open.entrySet().iterator(); it.hasNext();) {
        var e = it.next();
        Finding still = now.get(e.getKey());
        if (still == null || still.severity() != e.getValue().finding().severity()) {
          spans.add(FindingSpan.of(e.getValue().finding(), e.getValue().cause(), Optional.of(date), change));
          it.remove();
        }
      }
      now.forEach((k, f) -> open.putIfAbsent(k, new Open(f, change)));
      previous = board;
    }
    open.values().forEach(o -> spans.add(FindingSpan.of(o.finding(), o.cause(), Optional.empty(), "")));
    spans.sort(Comparator.comparing(FindingSpan::from).thenComparing(FindingSpan::ruleId)
        .thenComparing(FindingSpan::path));
    return spans;
  }

  /** The changes between two boards, worded as the history words them. */
  private static String changes(Board before, Board after) {
    List<String> changes = new ArrayList<>();
    if (!before.constituted() && after.constituted()) {
      changes.add("the constitution was adopted");
    }
    Set<String> beforeIds = before.members().stream().map(m -> m.person().id()).collect(Collectors.toSet());
    Set<String> afterIds = after.members().stream().map(m -> m.person().id()).collect(Collectors.toSet());
    before.members().stream().map(BoardMember::person).filter(x -> !afterIds.contains(x.id()))
        .forEach(x -> changes.add(x.describe() + " left"));
    after.members().stream().map(BoardMember::person).filter(x -> !beforeIds.contains(x.id()))
        .forEach(x -> changes.add(x.describe() + " joined"));
    for (OfficerRole role : OfficerRole.values()) {
      String was = Optional.ofNullable(before.officers().get(role)).map(Person::id).orElse(null);
      String is = Optional.ofNullable(after.officers().get(role)).map(Person::id).orElse(null);
      if (!Objects.equals(was, is)) {
        changes.add(is == null ? was + " stood down as " + role.code() : is + " became " + role.code());
      }
    }
    return String.join(", ", changes);
  }

  /** Sanity of the generator: it makes the rejoin-on-the-day-they-left case the sweep must get right. */
  @Property(tries = 200)
  void generatorMakesSameDayRejoins(@ForAll("partnerships") Partnership p) {
    Set<String> leaves = new TreeSet<>();
    p.memberships().forEach(m -> m.left().ifPresent(l -> leaves.add(m.personId() + "@" + l)));
    boolean rejoin = p.memberships().stream().anyMatch(m -> leaves.contains(m.personId() + "@" + m.joined()));
    Statistics.label("same-day rejoin").collect(rejoin);
    Statistics.label("same-day rejoin").coverage(c -> c.check(true).percentage(pct -> pct > 5));
  }
}
