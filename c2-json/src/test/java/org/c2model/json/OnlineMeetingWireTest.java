package org.c2model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingChannel;
import org.c2model.core.journey.PartnershipMeeting;
import org.junit.jupiter.api.Test;

/**
 * Wire compatibility of the online channel: a journey written before meetings had a channel still
 * reads, every meeting in person; online counts on a meeting in a hall are rejected naming the field.
 */
class OnlineMeetingWireTest {

  private static String golden() throws IOException {
    try (InputStream in = OnlineMeetingWireTest.class.getResourceAsStream("golden/journey.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void journeyWithoutChannels_readsEveryMeetingInPerson() throws IOException {
    String old = golden().replaceAll("\\s*\"channel\": \"in_person\",", "");
    assertTrue(!old.contains("\"channel\""));
    Journey j = C2Json.read(DocumentKind.JOURNEY, old);
    List<PartnershipMeeting> meetings = j.activities(PartnershipMeeting.class);
    assertTrue(!meetings.isEmpty());
    for (PartnershipMeeting m : meetings) {
      assertEquals(MeetingChannel.IN_PERSON, m.channel());
      assertEquals(Optional.empty(), m.views());
    }
    assertEquals(C2Json.read(DocumentKind.JOURNEY, golden()), j);
  }

  @Test
  void viewsOnAMeetingInAHall_areRejectedAtTheirPath() throws IOException {
    String bad = golden().replaceFirst("\"channel\": \"in_person\",", "\"channel\": \"in_person\", \"views\": 12,");
    C2JsonException e = assertThrows(C2JsonException.class, () -> C2Json.read(DocumentKind.JOURNEY, bad));
    assertTrue(e.getMessage().contains("views"), e.getMessage());
  }

  @Test
  void onlineForum_roundTrips() throws IOException {
    String online = golden().replaceFirst("\"channel\": \"in_person\",",
        "\"channel\": \"online\", \"views\": 1000, \"activeParticipants\": 17, \"questionsAsked\": 5,");
    Journey j = C2Json.read(DocumentKind.JOURNEY, online);
    PartnershipMeeting forum = j.activities(PartnershipMeeting.class).stream()
        .filter(m -> m.channel() == MeetingChannel.ONLINE).findFirst().orElseThrow();
    assertEquals(Optional.of(1000), forum.views());
    assertEquals(Optional.of(17), forum.activeParticipants());
    assertEquals(j, C2Json.read(DocumentKind.JOURNEY, C2Json.write(j)));
  }
}
