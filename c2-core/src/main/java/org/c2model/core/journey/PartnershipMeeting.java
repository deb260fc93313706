package org.c2model.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A partnership meeting, public or executive (<i>Positively Local</i> sec. 2;
 * {@code docs/c2-model.md} section 2, step 5: "monthly
 * partnership meetings giving feedback to residents"; Townstal, monthly public meetings from July
 * 2009 and a bi-monthly executive committee, section 6).
 * <p>
 * Its {@link #type() type} name is {@code partnership_meeting}. People and agencies are referenced by id.
 * <p>
 * A meeting or community forum held {@link MeetingChannel#ONLINE online} records its reach apart
 * from its participation ({@code docs/c2-model.md} section 8: over 1,000 post views, 17 active
 * participants): {@link #views()} counts who saw it, {@link #activeParticipants()} and
 * {@link #questionsAsked()} who took part. Views are reach, never participation: an online meeting
 * counts toward step 5's regular meetings only when someone took part (<i>Positively Local</i>
 * sec. 2.5, meetings "giving feedback to residents"; {@code docs/c2-model.md} section 2, step 5),
 * and never as a listening event, which the paper holds in a community venue (sec. 2.3). A meeting
 * recorded without a channel, as every document before the channel existed, was held in person.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PartnershipMeeting implements Activity, Attendance, AttendanceOnly {

  /** The type name of this activity, {@code partnership_meeting}. */
  public static final String TYPE = "partnership_meeting";

  PartnershipMeeting() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /**
   * Gets whether the meeting was public or executive.
   *
   * @return the value, not null
   */
  public abstract MeetingKind kind();

  /**
   * Gets how many residents attended a public meeting, members of the partnership or not, where counted.
   *
   * @return the value, not negative when present
   */
  public abstract Optional<Integer> publicAttendance();

  /**
   * Gets where the meeting was held; in person unless recorded otherwise.
   *
   * @return the value, not null
   */
  @Value.Default
  public MeetingChannel channel() {
    return MeetingChannel.IN_PERSON;
  }

  /**
   * Gets how many times an online meeting's posts or stream were viewed: its reach, not its
   * participation.
   *
   * @return the value, not negative when present; present only for an online meeting
   */
  public abstract Optional<Integer> views();

  /**
   * Gets how many people took an active part in an online meeting (posted, commented or spoke).
   *
   * @return the value, not negative when present; present only for an online meeting
   */
  public abstract Optional<Integer> activeParticipants();

  /**
   * Gets how many questions were asked at an online meeting.
   *
   * @return the value, not negative when present; present only for an online meeting
   */
  public abstract Optional<Integer> questionsAsked();

  /**
   * Checks whether someone took part, not only looked on: an in-person meeting always has; an
   * online one when it had an active participant or a resident or agency representative of the
   * partnership is recorded as taking part. Views alone never make a meeting one people took part in.
   *
   * @return true if the meeting had participation
   */
  public boolean hadParticipation() {
    return channel() == MeetingChannel.IN_PERSON || activeParticipants().orElse(0) > 0
        || !residentIds().isEmpty() || !agencyRepresentativeIds().isEmpty();
  }

  @Override
  public final String type() {
    return TYPE;
  }

  // Built once, unmodifiable: the journey's checks and the step criteria walk every activity's references.
  @Override
  @Value.Lazy
  public List<Reference> references() {
    return List.copyOf(Reference.attendance(this));
  }

  /**
   * Obtains a {@code partnership_meeting} with only its required values.
   *
   * @param id  the activity's id, unique in the journey, not blank
   * @param date  the day it happened, not null
   * @param kind  whether the meeting was public or executive, not null
   * @return the activity, not null
   * @throws InvalidValueException if a value breaks an invariant
   */
  public static PartnershipMeeting of(String id, LocalDate date, MeetingKind kind) {
    return builder().id(id).date(date).kind(kind).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link PartnershipMeeting}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutablePartnershipMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    publicAttendance().ifPresent(v -> Checks.notNegative(v, "publicAttendance"));
    onlineCount(views(), "views");
    onlineCount(activeParticipants(), "activeParticipants");
    onlineCount(questionsAsked(), "questionsAsked");
    Activities.checkAttendance(residentIds(), agencyRepresentativeIds());
  }

  private void onlineCount(Optional<Integer> count, String field) {
    if (count.isPresent()) {
      Checks.notNegative(count.get(), field);
      if (channel() != MeetingChannel.ONLINE) {
        throw InvalidValueException.of(field, "must be recorded only for an online meeting (channel online), and "
            + "the channel is " + channel().code(), count.get());
      }
    }
  }
}
