package org.c2model.bench.json;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.c2model.core.governance.GovernanceHistory;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: the governance history of a partnership ({@link GovernanceHistory#of(Partnership)}) is
 * built in {@code O(n log n)}, by a sweep over the change dates with running counts, rather than by
 * evaluating every member on every change date. The partnership has {@code members} people, each
 * with one membership spread over eight years (about 3,000 change dates), every fourth still
 * sitting, one in ten appointed or co-opted, and 20 terms of each office. Peers in the same run,
 * one thread each:
 * <ul>
 *   <li>{@code history}: the whole history, every change date;</li>
 *   <li>{@code oneDay}: {@link GovernanceRules#evaluate} on one day, the cost the plain method paid
 *       on each of the change dates. The history should cost a few of these, not thousands.</li>
 * </ul>
 * Run: {@code java -jar c2-bench/target/benchmarks.jar GovernanceHistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class GovernanceHistoryBenchmark {

  private static final LocalDate FIRST_DAY = LocalDate.of(2009, 6, 1);
  private static final int DAYS = 2_900;

  /** The number of people, each with one board membership. */
  @Param("300000")
  public int members;

  private Partnership partnership;
  private LocalDate middle;

  /** Builds the partnership. */
  @Setup(Level.Trial)
  public void setUp() {
    partnership = partnership(members);
    middle = FIRST_DAY.plusDays(DAYS / 2);
    System.out.printf("%npartnership: %,d memberships, %,d change dates%n",
        partnership.memberships().size(), partnership.changeDates().size());
  }

  /**
   * Builds a partnership: person {@code i} joins on a day spread by a multiplicative hash, and
   * residents and agency representatives alternate in runs so the resident majority comes and goes.
   *
   * @param members  the number of people
   * @return the partnership
   */
  static Partnership partnership(int members) {
    Partnership.Builder p = Partnership.builder().id("P-BENCH").name("Benchmark partnership")
        .neighbourhood(Neighbourhood.of("N-BENCH", "Benchmark estate", "E01020136"))
        .constitutionAdopted(FIRST_DAY.plusDays(365));
    Sector[] sectors = Sector.values();
    for (int i = 0; i < members; i++) {
      long hash = (i * 2_654_435_761L) & 0xffff_ffffL;
      String id = id(i);
      if (id.startsWith("R")) {
        p.addResidents(Resident.builder().id(id).keyResident(i % 11 == 0).existingActivist(i % 13 == 0).build());
      } else {
        Sector sector = sectors[i % sectors.length];
        p.addAgencyRepresentatives(AgencyRepresentative.of(id,
            Agency.of("AG-" + sector.code(), sector.code() + " agency", sector)));
      }
      LocalDate joined = FIRST_DAY.plusDays(hash % DAYS);
      Membership.Builder m = Membership.builder().personId(id).joined(joined)
          .joinedBy(i % 20 == 1 ? JoinMethod.APPOINTED : i % 20 == 2 ? JoinMethod.CO_OPTED : JoinMethod.SELF_SELECTED);
      if (i % 4 != 0) {
        m.left(joined.plusDays(1 + (hash >>> 8) % 900));
      }
      p.addMemberships(m.build());
    }
    for (OfficerRole role : OfficerRole.values()) {
      LocalDate start = FIRST_DAY.plusDays(role.ordinal() * 10L);
      for (int t = 0; t < 20; t++) {
        LocalDate end = start.plusDays(120 + 7L * t);
        p.addOfficerTerms(OfficerTerm.of(role, id((t * 7_919 + role.ordinal()) % members), start, end));
        start = end.plusDays(t % 4);
      }
    }
    return p.build();
  }

  /** Person {@code i}: residents and agency representatives alternate in runs of seven. */
  private static String id(int i) {
    return ((i / 7) % 2 == 0 || i % 5 == 0 ? "R" : "A") + i;
  }

  /**
   * The governance history of the whole partnership.
   *
   * @return the history
   */
  @Benchmark
  public GovernanceHistory history() {
    return GovernanceHistory.of(partnership);
  }

  /**
   * The standard rules evaluated on one day's board.
   *
   * @return the report
   */
  @Benchmark
  public RuleReport oneDay() {
    return GovernanceRules.evaluate(partnership, middle);
  }
}
