package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.InvalidValueException;

/** A peer area is built exactly when its figures are in range; otherwise the message names the field. */
class FunnelPeerProperties {

  @Property(tries = 300)
  void peer_isBuiltExactlyWhenInRange(@ForAll("doubles") double events, @ForAll("doubles") double personYears,
      @ForAll("codes") String code) {
    boolean codeOk = !code.isEmpty() && code.length() <= 40 && code.chars().noneMatch(Character::isWhitespace);
    boolean eventsOk = events >= 0 && Double.isFinite(events);
    boolean yearsOk = personYears > 0 && Double.isFinite(personYears);
    if (codeOk && eventsOk && yearsOk) {
      FunnelPeer p = FunnelPeer.of("asb-incidents", code, events, personYears);
      assertEquals(code, p.areaCode());
      assertEquals(events, p.events());
      assertEquals(personYears, p.personYears());
    } else {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> FunnelPeer.of("asb-incidents", code, events, personYears));
      String field = !codeOk ? "areaCode" : !eventsOk ? "events" : "personYears";
      assertTrue(e.getMessage().contains(field), e.getMessage());
    }
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-10, 1e7),
        Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("E0123456789<>&\"' \t").ofMinLength(0).ofMaxLength(45),
        Arbitraries.of("E01020140", "Jo Bloggs", ""));
  }
}
