package org.c2model.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.IntroductionProposals;
import org.c2model.metrics.network.ProposedIntroduction;

/**
 * The report's tables read from the journey itself: meetings in person beside meetings online, the
 * asset map, and the connecting introductions proposed (<i>Positively Local</i> sec. 2.5 and 3;
 * {@code docs/c2-model.md} sections 2, 3 and 8). People appear by id only.
 */
final class JourneyTables {

  /** How many introductions the report proposes. */
  static final int INTRODUCTIONS = 5;

  private JourneyTables() {}

  /**
   * Partnership meetings by channel: online reach (views) in its own column, apart from who took
   * part, so views are never read as attendance.
   */
  static Table meetingsByChannel(Journey journey) {
    List<List<String>> rows = new ArrayList<>();
    for (MeetingChannel channel : MeetingChannel.values()) {
      List<PartnershipMeeting> meetings = journey.activities(PartnershipMeeting.class).stream()
          .filter(m -> m.channel() == channel).toList();
      boolean online = channel == MeetingChannel.ONLINE;
      rows.add(List.of(Fmt.words(channel.code()), Integer.toString(meetings.size()),
          Long.toString(meetings.stream().filter(PartnershipMeeting::hadParticipation).count()),
          sum(meetings.stream().map(PartnershipMeeting::publicAttendance).toList()),
          online ? sum(meetings.stream().map(PartnershipMeeting::activeParticipants).toList()) : "–",
          online ? sum(meetings.stream().map(PartnershipMeeting::questionsAsked).toList()) : "–",
          online ? sum(meetings.stream().map(PartnershipMeeting::views).toList()) : "–"));
    }
    return new Table("meetings-by-channel", "Partnership meetings in person and online: online views are reach, "
        + "not participation, and an online meeting counts toward regular meetings only when people took part",
        List.of("channel", "meetings", "with people taking part", "public attendance counted", "active participants",
            "questions asked", "views (reach)"), rows, List.of(false, true, true, true, true, true, true));
  }

  private static String sum(List<java.util.Optional<Integer>> counts) {
    long recorded = counts.stream().filter(java.util.Optional::isPresent).count();
    return recorded == 0 ? "–" : Long.toString(counts.stream().mapToLong(c -> c.orElse(0)).sum());
  }

  /**
   * The assets mapped: buildings, groups and businesses with their description; a person's skill
   * or talent by the person's id only.
   */
  static Table assetMap(Journey journey) {
    List<List<String>> rows = new ArrayList<>();
    for (CommunityAssetMapped m : journey.activities(CommunityAssetMapped.class)) {
      boolean personal = m.kind() == AssetKind.SKILL || m.kind() == AssetKind.TALENT;
      rows.add(List.of(m.id(), Fmt.date(m.date()), Fmt.words(m.kind().code()),
          personal ? "a person's " + m.kind().code() + " (not shown)" : m.description(), m.personId().orElse("–")));
    }
    return new Table("asset-map", "The asset map: buildings, groups and businesses, and people's skills by id only "
        + "(buildings are suggested for step 7's own venue, every asset for the action plan)",
        List.of("asset", "mapped", "kind", "what", "person"), rows, List.of(false, false, false, false, false));
  }

  /** The introductions proposed on the network as of a date, each with its measured gains. */
  static Table introductions(CommunityNetwork network, LocalDate date) {
    List<List<String>> rows = new ArrayList<>();
    String caption = "Introductions to consider on " + date + ": the pairs not yet tied whose introduction most "
        + "lowers fragmentation, then the dependence on a single person (the fragmentation if the person the network "
        + "hangs on most left); each measured with the ones above it made (by id)";
    if (network.people().size() > IntroductionProposals.MAXIMUM_PEOPLE) {
      caption = "Introductions to consider: not searched, the network has more than "
          + IntroductionProposals.MAXIMUM_PEOPLE + " people";
    } else {
      for (ProposedIntroduction p : IntroductionProposals.propose(network, date, INTRODUCTIONS)) {
        rows.add(List.of(Integer.toString(p.rank()), p.firstPersonId(), p.secondPersonId(),
            Fmt.number(p.fragmentationBefore(), 3) + " to " + Fmt.number(p.fragmentationAfter(), 3),
            Fmt.number(p.dependenceBefore(), 3) + " to " + Fmt.number(p.dependenceAfter(), 3),
            p.fragmentationGain() > 0 ? "joins two parts of the network" : "a second route around a weak connector"));
      }
      if (rows.isEmpty()) {
        caption += ". None: no single introduction would lower either measure (everyone can reach everyone, and no "
            + "one person's leaving would cut anyone off, or no one tie would make the worst such leaving less harmful)";
      }
    }
    return new Table("introductions", caption, List.of("rank", "introduce", "to", "fragmentation", "dependence",
        "why"), rows, List.of(true, false, false, false, false, false));
  }
}
