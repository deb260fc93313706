package org.c2model.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.InvalidValueException;

/**
 * An activity's lists of ids hold each id once (<i>Positively Local</i> sec. 2; {@code docs/c2-model.md}
 * section 2: an attendance list names each person once), checked against a plain model: lists
 * short and long (the check compares pairs in a short list and hashes a long one), ids repeating
 * within a list and across lists, and blank ids.
 */
class ReferenceUniquenessProperties {

  @Provide
  Arbitrary<List<String>> ids() {
    // lists of distinct ids, and lists drawn from few ids (so often repeating one), now and then a
    // blank one; lengths on both sides of the pairwise limit
    Arbitrary<String> distinct = Arbitraries.integers().between(0, 500).map(i -> "P" + i);
    Arbitrary<String> few = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(" ", "")),
        net.jqwik.api.Tuple.of(10, Arbitraries.of("R1", "R2", "R3", "A1", "Aa", "BB")),
        net.jqwik.api.Tuple.of(40, Arbitraries.integers().between(0, 400).map(i -> "P" + i)));
    return Arbitraries.oneOf(distinct.list().uniqueElements().ofMaxSize(50), few.list().ofMaxSize(50));
  }

  @Property(tries = 1000)
  void aMeetingIsBuiltExactlyWhenNoListRepeatsAnIdAndNoIdIsBlankElseTheFirstFaultIsNamed(
      @ForAll("ids") List<String> residentIds, @ForAll("ids") List<String> agencyRepresentativeIds) {
    // a meeting's references are its attendance only: its lists are checked as lists
    check(residentIds, agencyRepresentativeIds, () -> PartnershipMeeting.builder().id("M1")
        .date(LocalDate.of(2010, 1, 1)).kind(MeetingKind.PUBLIC).addAllResidentIds(residentIds)
        .addAllAgencyRepresentativeIds(agencyRepresentativeIds).build(), 0);
  }

  @Property(tries = 1000)
  void aFollowUpEventIsBuiltExactlyWhenNoListRepeatsAnIdAndNoIdIsBlankElseTheFirstFaultIsNamed(
      @ForAll("ids") List<String> residentIds, @ForAll("ids") List<String> agencyRepresentativeIds) {
    // a follow-up event also names its listening event: its references are checked one by one
    check(residentIds, agencyRepresentativeIds, () -> FollowUpEvent.builder().id("F1")
        .date(LocalDate.of(2010, 1, 1)).listeningEventId("L1").addAllResidentIds(residentIds)
        .addAllAgencyRepresentativeIds(agencyRepresentativeIds).build(), 1);
  }

  private static void check(List<String> residentIds, List<String> agencyRepresentativeIds,
      Supplier<Activity> build, int otherReferences) {
    Optional<String> fault = firstFault("residentIds", residentIds)
        .or(() -> firstFault("agencyRepresentativeIds", agencyRepresentativeIds));
    if (fault.isEmpty()) {
      Activity activity = build.get();
      assertEquals(otherReferences + residentIds.size() + agencyRepresentativeIds.size(),
          activity.references().size());
      Statistics.label("outcome").collect("built", residentIds.size() > 8 ? "long" : "short");
    } else {
      InvalidValueException e = assertThrows(InvalidValueException.class, build::get);
      assertEquals(fault, e.field());
      Statistics.label("outcome").collect(fault.get().endsWith(".id") ? "repeat" : "blank",
          residentIds.size() > 8 ? "long" : "short");
    }
  }

  /** The plain model: the first blank id, or the first id that an earlier element of the list has. */
  private static Optional<String> firstFault(String field, List<String> ids) {
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.isBlank()) {
        return Optional.of(field + "[" + i + "]");
      }
      if (earlier.contains(id)) {
        return Optional.of(field + "[" + i + "].id");
      }
      earlier.add(id);
    }
    return Optional.empty();
  }
}
