package org.c2model.metrics.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 6: an agency code means one thing everywhere. Every police-recorded crime's single
 * cost goes to the police (vehicle crime included); {@code criminal_justice} is the system beyond the
 * police, so no row booked to it may claim to include the police; a split cost names each agency's part.
 */
class AgencyMappingTest {

  @Test
  void sample_everyPoliceRecordedCrimeIsBookedToThePolice() {
    for (String id : List.of("asb-incidents", "criminal-damage", "burglary", "vehicle-crime")) {
      List<UnitCost> rows = UnitCostTable.sample().forIndicator(id);
      assertEquals(1, rows.size(), id);
      assertEquals(AgencyCode.POLICE, rows.get(0).agency(), id);
    }
  }

  @Test
  void sample_criminalJusticeRowsNeverIncludeThePoliceAndSplitsNameEachPart() {
    for (UnitCost c : UnitCostTable.sample().costs()) {
      String note = c.note().orElse("");
      if (c.agency().equals(AgencyCode.CRIMINAL_JUSTICE)) {
        assertTrue(!note.contains("including the police"), c::toString);
      }
    }
    List<UnitCost> dv = UnitCostTable.sample().forIndicator("domestic-violence");
    assertEquals(5, dv.stream().map(UnitCost::agency).distinct().count(), "each agency's share on its own row");
    assertTrue(dv.stream().allMatch(c -> c.note().orElse("").contains("share")), dv::toString);
  }
}
