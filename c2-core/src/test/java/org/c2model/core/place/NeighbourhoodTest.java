package org.c2model.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  @Test
  void of_readsAreaCodesInOrder() {
    Neighbourhood n = Neighbourhood.of("N1", "Townstal", "E01020136", "E05000001");
    assertEquals(List.of(AreaCode.of("E01020136"), AreaCode.of("E05000001")), n.areaCodes());
    assertEquals(Optional.of(AreaType.LSOA), n.areaCodes().get(0).type());
    assertEquals(Optional.of(AreaType.WARD), n.areaCodes().get(1).type());
  }

  @Test
  void of_rejectsMalformedCodeNamingItsIndex() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Neighbourhood.of("N1", "Townstal", "E01020136", "E0102013"));
    assertEquals(Optional.of("areaCodes[1]"), e.field());
    assertTrue(e.getMessage().contains("areaCodes[1]") && e.getMessage().contains("'E0102013'"), e.getMessage());
  }

  @Test
  void of_rejectsBlankIdNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Neighbourhood.of(" ", "Townstal"));
    assertEquals(Optional.of("id"), e.field());
  }

  @Test
  void builder_rejectsDuplicateCode() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Neighbourhood.of("N1", "Townstal", "E01020136", "E01020136"));
    assertEquals(Optional.of("areaCodes[1].code"), e.field());
    assertTrue(e.getMessage().contains("E01020136"));
  }

  @Test
  void builder_rejectsNonPositivePopulation() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Neighbourhood.builder().id("N1").name("T").population(0).build());
    assertEquals(Optional.of("population"), e.field());
    assertTrue(e.getMessage().endsWith(": 0"), e.getMessage());
  }

  @Test
  void builder_rejectsMissingName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Neighbourhood.builder().id("N1").build());
    assertEquals(List.of("name"), e.missingAttributes());
  }
}
