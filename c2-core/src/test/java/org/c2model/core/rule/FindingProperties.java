package org.c2model.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class FindingProperties {

  private static final RuleId ID = RuleId.of("Journey:KeyResidents");
  private static final LocalDate DAY = LocalDate.of(2009, 3, 3);

  /** The factory with names and values in turn makes the finding the builder makes, in the same order. */
  @Property
  void ofWithArgumentsEqualsTheBuilt(
      @ForAll @Size(max = 6) List<@AlphaChars @StringLength(min = 1, max = 3) String> names,
      @ForAll @Size(max = 6) List<@AlphaChars @StringLength(max = 4) String> values) {
    Finding.Builder builder = Finding.builder().ruleId(ID).severity(Severity.WARNING).path(Path.of("steps", "1"))
        .date(DAY).message("3 key residents");
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
      builder.putArgs(names.get(i), values.get(i));
      pairs.add(names.get(i));
      pairs.add(values.get(i));
    }
    Finding built = builder.build();
    Finding made = Finding.of(ID, Severity.WARNING, Path.of("steps", "1"), DAY, "3 key residents",
        pairs.toArray(String[]::new));
    assertEquals(built, made);
    assertEquals(List.copyOf(built.args().entrySet()), List.copyOf(made.args().entrySet()));
  }

  @Test
  void of_rejectsANameWithoutItsValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Finding.of(ID, Severity.INFO, Path.root(), DAY, "m", "keyResidents"));
    assertEquals("args", e.field().orElseThrow());
  }

  @Test
  void of_rejectsABlankMessageAndANullValue() {
    assertThrows(InvalidValueException.class, () -> Finding.of(ID, Severity.INFO, Path.root(), DAY, " ", "a", "1"));
    assertThrows(NullPointerException.class, () -> Finding.of(ID, Severity.INFO, Path.root(), DAY, "m", "a", null));
  }
}
