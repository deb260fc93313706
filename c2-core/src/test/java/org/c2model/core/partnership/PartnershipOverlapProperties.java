package org.c2model.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Partnerships;

/**
 * The overlap checks of {@link Partnership} run in {@code O(n log n)}; these properties keep them
 * equal to the pairwise definition: a partnership is rejected exactly when some membership overlaps
 * an earlier one of the same person, or some officer term an earlier one of the same office, and
 * the message names the first such entry and the first earlier entry it overlaps.
 */
class PartnershipOverlapProperties {

  private static final LocalDate EPOCH = LocalDate.of(2009, 1, 1);
  private static final List<String> PEOPLE = List.of("R1", "R2", "R3", "A1");

  /** A span on a short calendar (so that overlaps, touching ends and equal starts are common). */
  private record Span(int person, int start, Optional<Integer> length) {
    LocalDate from() {
      return EPOCH.plusDays(start);
    }

    Optional<LocalDate> to() {
      return length.map(l -> EPOCH.plusDays(start + l));
    }
  }

  @Provide
  Arbitrary<List<Span>> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, PEOPLE.size() - 1),
            Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 15).optional(0.8))
        .as(Span::new).list().ofMaxSize(24);
  }

  @Property(tries = 2000)
  void membershipsAreRejectedExactlyAsThePairwiseDefinitionSays(@ForAll("spans") List<Span> spans) {
    List<Membership> memberships = new ArrayList<>();
    for (Span s : spans) {
      memberships.add(Membership.builder().personId(PEOPLE.get(s.person())).joined(s.from()).left(s.to()).build());
    }
    Partnership.Builder builder = people().addAllMemberships(memberships);
    Optional<int[]> firstOverlap = firstOverlap(memberships.size(), (i, j) -> {
      Membership a = memberships.get(i);
      Membership b = memberships.get(j);
      return a.personId().equals(b.personId()) && daysShared(a.joined(), a.left(), b.joined(), b.left());
    });
    assertBuiltOrRejected(builder, firstOverlap, Partnership::memberships, memberships,
        (i, j) -> "memberships[" + i + "]", (i, j) -> "must not overlap memberships[" + j + "] ");
  }

  @Property(tries = 2000)
  void officerTermsAreRejectedExactlyAsThePairwiseDefinitionSays(@ForAll("spans") List<Span> spans,
      @ForAll("roles") List<OfficerRole> roles) {
    List<OfficerTerm> terms = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      OfficerRole role = roles.get(k % roles.size());
      terms.add(OfficerTerm.builder().role(role).personId(PEOPLE.get(s.person())).start(s.from()).end(s.to()).build());
    }
    Partnership.Builder builder = people().addAllOfficerTerms(terms);
    Optional<int[]> firstOverlap = firstOverlap(terms.size(), (i, j) -> {
      OfficerTerm a = terms.get(i);
      OfficerTerm b = terms.get(j);
      return a.role() == b.role() && daysShared(a.start(), a.end(), b.start(), b.end());
    });
    assertBuiltOrRejected(builder, firstOverlap, Partnership::officerTerms, terms,
        (i, j) -> "officerTerms[" + i + "]", (i, j) -> "in officerTerms[" + j + "] from " + terms.get(j).start());
  }

  /**
   * Checks that the partnership is built with the entries when the definition finds no overlap, and
   * otherwise rejected naming entry {@code i} as the field and entry {@code j} in the message.
   */
  private static <E> void assertBuiltOrRejected(Partnership.Builder builder, Optional<int[]> firstOverlap,
      Function<Partnership, List<E>> entries, List<E> expected, BiFunction<Integer, Integer, String> field,
      BiFunction<Integer, Integer, String> inMessage) {
    Statistics.label("rejected").collect(firstOverlap.isPresent());
    if (firstOverlap.isEmpty()) {
      assertEquals(expected, entries.apply(builder.build()));
      return;
    }
    int i = firstOverlap.get()[0];
    int j = firstOverlap.get()[1];
    InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);
    assertEquals(Optional.of(field.apply(i, j)), e.field());
    assertTrue(e.getMessage().contains(inMessage.apply(i, j)), e.getMessage());
  }

  @Provide
  Arbitrary<List<OfficerRole>> roles() {
    return Arbitraries.of(OfficerRole.class).list().ofMinSize(1).ofMaxSize(3);
  }

  private interface Pair {
    boolean overlaps(int i, int j);
  }

  /** The pairwise definition: the first entry overlapping an earlier one, and the first such earlier one. */
  private static Optional<int[]> firstOverlap(int size, Pair pair) {
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < i; j++) {
        if (pair.overlaps(i, j)) {
          return Optional.of(new int[] {i, j});
        }
      }
    }
    return Optional.empty();
  }

  /** Two spans {@code [start, end)} share a day, written day by day rather than with the library's logic. */
  private static boolean daysShared(LocalDate aStart, Optional<LocalDate> aEnd, LocalDate bStart,
      Optional<LocalDate> bEnd) {
    LocalDate last = EPOCH.plusDays(100);
    for (LocalDate d = aStart; d.isBefore(aEnd.orElse(last)); d = d.plusDays(1)) {
      if (!d.isBefore(bStart) && d.isBefore(bEnd.orElse(last))) {
        return true;
      }
    }
    return false;
  }

  private static Partnership.Builder people() {
    return Partnership.builder().id("P").name("Generated partnership")
        .neighbourhood(Partnerships.townstalNeighbourhood())
        .addResidents(Resident.of("R1"), Resident.of("R2"), Resident.of("R3"))
        .addAgencyRepresentatives(AgencyRepresentative.of("A1", Partnerships.agency(Sector.HEALTH)));
  }
}
