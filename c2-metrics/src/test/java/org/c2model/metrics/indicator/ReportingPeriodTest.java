package org.c2model.metrics.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void parse_readsMonthQuarterAndYear() {
    ReportingPeriod m = ReportingPeriod.parse("2009-04");
    assertEquals(LocalDate.of(2009, 4, 1), m.start());
    assertEquals(LocalDate.of(2009, 5, 1), m.end());
    ReportingPeriod q = ReportingPeriod.parse("2009-Q2");
    assertEquals(LocalDate.of(2009, 4, 1), q.start());
    assertEquals(LocalDate.of(2009, 7, 1), q.end());
    assertEquals(ReportingPeriod.Granularity.YEAR, ReportingPeriod.parse("2009").granularity());
    assertEquals("2009-Q2", q.toString());
    assertTrue(m.overlaps(q));
    assertFalse(m.overlaps(ReportingPeriod.parse("2009-05")));
    assertTrue(m.compareTo(q) < 0);
  }

  @Test
  void containing_givesThePeriodOfEachGranularityHoldingTheDate() {
    LocalDate may = LocalDate.of(2009, 5, 14);
    assertEquals(ReportingPeriod.parse("2009-05"), ReportingPeriod.containing(may, ReportingPeriod.Granularity.MONTH));
    assertEquals(ReportingPeriod.parse("2009-Q2"), ReportingPeriod.containing(may, ReportingPeriod.Granularity.QUARTER));
    assertEquals(ReportingPeriod.parse("2009"), ReportingPeriod.containing(may, ReportingPeriod.Granularity.YEAR));
    assertEquals(ReportingPeriod.parse("2009-Q4"),
        ReportingPeriod.containing(LocalDate.of(2009, 12, 31), ReportingPeriod.Granularity.QUARTER));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportingPeriod.containing(LocalDate.of(10000, 1, 1), ReportingPeriod.Granularity.YEAR));
    assertTrue(e.getMessage().contains("year") && e.getMessage().contains("10000"), e.getMessage());
  }

  @Test
  void parse_rejectsOtherForms() {
    for (String bad : new String[] {"2009-13", "2009-Q5", "09", "2009/10", "April 2009"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad.substring(0, 2)), e.getMessage());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingPeriod.parse("2009-00"));
    assertEquals("period", e.field().orElseThrow());
    assertEquals("'2009-00'", e.invalidValue().orElseThrow());
  }

  @Test
  void studyWindow_monthsBeforeAndAfterConstitution() {
    LocalDate constituted = LocalDate.of(2009, 6, 1);
    assertEquals("2008-06-01/2009-06-01", StudyWindow.monthsBefore(constituted, 12).toString());
    assertEquals("2010-06-01/2011-06-01", StudyWindow.monthsAfter(constituted, 13, 24).toString());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StudyWindow.monthsAfter(constituted, 13, 12));
    assertEquals("lastMonth", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> StudyWindow.of(constituted, constituted));
  }
}
