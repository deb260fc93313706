package org.c2model.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.fixtures.Partnerships;
import org.junit.jupiter.api.Test;

class PartnershipTest {

  private static final LocalDate JUNE = LocalDate.of(2009, 6, 1);
  private static final Agency POLICE = Agency.of("AG-P", "Police", Sector.POLICE);

  private static Partnership.Builder base() {
    return Partnership.builder().id("P1").name("Test partnership")
        .neighbourhood(Partnerships.townstalNeighbourhood())
        .addResidents(Resident.of("R1"), Resident.of("R2"))
        .addAgencyRepresentatives(AgencyRepresentative.of("A1", POLICE));
  }

  private static void assertNames(InvalidValueException e, String field, String value) {
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(field) && e.getMessage().contains(value), e.getMessage());
  }

  @Test
  void build_rejectsBlankId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base().id("").build());
    assertNames(e, "id", "''");
  }

  @Test
  void resident_rejectsBlankId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Resident.of("  "));
    assertNames(e, "id", "'  '");
  }

  @Test
  void agency_rejectsBlankName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Agency.of("AG", "", Sector.HEALTH));
    assertNames(e, "name", "''");
  }

  @Test
  void membership_rejectsLeftBeforeJoined() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Membership.of("R1", JUNE, LocalDate.of(2009, 5, 1)));
    assertNames(e, "left", "2009-05-01");
  }

  @Test
  void membership_rejectsLeftOnTheDayJoined() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Membership.of("R1", JUNE, JUNE));
    assertNames(e, "left", "2009-06-01");
  }

  @Test
  void officerTerm_rejectsEndBeforeStart() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OfficerTerm.of(OfficerRole.CHAIR, "R1", JUNE, LocalDate.of(2009, 1, 1)));
    assertNames(e, "end", "2009-01-01");
  }

  @Test
  void build_rejectsTwoHoldersOfOneOfficeOnTheSameDay() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base()
        .addOfficerTerms(OfficerTerm.of(OfficerRole.CHAIR, "R1", JUNE, LocalDate.of(2010, 1, 1)),
            OfficerTerm.of(OfficerRole.CHAIR, "R2", LocalDate.of(2009, 12, 31)))
        .build());
    assertNames(e, "officerTerms[1]", "R2");
  }

  @Test
  void build_acceptsHandoverOnTheDayTheTermEnds() {
    Partnership p = base().addOfficerTerms(OfficerTerm.of(OfficerRole.CHAIR, "R1", JUNE, LocalDate.of(2010, 1, 1)),
        OfficerTerm.of(OfficerRole.CHAIR, "R2", LocalDate.of(2010, 1, 1))).build();
    assertEquals("R1", p.boardOn(LocalDate.of(2009, 12, 31)).officers().get(OfficerRole.CHAIR).id());
    assertEquals("R2", p.boardOn(LocalDate.of(2010, 1, 1)).officers().get(OfficerRole.CHAIR).id());
  }

  @Test
  void build_rejectsMembershipOfUnknownPerson() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().addMemberships(Membership.of("R1", JUNE), Membership.of("R9", JUNE)).build());
    assertNames(e, "memberships[1].personId", "R9");
  }

  @Test
  void build_rejectsOfficerTermOfUnknownPerson() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().addOfficerTerms(OfficerTerm.of(OfficerRole.TREASURER, "X", JUNE)).build());
    assertNames(e, "officerTerms[0].personId", "X");
  }

  @Test
  void build_rejectsPersonIdUsedTwice() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> base().addAgencyRepresentatives(AgencyRepresentative.of("R2", POLICE)).build());
    assertNames(e, "agencyRepresentatives[1].id", "R2");
  }

  @Test
  void build_rejectsOverlappingMembershipsOfOnePerson() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base()
        .addMemberships(Membership.of("R1", JUNE, LocalDate.of(2010, 1, 1)), Membership.of("R1", LocalDate.of(2009, 9, 1)))
        .build());
    assertNames(e, "memberships[1]", "2009-09-01");
  }

  @Test
  void boardOn_followsTheDatedHistory() {
    Partnership p = base().constitutionAdopted(JUNE)
        .addMemberships(Membership.of("R1", JUNE), Membership.of("R2", JUNE, LocalDate.of(2010, 3, 1)),
            Membership.of("A1", LocalDate.of(2009, 7, 1)))
        .build();
    Board before = p.boardOn(LocalDate.of(2009, 5, 31));
    assertTrue(before.members().isEmpty());
    assertFalse(before.constituted());
    Board july = p.boardOn(LocalDate.of(2009, 7, 1));
    assertTrue(july.constituted());
    assertEquals(List.of("R1", "R2"), july.residents().stream().map(Resident::id).toList());
    assertEquals(List.of("A1"), july.agencyRepresentatives().stream().map(AgencyRepresentative::id).toList());
    assertEquals(List.of("R1"), p.boardOn(LocalDate.of(2010, 3, 1)).residents().stream().map(Resident::id).toList());
  }

  @Test
  void toString_neverShowsDisplayNames() {
    Resident r = Resident.builder().id("R1").displayName("Jane Smith").build();
    AgencyRepresentative a = AgencyRepresentative.builder().id("A1").agency(POLICE).displayName("PC John Doe").build();
    Partnership p = base().residents(List.of(r)).agencyRepresentatives(List.of(a)).build();
    for (String text : List.of(r.toString(), a.toString(), p.toString(), p.boardOn(JUNE).toString())) {
      assertFalse(text.contains("Jane") || text.contains("John"), text);
    }
    assertEquals(Optional.of("Jane Smith"), r.displayName());
  }
}
