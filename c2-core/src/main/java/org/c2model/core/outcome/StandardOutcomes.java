package org.c2model.core.outcome;

import static org.c2model.core.outcome.Horizon.ONE_TO_THREE_YEARS;
import static org.c2model.core.outcome.Horizon.THREE_TO_FIVE_YEARS;
import static org.c2model.core.outcome.Horizon.WITHIN_A_YEAR;
import static org.c2model.core.outcome.Improvement.HIGHER_IS_BETTER;
import static org.c2model.core.outcome.Improvement.LOWER_IS_BETTER;
import static org.c2model.core.outcome.Improvement.AMBIGUOUS;
import static org.c2model.core.outcome.IndicatorGroup.COSTABLE_ENVIRONMENTAL;
import static org.c2model.core.outcome.IndicatorGroup.COST_TRIGGERING;
import static org.c2model.core.outcome.IndicatorGroup.DIRECTLY_COSTABLE;
import static org.c2model.core.outcome.IndicatorGroup.HEALTH_CORRELATED;
import static org.c2model.core.outcome.IndicatorGroup.OTHER_HEALTH;
import static org.c2model.core.outcome.IndicatorGroup.OTHER_NEIGHBOURHOOD_CHANGE;
import static org.c2model.core.outcome.IntermediateOutcome.COMMUNITY_ORGANISATION;
import static org.c2model.core.outcome.IntermediateOutcome.RESIDENT_ACTIVITIES;
import static org.c2model.core.outcome.IntermediateOutcome.SERVICE_CHANGES;
import static org.c2model.core.outcome.MeasureType.COUNT;
import static org.c2model.core.outcome.MeasureType.CRUDE_RATE;
import static org.c2model.core.outcome.MeasureType.PREVALENCE;
import static org.c2model.core.outcome.MeasureType.PROPORTION;

import java.util.List;

/**
 * The standard catalogue (Table 2 of the paper, <i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5) and c2's standard
 * outcome links, as data.
 * <p>
 * Fingertips ids come from {@code docs/reference-data.md}, which names the source of each;
 * rows it marks "not found" (A&amp;E, anxiety, child protection, free school meals) have none, and
 * neither do rows whose nearest Fingertips indicator measures something else (cardiovascular
 * admissions: only coronary heart disease ratios; GP visits for anxiety/depression: only QOF
 * depression prevalence). police.uk categories come from {@code docs/reference-data.md}; domestic
 * violence is not one.
 */
final class StandardOutcomes {

  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.of(List.of(
      // Health, directly costable
      indicator("ae-visits", "A&E visits", DIRECTLY_COSTABLE, COUNT, LOWER_IS_BETTER, THREE_TO_FIVE_YEARS),
      fingertips(indicator("alcohol-admissions", "Alcohol-related emergency admissions", DIRECTLY_COSTABLE,
          CRUDE_RATE, LOWER_IS_BETTER, THREE_TO_FIVE_YEARS), 91414),
      indicator("cardiovascular-admissions", "Admissions for cardiovascular/circulatory disease",
          DIRECTLY_COSTABLE, CRUDE_RATE, LOWER_IS_BETTER, THREE_TO_FIVE_YEARS),
      // Health, costable with strong environmental causality
      fingertips(indicator("teenage-conceptions", "Teenage conception", COSTABLE_ENVIRONMENTAL, CRUDE_RATE,
          LOWER_IS_BETTER, THREE_TO_FIVE_YEARS), 20401),
      fingertips(indicator("post-natal-depression", "Post-natal depression", COSTABLE_ENVIRONMENTAL, PREVALENCE,
          LOWER_IS_BETTER, THREE_TO_FIVE_YEARS), 94103),
      indicator("gp-visits-anxiety-depression", "GP visits for anxiety/depression", COSTABLE_ENVIRONMENTAL,
          COUNT, LOWER_IS_BETTER, THREE_TO_FIVE_YEARS),
      fingertips(indicator("asthma", "Asthma levels", COSTABLE_ENVIRONMENTAL, PREVALENCE, LOWER_IS_BETTER,
          THREE_TO_FIVE_YEARS), 90933),
      fingertips(indicator("diabetes", "Diabetes levels", COSTABLE_ENVIRONMENTAL, PREVALENCE, LOWER_IS_BETTER,
          THREE_TO_FIVE_YEARS), 241),
      fingertips(indicator("vaccination-uptake", "Vaccination uptake", COSTABLE_ENVIRONMENTAL, PROPORTION,
          HIGHER_IS_BETTER, THREE_TO_FIVE_YEARS), 30309),
      // Health, other
      fingertips(indicator("breastfeeding-6-weeks", "Breastfeeding at 6 weeks", OTHER_HEALTH, PROPORTION,
          HIGHER_IS_BETTER, THREE_TO_FIVE_YEARS), 92517),
      fingertips(indicator("smoking-prevalence", "Prevalence of smoking", OTHER_HEALTH, PREVALENCE,
          LOWER_IS_BETTER, THREE_TO_FIVE_YEARS), 92443),
      fingertips(indicator("childhood-obesity", "Childhood obesity (measured through schools)", OTHER_HEALTH,
          PREVALENCE, LOWER_IS_BETTER, THREE_TO_FIVE_YEARS), 90323),
      // Non-health, strongly health-correlated
      police(indicator("asb-incidents", "Anti-social behaviour (incidents, police call-outs, housing-provider data)",
          HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER, WITHIN_A_YEAR), "anti-social-behaviour"),
      police(indicator("criminal-damage", "Crime: criminal damage", HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER,
          WITHIN_A_YEAR), "criminal-damage-arson"),
      police(indicator("burglary", "Crime: burglary", HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER, WITHIN_A_YEAR),
          "burglary"),
      police(indicator("vehicle-crime", "Crime: vehicle crime", HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER,
          WITHIN_A_YEAR), "vehicle-crime"),
      // Ambiguous: recorded drug offences and domestic violence often rise as trust in the police grows.
      police(indicator("drug-offences", "Crime: drug offences", HEALTH_CORRELATED, COUNT, AMBIGUOUS,
          WITHIN_A_YEAR), "drugs"),
      indicator("domestic-violence", "Crime: domestic violence", HEALTH_CORRELATED, COUNT, AMBIGUOUS,
          WITHIN_A_YEAR),
      indicator("fire-callouts", "Fire service call-outs (arson, false alarms)", HEALTH_CORRELATED, COUNT,
          LOWER_IS_BETTER, WITHIN_A_YEAR),
      fingertips(indicator("school-absence", "School absenteeism", HEALTH_CORRELATED, PROPORTION, LOWER_IS_BETTER,
          THREE_TO_FIVE_YEARS), 10301),
      indicator("school-exclusions", "School exclusion", HEALTH_CORRELATED, COUNT, LOWER_IS_BETTER,
          THREE_TO_FIVE_YEARS),
      // Non-health, may trigger health and non-health costs
      fingertips(indicator("new-cjs-entrants", "New individuals entering the criminal justice system",
          COST_TRIGGERING, COUNT, LOWER_IS_BETTER, ONE_TO_THREE_YEARS), 10401),
      indicator("child-protection-referrals", "Child protection referrals", COST_TRIGGERING, COUNT,
          LOWER_IS_BETTER, ONE_TO_THREE_YEARS),
      // Non-health, other indicators of neighbourhood change
      indicator("educational-attainment", "Educational attainment", OTHER_NEIGHBOURHOOD_CHANGE, PROPORTION,
          HIGHER_IS_BETTER, THREE_TO_FIVE_YEARS),
      indicator("free-school-meals", "Eligibility for free school meals", OTHER_NEIGHBOURHOOD_CHANGE, PROPORTION,
          LOWER_IS_BETTER, ONE_TO_THREE_YEARS),
      indicator("benefit-claimants", "Unemployment / benefit claimant numbers", OTHER_NEIGHBOURHOOD_CHANGE, COUNT,
          LOWER_IS_BETTER, ONE_TO_THREE_YEARS),
      indicator("parent-attendance", "Parent attendance at school events", OTHER_NEIGHBOURHOOD_CHANGE, PROPORTION,
          HIGHER_IS_BETTER, THREE_TO_FIVE_YEARS)));

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.of(CATALOGUE, List.of(
      // 1. Changes to services and service delivery
      link(SERVICE_CHANGES, "ae-visits", "Health services on the estate (Beacon Care Centre; an NHS dentist one day "
          + "a week at Townstal) treat people before they need A&E."),
      link(SERVICE_CHANGES, "alcohol-admissions", "Binge drinking was a Townstal top-five priority; services "
          + "that respond to it locally prevent emergency admissions."),
      link(SERVICE_CHANGES, "cardiovascular-admissions", "NHS health trainers and local GP access reach people "
          + "at risk earlier."),
      link(SERVICE_CHANGES, "teenage-conceptions", "A young people's sexual health service (Beacon) and PSHE in "
          + "schools; Beacon reported no teenage pregnancies in 2004."),
      link(SERVICE_CHANGES, "post-natal-depression", "On-site health advice and health visitors working with "
          + "residents; Beacon's post-natal depression fell 77%."),
      link(SERVICE_CHANGES, "gp-visits-anxiety-depression", "Services that listen and respond reduce the stress "
          + "that brings people to the GP."),
      link(SERVICE_CHANGES, "asthma", "Housing improvements (heating, insulation at Beacon) remove a cause; "
          + "Beacon's asthma incidence halved."),
      link(SERVICE_CHANGES, "diabetes", "NHS health trainers and local GP access support prevention and "
          + "management."),
      link(SERVICE_CHANGES, "vaccination-uptake", "Health services delivered locally and tailored to the "
          + "neighbourhood are easier to take up."),
      link(SERVICE_CHANGES, "breastfeeding-6-weeks", "On-site health advice; Beacon's breastfeeding rates "
          + "rose 50%."),
      link(SERVICE_CHANGES, "smoking-prevalence", "NHS health trainers and local stop-smoking support."),
      link(SERVICE_CHANGES, "childhood-obesity", "Schools taking part in health promotion."),
      link(SERVICE_CHANGES, "asb-incidents", "Police and the housing provider deploy differently (new "
          + "security entrances and caretakers at Townstal); crime fell within the first year."),
      link(SERVICE_CHANGES, "criminal-damage", "Caretakers and quicker repairs by the housing provider."),
      link(SERVICE_CHANGES, "burglary", "New security entrances from the housing provider (Townstal)."),
      link(SERVICE_CHANGES, "vehicle-crime", "Policing deployed to the neighbourhood's own priorities."),
      link(SERVICE_CHANGES, "drug-offences", "Drugs were a Townstal top-five priority; police and services "
          + "respond to it."),
      link(SERVICE_CHANGES, "domestic-violence", "Local legal advice clinics and services people trust; "
          + "reports may rise at first as trust grows."),
      link(SERVICE_CHANGES, "school-absence", "Schools engaged with the partnership (PSHE lessons about "
          + "community at Townstal)."),
      link(SERVICE_CHANGES, "school-exclusions", "Schools and youth services (Connexions kept at Townstal) "
          + "working with families."),
      link(SERVICE_CHANGES, "child-protection-referrals", "A children's centre and family support working "
          + "with the partnership catch problems earlier."),
      link(SERVICE_CHANGES, "educational-attainment", "On-site training and school engagement; Beacon boys' "
          + "SATS results improved."),
      link(SERVICE_CHANGES, "free-school-meals", "On-site training and employment support raise family "
          + "incomes; Beacon's unemployment fell 71%."),
      link(SERVICE_CHANGES, "benefit-claimants", "On-site training, life-skills and IT courses; Beacon's "
          + "unemployment fell 71%."),
      // 2. Community organisation, networks and social capital
      link(COMMUNITY_ORGANISATION, "asb-incidents", "Neighbours who know each other exercise informal social "
          + "control."),
      link(COMMUNITY_ORGANISATION, "criminal-damage", "Pride in a place residents feel they own."),
      link(COMMUNITY_ORGANISATION, "vehicle-crime", "Residents who watch out for each other."),
      link(COMMUNITY_ORGANISATION, "domestic-violence", "Networks through which victims find support."),
      link(COMMUNITY_ORGANISATION, "post-natal-depression", "Belonging and support networks reduce isolation "
          + "of new mothers."),
      link(COMMUNITY_ORGANISATION, "gp-visits-anxiety-depression", "Belonging and the sense of influence over "
          + "decisions reduce anxiety."),
      link(COMMUNITY_ORGANISATION, "new-cjs-entrants", "Young people connected to adults and to the community."),
      link(COMMUNITY_ORGANISATION, "child-protection-referrals", "Families supported by neighbours before a "
          + "crisis."),
      link(COMMUNITY_ORGANISATION, "parent-attendance", "Parents networked with each other and with the "
          + "school."),
      // 3. Activities and initiatives organised by residents
      link(RESIDENT_ACTIVITIES, "asb-incidents", "Activities for young people (police-run football, Camborne's "
          + "TR14ers dance team)."),
      link(RESIDENT_ACTIVITIES, "criminal-damage", "Young people occupied and valued."),
      link(RESIDENT_ACTIVITIES, "fire-callouts", "Fewer deliberate fires when young people have things to do."),
      link(RESIDENT_ACTIVITIES, "new-cjs-entrants", "Activities that divert young people from offending."),
      link(RESIDENT_ACTIVITIES, "alcohol-admissions", "Social activities that do not centre on drinking "
          + "(community bingo)."),
      link(RESIDENT_ACTIVITIES, "teenage-conceptions", "Groups and activities for young people's age range."),
      link(RESIDENT_ACTIVITIES, "cardiovascular-admissions", "Physical activity (dance classes, cycling)."),
      link(RESIDENT_ACTIVITIES, "childhood-obesity", "Sport and dance for children (TR14ers, police-run "
          + "football)."),
      link(RESIDENT_ACTIVITIES, "breastfeeding-6-weeks", "A parent and toddler group (Beacon)."),
      link(RESIDENT_ACTIVITIES, "school-absence", "After-school clubs (Beacon)."),
      link(RESIDENT_ACTIVITIES, "educational-attainment", "After-school clubs and life-skills courses (Beacon)."),
      link(RESIDENT_ACTIVITIES, "parent-attendance", "Parents running activities alongside schools."),
      link(RESIDENT_ACTIVITIES, "benefit-claimants", "Residents gaining skills and work experience (creche "
          + "supervisor training at Beacon).")));

  private StandardOutcomes() {}

  private static LongTermIndicator indicator(String id, String name, IndicatorGroup group, MeasureType measure,
      Improvement improvement, Horizon horizon) {
    return LongTermIndicator.of(id, name, group, measure, improvement, horizon);
  }

  private static LongTermIndicator fingertips(LongTermIndicator indicator, int fingertipsId) {
    return LongTermIndicator.builder().from(indicator).fingertipsId(fingertipsId).build();
  }

  private static LongTermIndicator police(LongTermIndicator indicator, String category) {
    return LongTermIndicator.builder().from(indicator).policeUkCategory(category).build();
  }

  private static OutcomeLink link(IntermediateOutcome outcome, String indicatorId, String rationale) {
    return OutcomeLink.of(outcome, indicatorId, rationale);
  }
}
