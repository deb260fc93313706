package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.journey.AssetKind;
import org.c2model.core.journey.CommunityAssetMapped;
import org.c2model.core.journey.Introduction;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.network.IntroductionProposals;
import org.c2model.metrics.network.ProposedIntroduction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Townstal report with an online forum, an asset map and a connecting introduction added
 * ({@code docs/c2-model.md} section 8): online reach shown apart from participation beside the
 * meetings in person, the mapped assets listed with a person's skill by id only, and the proposed
 * introductions exactly as the library computes them.
 */
class JourneyTablesReportTest {

  static final String SKILL = "bookkeeping and tax returns";
  static Journey journey;
  static EvaluationReport report;
  static String html;

  @BeforeAll
  static void render() throws IOException {
    // A newcomer (R90) introduced to one resident only: the network then hangs on that resident.
    Journey base = ReportFixtures.journey();
    Partnership withNewcomer = Partnership.builder().from(base.partnership())
        .addResidents(Resident.builder().id("R90").displayName(ReportFixtures.NAME + " R90").build()).build();
    journey = Journey.builder().from(base).partnership(withNewcomer).build()
        .withActivity(Introduction.of("intro-newcomer", LocalDate.of(2009, 9, 1), "R90", "R02"))
        .withActivity(PartnershipMeeting.builder().id("forum-online").date(LocalDate.of(2010, 5, 10))
            .kind(MeetingKind.PUBLIC).channel(MeetingChannel.ONLINE).views(1034).activeParticipants(17)
            .questionsAsked(6).build())
        .withActivity(CommunityAssetMapped.of("asset-hall", LocalDate.of(2009, 3, 10), AssetKind.BUILDING,
            "community hall with kitchen"))
        .withActivity(CommunityAssetMapped.builder().id("asset-skill").date(LocalDate.of(2009, 3, 11))
            .kind(AssetKind.SKILL).description(SKILL).personId("R01").build())
        .withActivity(Introduction.builder().id("intro-1").date(LocalDate.of(2009, 8, 1)).introducerId("A03")
            .firstPersonId("R01").secondPersonId("A17").build());
    report = ReportFixtures.report(journey);
    Path file = Reports.html(report, ReportFixtures.options(journey, report),
        Path.of("target", "report", "townstal-online-assets.html"));
    html = Files.readString(file);
  }

  static List<List<String>> rows(String page, String tableId) {
    int start = page.indexOf("<table id=\"table-" + tableId + "\">");
    assertTrue(start >= 0, tableId + " missing");
    String table = page.substring(start, page.indexOf("</table>", start));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(table.substring(table.indexOf("<tbody>")));
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void meetings_onlineReachIsShownApartFromParticipationBesideMeetingsInPerson() {
    List<List<String>> rows = rows(html, "meetings-by-channel");
    assertEquals(2, rows.size());
    assertEquals("in person", rows.get(0).get(0));
    long inPerson = journey.activities(PartnershipMeeting.class).stream()
        .filter(m -> m.channel() == MeetingChannel.IN_PERSON && !m.date().isAfter(report.asOf())).count();
    assertEquals(Long.toString(inPerson), rows.get(0).get(1));
    assertEquals("–", rows.get(0).get(6), "a meeting in a hall has no views");
    assertEquals(List.of("online", "1", "1", "–", "17", "6", "1034"), rows.get(1));
  }

  @Test
  void assetMap_listsEveryAssetAndAPersonsSkillByIdOnly() {
    List<List<String>> rows = rows(html, "asset-map");
    assertEquals(List.of("asset-hall", "asset-skill"), rows.stream().map(r -> r.get(0)).toList());
    assertEquals("community hall with kitchen", rows.get(0).get(3));
    assertEquals("R01", rows.get(1).get(4));
    assertFalse(html.contains(SKILL), "a person's skill is never described in the report");
    assertFalse(html.contains(ReportFixtures.NAME), "no personal names");
  }

  @Test
  void introductions_areTheLibrarysProposalsWithTheirMeasuredGains() {
    LocalDate on = report.networkChange().after().date();
    List<ProposedIntroduction> proposed = IntroductionProposals.propose(CommunityNetwork.fromJourney(journey,
        report.asOf()), on, 5);
    List<List<String>> rows = rows(html, "introductions");
    assertEquals(proposed.size(), rows.size());
    assertFalse(proposed.isEmpty(), "Townstal's network hangs on some people: there is something to propose");
    for (int i = 0; i < rows.size(); i++) {
      ProposedIntroduction p = proposed.get(i);
      assertEquals(List.of(Integer.toString(p.rank()), p.firstPersonId(), p.secondPersonId()), rows.get(i).subList(0, 3));
      assertTrue(rows.get(i).get(4).startsWith(String.format(java.util.Locale.ROOT, "%.3f", p.dependenceBefore())),
          rows.get(i)::toString);
    }
  }
}
