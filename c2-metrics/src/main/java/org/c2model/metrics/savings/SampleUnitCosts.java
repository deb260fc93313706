package org.c2model.metrics.savings;

import java.util.List;
import org.c2model.core.Money;

/**
 * The rows of {@link UnitCostTable#sample()}, written as code so that c2-metrics reads no file:
 * one fiscal cost (for domestic violence, one per agency) for each costable Table 2 indicator the
 * GMCA Unit Cost Database v1.4 covers (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md}
 * section 5), in their original, mixed price years. Source: GMCA Unit Cost Database v1.4, New
 * Economy / GMCA Research, open with attribution, as parsed in charlescoverdale/econstack-data
 * {@code parameters/uk/gmca-unit-costs-full.json} at commit 2331d2e; each row's code is in its source.
 * <strong>An example only: users replace it with their own unit costs.</strong>
 */
final class SampleUnitCosts {

  private static final String SOURCE = "GMCA Unit Cost Database v1.4 (New Economy/GMCA Research; open with attribution) as parsed in charlescoverdale/econstack-data parameters/uk/gmca-unit-costs-full.json @2331d2e code ";

  private SampleUnitCosts() {}

  static List<UnitCost> costs() {
    return List.of(
        cost("ae-visits", "109.00", "per attendance", "2011/12", AgencyCode.NHS, "HE4.0", "A&E attendance, all scenarios"),
        cost("alcohol-admissions", "1542.00", "per admission", "2013/14", AgencyCode.NHS, "HE7.0.2", "proxy: average non-elective admission (the database has no alcohol-specific admission cost)"),
        cost("cardiovascular-admissions", "4614.00", "per admission", "2010/11", AgencyCode.NHS, "HE7.1", "CVD event needing a surgical procedure (weighted average); overstates admissions without surgery"),
        cost("teenage-conceptions", "486.00", "per conception", "2013/14", AgencyCode.NHS, "HE7.12", "proxy: medical termination under 14 weeks (no teenage-pregnancy cost in v1.4)"),
        cost("post-natal-depression", "249.00", "per case", "2013/14", AgencyCode.NHS, "HE19.1", "proxy: one course of six face-to-face CBT sessions"),
        cost("gp-visits-anxiety-depression", "38.00", "per consultation", "2013/14", AgencyCode.NHS, "HE20.2", "GP face-to-face consultation"),
        cost("asthma", "880.00", "per episode", "2013/14", AgencyCode.NHS, "HE7.6", "asthma, average cost per episode"),
        cost("asb-incidents", "35.00", "per incident", "2002/03", AgencyCode.POLICE, "CR1.1", "no further action (simple police reporting); CR1.0 gives 500 where further action is needed"),
        cost("criminal-damage", "91.00", "per incident", "2010/11", AgencyCode.POLICE, "CR8.12.1", "personal criminal damage, cost to the police only"),
        cost("burglary", "683.00", "per incident", "2010/11", AgencyCode.POLICE, "CR8.7.1", "burglary in a dwelling, cost to the police only"),
        cost("vehicle-crime", "237.00", "per incident", "2010/11", AgencyCode.POLICE, "CR8.9",
            "theft of a vehicle; booked to the police, who bear it first, like every other crime here "
                + "(criminal_justice means the system beyond the police); the database does not split the "
                + "police share out of this total"),
        cost("domestic-violence", "1171.00", "per incident", "2008/09", AgencyCode.NHS, "CR2.0.1", "health share of CR2.0 (total 2470)"),
        cost("domestic-violence", "581.00", "per incident", "2008/09", AgencyCode.CRIMINAL_JUSTICE, "CR2.0.2", "criminal justice system excluding police, share of CR2.0"),
        cost("domestic-violence", "415.00", "per incident", "2008/09", AgencyCode.POLICE, "CR2.0.3", "police share of CR2.0"),
        cost("domestic-violence", "193.00", "per incident", "2008/09", AgencyCode.of("childrens_services"), "CR2.0.4", "local authority children's social services share of CR2.0"),
        cost("domestic-violence", "110.00", "per incident", "2008/09", AgencyCode.of("housing"), "CR2.0.5", "local authority housing services share of CR2.0"),
        cost("fire-callouts", "3120.00", "per incident", "2008/09", AgencyCode.FIRE_AND_RESCUE, "FI2.1", "average response cost for arson; false alarms cost less"),
        cost("school-absence", "706.00", "per persistently absent pupil per year", "2005/06", AgencyCode.LOCAL_AUTHORITY, "E&S1.0.1", "alternative education for a persistent truant"),
        cost("school-exclusions", "7181.00", "per permanently excluded pupil per year", "2005/06", AgencyCode.LOCAL_AUTHORITY, "E&S2.0.1", "alternative provision such as a pupil referral unit"),
        cost("new-cjs-entrants", "3152.00", "per first-time entrant (first year)", "2008/09", AgencyCode.CRIMINAL_JUSTICE, "CR4.0", "youth offender under 18, first year after the offence"),
        cost("child-protection-referrals", "117.00", "per referral", "2009/10", AgencyCode.of("childrens_services"), "SS6.2", "children's social care referral"),
        cost("benefit-claimants", "9234.00", "per claimant entering work per year", "2012/13", AgencyCode.DWP, "E&E1.0.1", "Jobseeker's Allowance: fiscal benefit of a claimant entering work, benefit payments"));
  }

  private static UnitCost cost(String indicatorId, String gbp, String unit, String priceYear, AgencyCode agency,
      String code, String note) {
    return UnitCost.builder().indicatorId(indicatorId).cost(Money.gbp(gbp)).unit(unit)
        .priceYear(PriceYear.parse(priceYear)).agency(agency).valueType(ValueType.FISCAL).source(SOURCE + code)
        .note(note).build();
  }
}
