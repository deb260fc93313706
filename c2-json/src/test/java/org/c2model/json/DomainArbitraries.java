package org.c2model.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * Generators of <em>valid</em> c2 domain objects, built through the public factories and builders
 * only, for round-trip, schema and fuzz tests here and in other modules.
 * <p>
 * Text values mix ASCII, control characters, characters JSON must escape ({@code "}, {@code \},
 * {@code /}), Latin and CJK letters; dates run from 2000 to 2029; partnerships have up to ten
 * people, non-overlapping memberships and one holder per office at a time. Add a generator to
 * {@link #forKind(DocumentKind)} with every new document kind: a test fails until you do.
 */
public final class DomainArbitraries {

  private DomainArbitraries() {}

  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  /**
   * Gets a generator of the documents of a kind.
   *
   * @param <T>  the document type
   * @param kind  the kind, not null
   * @return the generator, not null
   * @throws IllegalArgumentException for a kind without a generator
   */
  @SuppressWarnings("unchecked") // each entry's generator produces the kind's type
  public static <T> Arbitrary<T> forKind(DocumentKind<T> kind) {
    Map<DocumentKind<?>, Arbitrary<?>> table = Map.of(
        DocumentKind.NEIGHBOURHOOD, neighbourhoods(),
        DocumentKind.PARTNERSHIP, partnerships(),
        DocumentKind.RULE_THRESHOLDS, ruleThresholds(),
        DocumentKind.FINDINGS, ruleReports());
    Arbitrary<?> a = table.get(kind);
    if (a == null) {
      throw new IllegalArgumentException("no generator for document kind " + kind);
    }
    return (Arbitrary<T>) a;
  }

  /**
   * Gets a generator of documents of every kind, in about equal shares.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Object> documents() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      all.add(forKind(kind).map(Object.class::cast));
    }
    return Arbitraries.oneOf(all);
  }

  /**
   * Gets a generator of non-blank text, including characters JSON escapes.
   *
   * @return the generator, not null
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(' ', '"', '\\', '/', '~', '\n', '\t', '\u0001', '\u001f', '\u007f', '\u00e9', '\u00a0', '\u65e5', '\u20ac')
        .ofMinLength(1).ofMaxLength(16)
        .filter(s -> !s.isBlank());
  }

  /**
   * Gets a generator of dates from 2000 to 2029.
   *
   * @return the generator, not null
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 30).map(EPOCH::plusDays);
  }

  /**
   * Gets a generator of GSS area codes of several types and countries.
   *
   * @return the generator, not null
   */
  public static Arbitrary<AreaCode> areaCodes() {
    return Combinators.combine(Arbitraries.of("E00", "E01", "E02", "E05", "W01", "S01", "E06"),
        Arbitraries.integers().between(0, 999_999))
        .as((prefix, n) -> AreaCode.of(prefix + String.format("%06d", n)));
  }

  /**
   * Gets a generator of neighbourhoods.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Neighbourhood> neighbourhoods() {
    return Combinators.combine(texts(), texts(), areaCodes().list().uniqueElements().ofMaxSize(5),
        Arbitraries.integers().between(1, Integer.MAX_VALUE).optional())
        .as((id, name, codes, population) -> Neighbourhood.builder().id(id).name(name)
            .addAllAreaCodes(codes).population(population).build());
  }

  /**
   * Gets a generator of agencies.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Agency> agencies() {
    return Combinators.combine(texts(), texts(), Arbitraries.of(Sector.class)).as(Agency::of);
  }

  /**
   * Gets a generator of partnerships with a consistent board history: people with unique ids,
   * memberships and officer terms that name them, no overlapping memberships of one person and one
   * holder per office at a time.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Partnership> partnerships() {
    Arbitrary<List<String>> ids = texts().list().uniqueElements().ofMaxSize(10);
    Arbitrary<List<Agency>> agencyPool = agencies().list().uniqueElements(Agency::id).ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(texts(), texts(), neighbourhoods(), dates().optional(), ids, agencyPool,
        Arbitraries.randomValue(r -> r.nextLong()))
        .as((id, name, hood, adopted, personIds, agencies, seed) ->
            partnership(id, name, hood, adopted, personIds, agencies, new Random(seed)));
  }

  private static Partnership partnership(String id, String name, Neighbourhood hood, Optional<LocalDate> adopted,
      List<String> personIds, List<Agency> agencies, Random r) {
    Partnership.Builder b = Partnership.builder().id(id).name(name).neighbourhood(hood).constitutionAdopted(adopted);
    for (String personId : personIds) {
      if (r.nextInt(3) > 0) {
        b.addResidents(Resident.builder().id(personId)
            .displayName(r.nextBoolean() ? Optional.of("Name of " + personId) : Optional.empty())
            .keyResident(r.nextBoolean()).existingActivist(r.nextInt(4) == 0).electedMember(r.nextInt(5) == 0)
            .build());
      } else {
        b.addAgencyRepresentatives(AgencyRepresentative.builder().id(personId)
            .agency(agencies.get(r.nextInt(agencies.size())))
            .displayName(r.nextBoolean() ? Optional.of("Officer " + personId) : Optional.empty())
            .build());
      }
      LocalDate at = date(r);
      int spells = r.nextInt(3);
      for (int s = 0; s < spells; s++) {
        Membership.Builder m = Membership.builder().personId(personId).joined(at)
            .joinedBy(JoinMethod.values()[r.nextInt(JoinMethod.values().length)]);
        boolean open = s == spells - 1 && r.nextBoolean();
        if (open) {
          b.addMemberships(m.build());
        } else {
          LocalDate left = at.plusDays(1 + r.nextInt(900));
          b.addMemberships(m.left(left).build());
          at = left.plusDays(r.nextInt(200));
        }
      }
    }
    if (!personIds.isEmpty()) {
      for (OfficerRole role : OfficerRole.values()) {
        LocalDate at = date(r);
        int terms = r.nextInt(3);
        for (int t = 0; t < terms; t++) {
          String holder = personIds.get(r.nextInt(personIds.size()));
          if (t == terms - 1 && r.nextBoolean()) {
            b.addOfficerTerms(OfficerTerm.of(role, holder, at));
          } else {
            LocalDate end = at.plusDays(1 + r.nextInt(1200));
            b.addOfficerTerms(OfficerTerm.of(role, holder, at, end));
            at = end.plusDays(r.nextInt(100));
          }
        }
      }
    }
    return b.build();
  }

  private static LocalDate date(Random r) {
    return EPOCH.plusDays(r.nextInt(365 * 20));
  }

  /**
   * Gets a generator of rule thresholds, the defaults among them, and empty sector sets.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleThresholds> ruleThresholds() {
    Arbitrary<RuleThresholds> custom = Combinators.combine(
        Arbitraries.integers().between(0, Integer.MAX_VALUE),
        Arbitraries.of(Sector.class).set().ofMaxSize(Sector.values().length))
        .as((min, sectors) -> RuleThresholds.builder().minimumKeyResidents(min)
            .requiredSectors(sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors)).build());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(RuleThresholds.defaults())),
        net.jqwik.api.Tuple.of(5, custom));
  }

  /**
   * Gets a generator of rule ids of the form {@code Namespace:Name}.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleId> ruleIds() {
    return Combinators.combine(Arbitraries.of("Governance", "Timing", "Steps", "Council7"),
        Arbitraries.of("ResidentMajority", "ResidentOfficers", "Quorum", "X"))
        .as((ns, name) -> RuleId.of(ns + ":" + name));
  }

  /**
   * Gets a generator of JSON Pointer paths, including segments that need escaping.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Path> paths() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.of("board", "members", "officers", "chair", "memberships", "0", "12", "a/b", "x~y", ""),
        texts());
    return segment.list().ofMaxSize(4).map(s -> Path.of(s.toArray(new String[0])));
  }

  /**
   * Gets a generator of findings, with message arguments.
   *
   * @return the generator, not null
   */
  public static Arbitrary<Finding> findings() {
    Arbitrary<Map<String, String>> args = Combinators.combine(
        Arbitraries.of("residents", "agencyRepresentatives", "count", "limit", "ruleCount").list().uniqueElements().ofMaxSize(3),
        texts().list().ofSize(3))
        .as((keys, values) -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), values.get(i));
          }
          return m;
        });
    return Combinators.combine(ruleIds(), Arbitraries.of(Severity.class), paths(), dates(), texts(), args)
        .as((id, severity, path, date, message, a) -> Finding.builder().ruleId(id).severity(severity).path(path)
            .date(date).message(message).putAllArgs(a).build());
  }

  /**
   * Gets a generator of rule reports of up to eight findings.
   *
   * @return the generator, not null
   */
  public static Arbitrary<RuleReport> ruleReports() {
    return findings().list().ofMaxSize(8).map(RuleReport::of);
  }

}
