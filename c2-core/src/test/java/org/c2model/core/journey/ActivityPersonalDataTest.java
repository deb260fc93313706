package org.c2model.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.c2model.core.listening.Question;
import org.c2model.core.listening.Response;
import org.junit.jupiter.api.Test;

/** Free text that can describe a person stays out of {@code toString()}, which ends up in logs and JShell. */
class ActivityPersonalDataTest {

  private static final LocalDate DAY = LocalDate.of(2009, 3, 1);

  @Test
  void communityAssetMapped_toStringHidesTheDescriptionOfAPersonsTalent() {
    String text = "Mrs Jane Doe of 12 Acacia Road repairs bicycles";
    CommunityAssetMapped asset = CommunityAssetMapped.builder().id("asset-1").date(DAY).kind(AssetKind.TALENT)
        .description(text).personId("R01").build();
    String shown = asset.toString();
    assertFalse(shown.contains(text), shown);
    assertFalse(shown.contains("Jane Doe"), shown);
    assertTrue(shown.contains("asset-1") && shown.contains("R01"), shown);
    assertEquals(text, asset.description());
  }

  @Test
  void listeningEvent_toStringHidesTheTextOfItsResponses() {
    String text = "my neighbour John Smith at number 4 is lovely";
    ListeningEvent event = ListeningEvent.builder().id("le").date(DAY).venue("hall").residentTurnout(60)
        .addInvitationMethods(InvitationMethod.DOOR_TO_DOOR)
        .addResponses(Response.of("q1", Question.WHAT_IS_GOOD, text, "neighbours")).build();
    String shown = event.toString();
    assertFalse(shown.contains(text), shown);
    assertFalse(shown.contains("John Smith"), shown);
    assertEquals(Optional.of(text), event.responses().stream().map(Response::text).findFirst());
  }
}
