package org.c2model.json.internal;


import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;

/**
 * The codecs of {@code org.c2model.core.partnership}. An agency is written inside each of its
 * representatives, so a partnership document stands alone and nothing refers across it but person
 * ids.
 */
public final class PartnershipCodecs {

  private PartnershipCodecs() {}

  /** A sector as its code, such as {@code "local_authority"}. */
  public static final Codec<Sector> SECTOR_CODE = Scalars.codes(Sector.class, "The sector of an agency.");
  /** A join method as its code, such as {@code "self_selected"}. */
  public static final Codec<JoinMethod> JOIN_METHOD = Scalars.codes(JoinMethod.class,
      "How a member joined the board.");
  /** An office as its code, such as {@code "deputy_chair"}. */
  public static final Codec<OfficerRole> OFFICER_ROLE = Scalars.codes(OfficerRole.class,
      "An office of the board.");

  /** An agency: id, name and sector. */
  public static final ObjectCodec<Agency, AgencyFields> AGENCY_CODEC =
      ObjectCodec.of(Agency.class, AgencyFields::new, AgencyFields::build)
          .describedAs("An agency taking part in the partnership.")
          .field("id", Scalars.ID, Agency::id, (b, v) -> b.id = v)
          .field("name", Scalars.TEXT, Agency::name, (b, v) -> b.name = v)
          .field("sector", SECTOR_CODE, Agency::sector, (b, v) -> b.sector = v)
          .build();

  /** A resident. */
  public static final ObjectCodec<Resident, Resident.Builder> RESIDENT =
      ObjectCodec.of(Resident.class, Resident::builder, b -> b.build())
          .describedAs("A person who lives in the neighbourhood.")
          .field("id", Scalars.ID, Resident::id, (b, v) -> b.id(v))
          .optional("displayName", Scalars.TEXT, Resident::displayName, (b, v) -> b.displayName(v))
          .constrain("minLength", 0)
          .field("keyResident", Scalars.BOOLEAN, Resident::keyResident, (b, v) -> b.keyResident(v))
          .doc("A key resident (step 1); false if absent.")
          .defaulted()
          .field("existingActivist", Scalars.BOOLEAN, Resident::existingActivist, (b, v) -> b.existingActivist(v))
          .doc("An existing community activist before C2 began; false if absent.")
          .defaulted()
          .field("electedMember", Scalars.BOOLEAN, Resident::electedMember, (b, v) -> b.electedMember(v))
          .doc("Also an elected member (councillor); false if absent.")
          .defaulted()
          .build();

  /** An agency representative, with the agency inside. */
  public static final ObjectCodec<AgencyRepresentative, AgencyRepresentative.Builder> AGENCY_REPRESENTATIVE =
      ObjectCodec.of(AgencyRepresentative.class, AgencyRepresentative::builder, b -> b.build())
          .describedAs("A member of staff representing an agency.")
          .field("id", Scalars.ID, AgencyRepresentative::id, (b, v) -> b.id(v))
          .optional("displayName", Scalars.TEXT, AgencyRepresentative::displayName, (b, v) -> b.displayName(v))
          .constrain("minLength", 0)
          .field("agency", AGENCY_CODEC, AgencyRepresentative::agency, (b, v) -> b.agency(v))
          .build();

  /** A board membership. */
  public static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP =
      ObjectCodec.of(Membership.class, Membership::builder, b -> b.build())
          .describedAs("One spell of board membership, half-open: a member on joined, no longer on left.")
          .field("personId", Scalars.ID, Membership::personId, (b, v) -> b.personId(v))
          .field("joined", Scalars.DATE, Membership::joined, (b, v) -> b.joined(v))
          .optional("left", Scalars.DATE, Membership::left, (b, v) -> b.left(v))
          .field("joinedBy", JOIN_METHOD, Membership::joinedBy, (b, v) -> b.joinedBy(v))
          .doc("How the member joined; self_selected if absent.")
          .defaulted()
          .build();

  /** An officer term. */
  public static final ObjectCodec<OfficerTerm, OfficerTerm.Builder> OFFICER_TERM =
      ObjectCodec.of(OfficerTerm.class, OfficerTerm::builder, b -> b.build())
          .describedAs("A term in office, half-open.")
          .field("role", OFFICER_ROLE, OfficerTerm::role, (b, v) -> b.role(v))
          .doc("The office.")
          .field("personId", Scalars.ID, OfficerTerm::personId, (b, v) -> b.personId(v))
          .field("start", Scalars.DATE, OfficerTerm::start, (b, v) -> b.start(v))
          .optional("end", Scalars.DATE, OfficerTerm::end, (b, v) -> b.end(v))
          .build();

  /** A partnership with its board history; also the {@code partnership} document. */
  public static final ObjectCodec<Partnership, Partnership.Builder> PARTNERSHIP =
      ObjectCodec.of(Partnership.class, Partnership::builder, b -> b.build())
          .describedAs("A resident-led C2 partnership with its people and board history. Person ids are unique across "
              + "residents and agency representatives; memberships of one person and terms of one office do not "
              + "overlap.")
          .field("id", Scalars.ID, Partnership::id, (b, v) -> b.id(v))
          .field("name", Scalars.TEXT, Partnership::name, (b, v) -> b.name(v))
          .field("neighbourhood", PlaceCodecs.NEIGHBOURHOOD, Partnership::neighbourhood, (b, v) -> b.neighbourhood(v))
          .optional("constitutionAdopted", Scalars.DATE, Partnership::constitutionAdopted, (b, v) -> b.constitutionAdopted(v))
          .list("residents", RESIDENT, Partnership::residents, (b, v) -> b.addAllResidents(v))
          .list("agencyRepresentatives", AGENCY_REPRESENTATIVE, Partnership::agencyRepresentatives,
              (b, v) -> b.addAllAgencyRepresentatives(v))
          .list("memberships", MEMBERSHIP, Partnership::memberships, (b, v) -> b.addAllMemberships(v))
          .doc("Board memberships; personId names a resident or agency representative.")
          .list("officerTerms", OFFICER_TERM, Partnership::officerTerms, (b, v) -> b.addAllOfficerTerms(v))
          .build();

  /** Agency has only a factory, no builder: its fields are gathered here, then passed to it. */
  static final class AgencyFields {
    String id;
    String name;
    Sector sector;

    Agency build() {
      if (id == null || name == null || sector == null) {
        // The varargs constructor: the exception names the missing attribute, as a builder's would.
        throw new org.c2model.core.InvalidValueException(new String[] {id == null ? "id" : name == null ? "name" : "sector"});
      }
      return Agency.of(id, name, sector);
    }
  }
}
