package org.c2model.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.core.InvalidValueException;

class AreaCodeProperties {

  @Provide
  Arbitrary<String> wellFormed() {
    return Arbitraries.of("E", "W", "S", "N", "K").flatMap(c ->
        Arbitraries.strings().numeric().ofLength(8).map(d -> c + d));
  }

  @Property
  void wellFormedCodesRoundTripThroughToString(@ForAll("wellFormed") String code) {
    assertEquals(code, AreaCode.of(code).toString());
    assertEquals(AreaCode.of(code), AreaCode.of(AreaCode.of(code).toString()));
  }

  @Property
  void anyOtherTextIsRejectedNamingTheValue(@ForAll String text) {
    if (text.matches("[EWSNK][0-9]{8}")) {
      return;
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AreaCode.of(text, "areaCodes[3]"));
    assertTrue(e.getMessage().startsWith("Invalid value for areaCodes[3] "), e.getMessage());
    assertEquals(java.util.Optional.of("'" + text + "'"), e.invalidValue());
  }
}
