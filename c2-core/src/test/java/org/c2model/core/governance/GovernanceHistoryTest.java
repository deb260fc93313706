package org.c2model.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.fixtures.Partnerships;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Sector;
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

  @Test
  void of_townstalLikeHasNoFindings() {
    assertEquals("no governance findings", GovernanceHistory.of(Partnerships.townstalLike()).toString());
  }
}
