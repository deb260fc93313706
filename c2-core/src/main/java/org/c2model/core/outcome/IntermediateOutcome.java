package org.c2model.core.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.c2model.core.Coded;
import org.c2model.core.InvalidValueException;
import org.c2model.core.journey.Activity;
import org.c2model.core.journey.CommunitySurvey;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.journey.ResidentActivity;
import org.c2model.core.journey.ServiceChange;

/**
 * The three kinds of intermediate outcome the paper measures early, such as
 * {@link #SERVICE_CHANGES} (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5,
 * "Intermediate outcomes").
 * <p>
 * Intermediate outcomes show within months, long before the long-term indicators of
 * {@link IndicatorCatalogue} move; {@link OutcomesFramework} says which indicators each is expected
 * to drive. Each constant has a stable {@link #code()} used in JSON and CSV.
 */
public enum IntermediateOutcome implements Coded {
  /**
   * Outcome 1, changes to services and service delivery: new or better services, changed ways of
   * working, agency staff job satisfaction (Townstal: a dentist on the estate one day a week).
   */
  SERVICE_CHANGES("service_changes", 1, "Changes to services and service delivery"),
  /**
   * Outcome 2, community organisation, networks and social capital; needs a survey (Townstal: 18 of
   * 25 felt they belonged to a local community).
   */
  COMMUNITY_ORGANISATION("community_organisation", 2, "Community organisation, networks and social capital"),
  /**
   * Outcome 3, activities and initiatives organised by residents, counted by type (Townstal:
   * community bingo; SWANN: a knitting circle, dance classes).
   */
  RESIDENT_ACTIVITIES("resident_activities", 3, "Activities and initiatives organised by residents");

  private final String code;
  private final int number;
  private final String title;

  IntermediateOutcome(String code, int number, String title) {
    this.code = code;
    this.number = number;
    this.title = title;
  }

  /**
   * Gets the stable code, such as {@code service-changes}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the number the paper gives the outcome, from 1 to 3.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Gets the paper's title of the outcome, such as {@code Changes to services and service delivery}.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Obtains an intermediate outcome from its code.
   *
   * @param code  the code, such as {@code resident-activities}, not null
   * @return the outcome, not null
   * @throws InvalidValueException if the code is unknown
   */
  /**
   * Gets the activities of a journey that are evidence of this outcome, in date order
   * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5):
   * <ul>
   *   <li>service changes: every {@link ServiceChange} (new or better services, changed ways of
   *       working, services kept, services relocated to the neighbourhood), and every activity an
   *       agency runs for residents, such as police-run football (<i>Positively Local</i> sec. 2.6);</li>
   *   <li>community organisation, networks and social capital: every {@link CommunitySurvey} (the
   *       outcome "needs a survey") and every public {@link PartnershipMeeting} (participation in
   *       partnership activities, as Putney Vale counted it) that people took part in: an online
   *       forum only with participation, never for its views alone
   *       ({@link PartnershipMeeting#hadParticipation()});</li>
   *   <li>resident-organised activities: every {@link ResidentActivity} residents organise, alone or
   *       with agencies ({@link org.c2model.core.journey.Organisers#residentOrganised()}).</li>
   * </ul>
   *
   * @param journey  the journey, not null
   * @return the evidence, not null
   */
  public List<Activity> evidenceIn(Journey journey) {
    Objects.requireNonNull(journey, "journey");
    return journey.timeline().stream().filter(this::isEvidence).collect(Collectors.toList());
  }

  private boolean isEvidence(Activity a) {
    switch (this) {
      case SERVICE_CHANGES:
        return a instanceof ServiceChange
            || a instanceof ResidentActivity && !((ResidentActivity) a).organisers().residentOrganised();
      case COMMUNITY_ORGANISATION:
        return a instanceof CommunitySurvey
            || a instanceof PartnershipMeeting && ((PartnershipMeeting) a).kind() == MeetingKind.PUBLIC
            && ((PartnershipMeeting) a).hadParticipation();
      default:
        return a instanceof ResidentActivity && ((ResidentActivity) a).organisers().residentOrganised();
    }
  }

  public static IntermediateOutcome fromCode(String code) {
    for (IntermediateOutcome o : values()) {
      if (o.code.equals(code)) {
        return o;
      }
    }
    throw InvalidValueException.of("intermediateOutcome", "must be one of "
        + Arrays.stream(values()).map(IntermediateOutcome::code).collect(Collectors.joining(", ")),
        "'" + code + "'");
  }
}
