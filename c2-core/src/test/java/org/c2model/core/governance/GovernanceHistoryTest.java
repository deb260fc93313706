package org.c2model.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.fixtures.Partnerships;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.junit.jupiter.api.Test;

class GovernanceHistoryTest {

  private static final LocalDate MARCH = LocalDate.of(2010, 3, 1);

  /**
   * Townstal-like 7 residents to 5 agencies; on 1 March 2010 resident R7 leaves and a fire service
   * representative joins (6 to 6: majority lost); on 1 September 2010 that representative leaves.
   */
  private static Partnership majorityLostInMarch() {
    Partnership full = Partnerships.townstalLike();
    return Partnership.builder().from(full)
        .memberships(full.memberships().stream().map(m -> m.personId().equals("R7")
            ? Membership.of(m.personId(), m.joined(), MARCH) : m).toList())
        .addAgencyRepresentatives(AgencyRepresentative.of("A6", Partnerships.agency(Sector.FIRE_AND_RESCUE)))
        .addMemberships(Membership.of("A6", MARCH, LocalDate.of(2010, 9, 1)))
        .build();
  }

  @Test
  void of_dateAndCauseOfTheMajorityLost() {
    GovernanceHistory history = GovernanceHistory.of(majorityLostInMarch());
    List<FindingSpan> spans = history.spans(GovernanceRules.RESIDENT_MAJORITY);
    assertEquals(1, spans.size(), history::toString);
    FindingSpan span = spans.get(0);
    assertEquals(MARCH, span.from());
    assertEquals(Optional.of(LocalDate.of(2010, 9, 1)), span.until());
    assertEquals(Severity.ERROR, span.finding().severity());
    assertEquals("6", span.finding().args().get("residents"));
    assertEquals("6", span.finding().args().get("agencyRepresentatives"));
    assertTrue(span.cause().contains("resident R7 left")
        && span.cause().contains("agency representative A6 (fire_and_rescue) joined"), span.cause());
    assertTrue(span.resolvedBy().contains("A6 (fire_and_rescue) left"), span.resolvedBy());
    assertTrue(history.toString().startsWith("2010-03-01 to 2010-09-01 ERROR Governance:ResidentMajority"),
        history::toString);
  }

  @Test
  void failingOn_onlyInsideTheSpan() {
    GovernanceHistory history = GovernanceHistory.of(majorityLostInMarch());
    assertEquals(List.of(), history.failingOn(LocalDate.of(2010, 2, 28)));
    assertEquals(1, history.failingOn(MARCH).size());
    assertEquals(List.of(), history.failingOn(LocalDate.of(2010, 9, 1)));
  }

  /**
   * Issue 14: the history of a 300,000-member partnership (residents and agency representatives of
   * every sector joining and leaving over eight years, some appointed or co-opted, officers coming
   * and going) is built by the sweep; evaluating the board on every one of its ~3,000 change dates
   * would take hundreds of millions of member visits. The result agrees with a direct evaluation on
   * sampled days. (Speed is measured in c2-bench, {@code GovernanceHistoryBenchmark}.)
   */
  @Test
  void of_300000Members_agreesWithDirectEvaluationOnSampledDays() {
    Partnership p = largePartnership(300_000, 42);
    assertEquals(300_000, p.memberships().size());
    GovernanceHistory history = GovernanceHistory.of(p);
    assertTrue(history.spans().size() > 1_000, () -> history.spans().size() + " spans");
    List<LocalDate> days = new ArrayList<>(p.changeDates());
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 12; i++) {
      LocalDate day = days.get(random.nextInt(days.size()));
      assertEquals(keys(GovernanceRules.evaluate(p, day).findings()),
          history.failingOn(day).stream().map(s -> s.ruleId() + " " + s.path()).collect(Collectors.toSet()),
          "on " + day);
    }
  }

  private static Set<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toSet());
  }

  /**
   * A partnership of {@code members} people, each with one membership; about half residents (some
   * key residents, some activists), half agency representatives, so the majority comes and goes.
   *
   * @param members  the number of people and memberships
   * @param seed  the random seed
   * @return the partnership
   */
  static Partnership largePartnership(int members, long seed) {
    java.util.Random random = new java.util.Random(seed);
    LocalDate epoch = LocalDate.of(2009, 1, 1);
    Partnership.Builder p = Partnership.builder().id("P-LARGE").name("Large partnership")
        .neighbourhood(Partnerships.townstalNeighbourhood()).constitutionAdopted(epoch.plusDays(400));
    List<String> ids = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      String id;
      if (random.nextBoolean()) {
        id = "R" + i;
        p.addResidents(Resident.builder().id(id).keyResident(random.nextInt(10) == 0)
            .existingActivist(random.nextInt(4) == 0).build());
      } else {
        id = "A" + i;
        p.addAgencyRepresentatives(AgencyRepresentative.of(id,
            Partnerships.agency(Sector.values()[random.nextInt(Sector.values().length)])));
      }
      ids.add(id);
      LocalDate joined = epoch.plusDays(random.nextInt(2_900));
      Membership.Builder m = Membership.builder().personId(id).joined(joined)
          .joinedBy(JoinMethod.values()[random.nextInt(20) == 0 ? 1 : random.nextInt(20) == 0 ? 2 : 0]);
      if (random.nextInt(4) != 0) {
        m.left(joined.plusDays(1 + random.nextInt(900)));
      }
      p.addMemberships(m.build());
    }
    for (OfficerRole role : OfficerRole.values()) {
      LocalDate start = epoch.plusDays(random.nextInt(100));
      for (int t = 0; t < 20; t++) {
        LocalDate end = start.plusDays(1 + random.nextInt(150));
        p.addOfficerTerms(OfficerTerm.of(role, ids.get(random.nextInt(ids.size())), start, end));
        start = end.plusDays(random.nextInt(20));
      }
    }
    return p.build();
  }

  @Test
  void of_townstalLikeHasNoFindings() {
    assertEquals("no governance findings", GovernanceHistory.of(Partnerships.townstalLike()).toString());
  }
}
