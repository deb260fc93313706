package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.c2model.core.Money;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.AvoidedEvents;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.SavingsAppraisal;
import org.c2model.metrics.savings.SavingsEstimate;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.UnitCostTable;
import org.c2model.metrics.savings.ValueType;

/**
 * The two attributes an evaluation report never varies, since {@code Evaluation} fixes them, round
 * trip through their codecs when an appraisal sets them: {@code AvoidedEvents.firstYear} (an
 * evaluation always starts in year 1) and {@code SavingsEstimate.warnings} (an evaluation leaves out
 * the indicators without a unit cost, which are what warn). The generator coverage test lists them
 * as covered here.
 */
class SavingsEstimateRoundTripProperties {

  private static final ObjectMapper MAPPER = C2Json.newMapper();
  private static final PriceYear YEAR = PriceYear.parse("2013/14");

  @Property(tries = 60)
  void anEstimateWithAnyFirstYearAndWarningsReadsBackEqual(@ForAll @IntRange(min = 0, max = 6) int firstYear,
      @ForAll @IntRange(min = 0, max = 4) int length, @ForAll @IntRange(min = 1, max = 3) int uncosted)
      throws IOException {
    UnitCost cost = UnitCost.builder().indicatorId("burglary").cost(Money.of(new BigDecimal("3000.00"), Money.GBP))
        .unit("per incident").priceYear(YEAR).agency(AgencyCode.POLICE).valueType(ValueType.FISCAL).source("test")
        .build();
    SavingsAppraisal.Builder appraisal = SavingsAppraisal.builder().priceYear(YEAR)
        .unitCosts(UnitCostTable.of(List.of(cost)))
        .addAvoidedEvents(AvoidedEvents.of("burglary", new BigDecimal("2.5"), firstYear, firstYear + length));
    for (int i = 0; i < uncosted; i++) {
      appraisal.addAvoidedEvents(AvoidedEvents.of("uncosted-" + i, BigDecimal.ONE, firstYear, firstYear + length));
    }
    SavingsEstimate estimate = appraisal.build().evaluate();
    assertEquals(uncosted, estimate.warnings().size());

    String json = MAPPER.writeValueAsString(estimate);
    SavingsEstimate back = MAPPER.readValue(json, SavingsEstimate.class);

    assertEquals(estimate, back);
    assertEquals(firstYear, back.appraisal().avoidedEvents().get(0).firstYear());
    assertFalse(back.warnings().isEmpty());
  }
}
