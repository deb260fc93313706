package org.c2model.core.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Board;
import org.c2model.core.partnership.BoardMember;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Rule;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleSet;

/**
 * The governance rules evaluated over a partnership's whole history: when each rule started and
 * stopped failing, and which board change caused it (<i>Positively Local</i> sec. 4;
 * {@code docs/c2-model.md} section 4: the rules
 * "hold at every point in time after formalisation: a board change can break the majority, and the
 * library must say so, with the date").
 * <p>
 * The board is evaluated on every day it changed ({@link Partnership#changeDates()}), which sees
 * every state it was ever in. The dates are swept in order with running counts (residents, agency
 * representatives, key residents, sectors, officers), and a member rule is evaluated only for the
 * people whose membership changed that day, so the standard rules cost {@code O(n log n)} in the
 * number of memberships and terms, 300,000 members included. A council's own rule, which reads a
 * whole {@link Board}, is evaluated on the board rebuilt on each change date ({@code O(members)}
 * each); the results are those of evaluating the rule set on {@link Partnership#boardOn} of every
 * change date.
 *
 * <pre>{@code
 * GovernanceHistory history = GovernanceHistory.of(partnership);
 * System.out.println(history);
 * // 2010-03-01 to (still failing) ERROR Governance:ResidentMajority at /board/members:
 * //   residents 5, agency representatives 6: ... (when resident R7 left)
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GovernanceHistory {

  private final List<FindingSpan> spans;

  private GovernanceHistory(List<FindingSpan> spans) {
    this.spans = spans;
  }

  /**
   * Evaluates the standard governance rules over a partnership's history.
   *
   * @param partnership  the partnership, not null
   * @return the history, not null
   */
  public static GovernanceHistory of(Partnership partnership) {
    return of(partnership, GovernanceRules.standard());
  }

  /**
   * Evaluates a rule set over a partnership's history.
   *
   * @param partnership  the partnership, not null
   * @param rules  the rules, such as the standard ones plus a council's own, not null
   * @return the history, not null
   */
  public static GovernanceHistory of(Partnership partnership, RuleSet<Board> rules) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(rules, "rules");
    List<StandardRule> boardWide = new ArrayList<>();
    List<StandardRule> perMember = new ArrayList<>();
    List<Rule<Board>> others = new ArrayList<>();
    for (Rule<Board> rule : rules.rules()) {
      if (rule instanceof StandardRule s) {
        (s.perMember() ? perMember : boardWide).add(s);
      } else {
        others.add(rule);
      }
    }
    RuleSet<Board> otherRules = others.isEmpty() ? null : RuleSet.of(others, rules.thresholds());
    Sweep sweep = new Sweep(partnership);
    Spans spans = new Spans();
    for (Map.Entry<LocalDate, List<Change>> day : sweep.changesByDate().entrySet()) {
      LocalDate date = day.getKey();
      List<String> touched = sweep.apply(date, day.getValue());
      String change = sweep.describe();
      for (StandardRule rule : boardWide) {
        spans.update(rule.id(), rule.evaluate(sweep, rules.thresholds()), date, change);
      }
      for (StandardRule rule : perMember) {
        for (String personId : touched) {
          BoardMember member = sweep.members.get(personId);
          spans.update(rule.id(), personId, member == null ? null : rule.evaluate(member, date), date, change);
        }
      }
      if (otherRules != null) {
        List<Finding> found = otherRules.evaluate(sweep.board(), date).findings();
        for (Rule<Board> rule : others) {
          spans.update(rule.id(), found.stream().filter(f -> f.ruleId().equals(rule.id())).toList(), date, change);
        }
      }
    }
    return new GovernanceHistory(spans.finish());
  }

  /** A dated change of the board: a membership or officer term starting or ending. */
  private record Change(boolean starts, Membership membership, OfficerTerm term) {}

  /**
   * The spans as they open and close: the findings open on the last date, by rule and key (the
   * path for a board-wide rule, the person for a member rule).
   */
  private static final class Spans {
    private record Open(Finding finding, String cause) {}

    private final Map<RuleId, Map<Object, Open>> open = new HashMap<>();
    private final List<FindingSpan> closed = new ArrayList<>();

    /** A board-wide rule's findings on a date: every open span of the rule is checked. */
    void update(RuleId ruleId, List<Finding> findings, LocalDate date, String change) {
      Map<Object, Finding> now = new LinkedHashMap<>();
      findings.forEach(f -> now.putIfAbsent(f.path(), f));
      Map<Object, Open> ofRule = open.computeIfAbsent(ruleId, k -> new HashMap<>());
      for (Object path : List.copyOf(ofRule.keySet())) {
        if (!now.containsKey(path)) {
          close(ofRule, path, date, change);
        }
      }
      now.forEach((path, f) -> update(ruleId, path, f, date, change));
    }

    /** One key's finding on a date, null if none: the key's span closes, opens or goes on. */
    void update(RuleId ruleId, Object key, Finding finding, LocalDate date, String change) {
      Map<Object, Open> ofRule = open.computeIfAbsent(ruleId, k -> new HashMap<>());
      Open was = ofRule.get(key);
      if (was != null && (finding == null || finding.severity() != was.finding().severity())) {
        close(ofRule, key, date, change);
        was = null;
      }
      if (was == null && finding != null) {
        ofRule.put(key, new Open(finding, change));
      }
    }

    private void close(Map<Object, Open> ofRule, Object key, LocalDate date, String change) {
      Open was = ofRule.remove(key);
      closed.add(FindingSpan.of(was.finding(), was.cause(), Optional.of(date), change));
    }

    List<FindingSpan> finish() {
      List<FindingSpan> spans = new ArrayList<>(closed);
      open.values().forEach(ofRule -> ofRule.values()
          .forEach(o -> spans.add(FindingSpan.of(o.finding(), o.cause(), Optional.empty(), ""))));
      spans.sort(Comparator.comparing(FindingSpan::from).thenComparing(FindingSpan::ruleId)
          .thenComparing(FindingSpan::path));
      return List.copyOf(spans);
    }
  }

  /**
   * The board swept through its change dates, kept as running counts: each membership and term is
   * applied twice (start and end), so the whole history costs {@code O(n log n)}.
   */
  private static final class Sweep implements BoardState {
    private final Partnership partnership;
    private final Map<String, BoardMember> members = new HashMap<>();
    private final Map<OfficerRole, Person> officers = new EnumMap<>(OfficerRole.class);
    private final int[] sectors = new int[Sector.values().length];
    private LocalDate date;
    private boolean constituted;
    private int residents;
    private int agencyRepresentatives;
    private int keyResidents;
    // what the last date changed, for describe()
    private boolean first = true;
    private boolean wasConstituted;
    private final Map<String, Boolean> wasMember = new TreeMap<>();
    private final Map<OfficerRole, Person> wasOfficers = new EnumMap<>(OfficerRole.class);

    Sweep(Partnership partnership) {
      this.partnership = partnership;
    }

    /** Every change date, ascending, with its changes; the adoption of the constitution has none. */
    SortedMap<LocalDate, List<Change>> changesByDate() {
      SortedMap<LocalDate, List<Change>> changes = new TreeMap<>();
      partnership.constitutionAdopted().ifPresent(d -> changes.put(d, new ArrayList<>()));
      for (Membership m : partnership.memberships()) {
        changes.computeIfAbsent(m.joined(), d -> new ArrayList<>()).add(new Change(true, m, null));
        m.left().ifPresent(d -> changes.computeIfAbsent(d, k -> new ArrayList<>()).add(new Change(false, m, null)));
      }
      for (OfficerTerm t : partnership.officerTerms()) {
        changes.computeIfAbsent(t.start(), d -> new ArrayList<>()).add(new Change(true, null, t));
        t.end().ifPresent(d -> changes.computeIfAbsent(d, k -> new ArrayList<>()).add(new Change(false, null, t)));
      }
      return changes;
    }

    /**
     * Moves the board to a change date: ends first, then starts (spells are half-open).
     *
     * @return the ids of the people whose membership changed, ascending
     */
    List<String> apply(LocalDate day, List<Change> changes) {
      first = date == null;
      wasConstituted = constituted;
      wasMember.clear();
      wasOfficers.clear();
      wasOfficers.putAll(officers);
      for (Change c : changes) {
        if (c.membership() != null) {
          wasMember.putIfAbsent(c.membership().personId(), members.containsKey(c.membership().personId()));
        }
      }
      for (Change c : changes) {
        if (!c.starts()) {
          if (c.membership() != null) {
            count(members.remove(c.membership().personId()).person(), -1);
          } else {
            officers.remove(c.term().role());
          }
        }
      }
      for (Change c : changes) {
        if (c.starts()) {
          if (c.membership() != null) {
            Person person = partnership.person(c.membership().personId()).orElseThrow();
            members.put(person.id(), BoardMember.of(person, c.membership()));
            count(person, 1);
          } else {
            officers.put(c.term().role(), partnership.person(c.term().personId()).orElseThrow());
          }
        }
      }
      date = day;
      constituted = partnership.constitutionAdopted().map(c -> !day.isBefore(c)).orElse(false);
      return List.copyOf(wasMember.keySet());
    }

    private void count(Person person, int delta) {
      if (person instanceof Resident r) {
        residents += delta;
        keyResidents += r.keyResident() ? delta : 0;
      } else if (person instanceof AgencyRepresentative a) {
        agencyRepresentatives += delta;
        sectors[a.agency().sector().ordinal()] += delta;
      }
    }

    /** The changes of the last date: the constitution, who left, who joined (by id), the offices. */
    String describe() {
      if (first) {
        return "";
      }
      List<String> changes = new ArrayList<>();
      if (!wasConstituted && constituted) {
        changes.add("the constitution was adopted");
      }
      wasMember.forEach((id, was) -> {
        if (was && !members.containsKey(id)) {
          changes.add(partnership.person(id).orElseThrow().describe() + " left");
        }
      });
      wasMember.forEach((id, was) -> {
        if (!was && members.containsKey(id)) {
          changes.add(partnership.person(id).orElseThrow().describe() + " joined");
        }
      });
      for (OfficerRole role : OfficerRole.values()) {
        String wasId = Optional.ofNullable(wasOfficers.get(role)).map(Person::id).orElse(null);
        String isId = Optional.ofNullable(officers.get(role)).map(Person::id).orElse(null);
        if (!Objects.equals(wasId, isId)) {
          changes.add(isId == null ? wasId + " stood down as " + role.code() : isId + " became " + role.code());
        }
      }
      return String.join(", ", changes);
    }

    /** The whole board, for rules other than the standard ones ({@code O(members)}). */
    Board board() {
      return Board.builder().date(date).constituted(constituted)
          .members(new TreeMap<>(members).values()).officers(officers).build();
    }

    @Override
    public LocalDate date() {
      return date;
    }

    @Override
    public boolean constituted() {
      return constituted;
    }

    @Override
    public boolean hasMembers() {
      return !members.isEmpty();
    }

    @Override
    public int residents() {
      return residents;
    }

    @Override
    public int agencyRepresentatives() {
      return agencyRepresentatives;
    }

    @Override
    public int keyResidents() {
      return keyResidents;
    }

    @Override
    public boolean sectorPresent(Sector sector) {
      return sectors[sector.ordinal()] > 0;
    }

    @Override
    public Map<OfficerRole, Person> officers() {
      return officers;
    }

    @Override
    public boolean isMember(String personId) {
      return members.containsKey(personId);
    }
  }

  /**
   * Gets every span during which a rule failed, ordered by start date, rule id and path.
   *
   * @return the spans, not null
   */
  public List<FindingSpan> spans() {
    return spans;
  }

  /**
   * Gets the spans of one rule.
   *
   * @param ruleId  the rule id, not null
   * @return the spans, not null
   */
  public List<FindingSpan> spans(RuleId ruleId) {
    return spans.stream().filter(s -> s.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /**
   * Gets the spans failing on a day.
   *
   * @param date  the day, not null
   * @return the spans covering the day, not null
   */
  public List<FindingSpan> failingOn(LocalDate date) {
    return spans.stream().filter(s -> s.covers(date)).collect(Collectors.toList());
  }

  /**
   * Returns one line per span, or {@code no governance findings}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return spans.isEmpty() ? "no governance findings"
        : spans.stream().map(FindingSpan::toString).collect(Collectors.joining("\n"));
  }
}
