package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.c2model.core.internal.Checks;
import org.c2model.core.listening.Prioritisation;
import org.c2model.core.listening.Question;
import org.c2model.core.listening.Response;
import org.c2model.core.listening.ThemeRanking;
import org.immutables.value.Value;

/**
 * A listening event: agencies host residents in a community venue, ask the two appreciative
 * questions, record every response and have residents prioritise them into a top five
 * (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md} section 2, step 3; Townstal's
 * "Listening to Townstal" on 4 April 2009 drew
 * well over 50 residents with 18 service providers facilitating, section 6).
 * <p>
 * Its {@link #type() type} name is {@code listening_event}. People and agencies are referenced by id.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ListeningEvent implements Activity {

  private static final int QUESTIONS = Question.values().length;

  /** The type name of this activity, {@code listening_event}. */
  public static final String TYPE = "listening_event";

  ListeningEvent() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets the community venue, such as {@code Townstal Community Hall}.
   *
   * @return the value, not blank
   */
  public abstract String venue();

  /**
   * Gets how residents were invited, such as door to door or by postcard.
   *
   * @return the value, not null
   */
  public abstract Set<InvitationMethod> invitationMethods();

  /**
   * Gets how many residents came.
   *
   * @return the value, not negative
   */
  public abstract int residentTurnout();

  /**
   * Gets the ids of the agency representatives who facilitated.
   *
   * @return the ids, not null
   */
  public abstract List<String> facilitatorIds();

  /**
   * Gets the ids of residents of the partnership who came, where recorded; most attendees are counted in {@link #residentTurnout()} only.
   *
   * @return the ids, not null
   */
  public abstract List<String> residentIds();

  /**
   * Gets every response recorded, in the order recorded.
   *
   * @return the value, not null
   */
  public abstract List<Response> responses();

  /**
   * Gets how residents prioritised the themes.
   *
   * @return the value, empty if not recorded
   */
  public abstract Optional<Prioritisation> prioritisation();

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    Reference.addAll(refs, "facilitatorIds", Reference.Kind.AGENCY_REPRESENTATIVE, facilitatorIds());
    Reference.addAll(refs, "residentIds", Reference.Kind.RESIDENT, residentIds());
    return List.copyOf(refs);
  }

  /**
   * Ranks the themes of the prioritisation, breaking ties by the earliest response as
   * {@link Prioritisation} describes.
   *
   * @return the ranking, empty if the event recorded no prioritisation
   */
  // Ranked once per event: the rules ask for it, and ranking built a map and a list each time.
  @Value.Lazy
  public Optional<ThemeRanking> priorities() {
    return prioritisation().map(p -> p.rank(responses()));
  }

  /**
   * Gets the top {@code n} themes residents chose, most important first: the one place the top five
   * of a listening event is computed (pass {@code RuleThresholds.topPriorities()}).
   *
   * @param n  how many, not negative
   * @return the themes, empty if the event recorded no prioritisation, not null
   */
  public List<String> top(int n) {
    return priorities().map(r -> r.top(n)).orElse(List.of());
  }

  /**
   * Gets the appreciative questions no recorded response answers: agencies ask both "what is good
   * about living here?" and "what is not so good?" and record every answer (<i>Positively Local</i>
   * sec. 2.3; {@code docs/c2-model.md} section 2, step 3).
   *
   * @return the questions without a response, in the paper's order, not null
   */
  public List<Question> questionsWithoutResponses() {
    EnumSet<Question> answered = EnumSet.noneOf(Question.class);
    List<Response> responses = responses();
    // stops once every question is answered: an event records up to hundreds of responses
    for (int i = 0; i < responses.size() && answered.size() < QUESTIONS; i++) {
      answered.add(responses.get(i).question());
    }
    return answered.size() == QUESTIONS ? List.of() : List.copyOf(EnumSet.complementOf(answered));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link ListeningEvent}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableListeningEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    Checks.notBlank(venue(), "venue");
    Checks.notNegative(residentTurnout(), "residentTurnout");
    Activities.checkReferences(this);
    Checks.unique(responses(), Response::id, "responses", "id");

  }
}
