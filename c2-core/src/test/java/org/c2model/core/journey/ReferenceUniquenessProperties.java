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
 * within a list and across lists, blank ids, and long lists of ids that share one hash code (which
 * the check moves to a hash set rather than compare each with every earlier one).
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
    // ids that all share one String hash code ("Aa" and "BB" do): past Activities.MAX_PROBES of them
    // the list is checked in a hash set instead; distinct, then now and then a repeat or a blank
    Arbitrary<List<String>> colliding = Arbitraries.integers().between(0, 63).map(
        ReferenceUniquenessProperties::colliding).list().uniqueElements().ofMinSize(30).ofMaxSize(64)
        .flatMap(list -> Arbitraries.oneOf(Arbitraries.just(list),
            Arbitraries.integers().between(0, list.size() - 1).map(k -> with(list, list.get(k))),
            Arbitraries.just(with(list, " "))));
    return Arbitraries.oneOf(distinct.list().uniqueElements().ofMaxSize(50), few.list().ofMaxSize(50), colliding);
  }

  /** The {@code bits}-th of 64 texts of twelve characters with one hash code: "Aa" or "BB" per bit. */
  private static String colliding(int bits) {
    StringBuilder s = new StringBuilder();
    for (int b = 0; b < 6; b++) {
      s.append((bits >> b & 1) == 0 ? "Aa" : "BB");
    }
    return s.toString();
  }

  private static List<String> with(List<String> list, String last) {
    List<String> more = new ArrayList<>(list);
    more.add(last);
    return more;
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
      Statistics.label("outcome").collect("built", length(residentIds));
    } else {
      InvalidValueException e = assertThrows(InvalidValueException.class, build::get);
      assertEquals(fault, e.field());
      Statistics.label("outcome").collect(fault.get().endsWith(".id") ? "repeat" : "blank",
          length(residentIds));
    }
  }

  private static String length(List<String> ids) {
    return ids.size() > Activities.MAX_PROBES ? "past the probes" : ids.size() > 8 ? "long" : "short";
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
