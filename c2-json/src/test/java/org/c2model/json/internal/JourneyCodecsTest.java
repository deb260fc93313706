package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.journey.Activity;
import org.c2model.core.listening.Prioritisation;
import org.junit.jupiter.api.Test;

/** The closed sets of typed values in a journey match c2-core's sealed types exactly. */
class JourneyCodecsTest {

  @Test
  void activity_typeNamesAreActivityTypeNamesInTheSameOrder() {
    assertEquals(Activity.typeNames(), JourneyCodecs.ACTIVITY.names());
  }

  @Test
  void activity_everyPermittedActivityClassHasACodec() {
    Set<Class<?>> mapped = Adapters.ALL.stream().map(Codec::type).collect(Collectors.toSet());
    for (Class<?> type : Activity.class.getPermittedSubclasses()) {
      assertEquals(true, mapped.contains(type), type.getSimpleName() + " has no codec in Adapters.ALL");
    }
    assertEquals(Activity.class.getPermittedSubclasses().length, JourneyCodecs.ACTIVITY.names().size());
  }

  @Test
  void prioritisation_hasOneTypePerPermittedMethod() {
    assertEquals(Prioritisation.class.getPermittedSubclasses().length, JourneyCodecs.PRIORITISATION_CODEC.names().size());
    assertEquals(Arrays.asList("dot_voting", "ranked_ballots"), JourneyCodecs.PRIORITISATION_CODEC.names());
  }
}
