package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AGENCY;
import static org.c2model.json.internal.C2JsonNames.AGENCY_REPRESENTATIVES;
import static org.c2model.json.internal.C2JsonNames.CONSTITUTION_ADOPTED;
import static org.c2model.json.internal.C2JsonNames.DISPLAY_NAME;
import static org.c2model.json.internal.C2JsonNames.ELECTED_MEMBER;
import static org.c2model.json.internal.C2JsonNames.END;
import static org.c2model.json.internal.C2JsonNames.EXISTING_ACTIVIST;
import static org.c2model.json.internal.C2JsonNames.ID;
import static org.c2model.json.internal.C2JsonNames.JOINED;
import static org.c2model.json.internal.C2JsonNames.JOINED_BY;
import static org.c2model.json.internal.C2JsonNames.KEY_RESIDENT;
import static org.c2model.json.internal.C2JsonNames.LEFT;
import static org.c2model.json.internal.C2JsonNames.MEMBERSHIPS;
import static org.c2model.json.internal.C2JsonNames.NAME;
import static org.c2model.json.internal.C2JsonNames.NEIGHBOURHOOD;
import static org.c2model.json.internal.C2JsonNames.OFFICER_TERMS;
import static org.c2model.json.internal.C2JsonNames.PERSON_ID;
import static org.c2model.json.internal.C2JsonNames.RESIDENTS;
import static org.c2model.json.internal.C2JsonNames.ROLE;
import static org.c2model.json.internal.C2JsonNames.SECTOR;
import static org.c2model.json.internal.C2JsonNames.START;

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
  public static final Codec<Sector> SECTOR_CODE = Scalars.codes(Sector.class, Sector::code);
  /** A join method as its code, such as {@code "self_selected"}. */
  public static final Codec<JoinMethod> JOIN_METHOD = Scalars.codes(JoinMethod.class, JoinMethod::code);
  /** An office as its code, such as {@code "deputy_chair"}. */
  public static final Codec<OfficerRole> OFFICER_ROLE = Scalars.codes(OfficerRole.class, OfficerRole::code);

  /** An agency: id, name and sector. */
  public static final ObjectCodec<Agency, AgencyFields> AGENCY_CODEC =
      ObjectCodec.of(Agency.class, AgencyFields::new, AgencyFields::build)
          .field(ID, Scalars.TEXT, Agency::id, (b, v) -> b.id = v)
          .field(NAME, Scalars.TEXT, Agency::name, (b, v) -> b.name = v)
          .field(SECTOR, SECTOR_CODE, Agency::sector, (b, v) -> b.sector = v)
          .build();

  /** A resident. */
  public static final ObjectCodec<Resident, Resident.Builder> RESIDENT =
      ObjectCodec.of(Resident.class, Resident::builder, b -> b.build())
          .field(ID, Scalars.TEXT, Resident::id, (b, v) -> b.id(v))
          .optional(DISPLAY_NAME, Scalars.TEXT, Resident::displayName, (b, v) -> b.displayName(v))
          .field(KEY_RESIDENT, Scalars.BOOLEAN, Resident::keyResident, (b, v) -> b.keyResident(v))
          .field(EXISTING_ACTIVIST, Scalars.BOOLEAN, Resident::existingActivist, (b, v) -> b.existingActivist(v))
          .field(ELECTED_MEMBER, Scalars.BOOLEAN, Resident::electedMember, (b, v) -> b.electedMember(v))
          .build();

  /** An agency representative, with the agency inside. */
  public static final ObjectCodec<AgencyRepresentative, AgencyRepresentative.Builder> AGENCY_REPRESENTATIVE =
      ObjectCodec.of(AgencyRepresentative.class, AgencyRepresentative::builder, b -> b.build())
          .field(ID, Scalars.TEXT, AgencyRepresentative::id, (b, v) -> b.id(v))
          .optional(DISPLAY_NAME, Scalars.TEXT, AgencyRepresentative::displayName, (b, v) -> b.displayName(v))
          .field(AGENCY, AGENCY_CODEC, AgencyRepresentative::agency, (b, v) -> b.agency(v))
          .build();

  /** A board membership. */
  public static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP =
      ObjectCodec.of(Membership.class, Membership::builder, b -> b.build())
          .field(PERSON_ID, Scalars.TEXT, Membership::personId, (b, v) -> b.personId(v))
          .field(JOINED, Scalars.DATE, Membership::joined, (b, v) -> b.joined(v))
          .optional(LEFT, Scalars.DATE, Membership::left, (b, v) -> b.left(v))
          .field(JOINED_BY, JOIN_METHOD, Membership::joinedBy, (b, v) -> b.joinedBy(v))
          .build();

  /** An officer term. */
  public static final ObjectCodec<OfficerTerm, OfficerTerm.Builder> OFFICER_TERM =
      ObjectCodec.of(OfficerTerm.class, OfficerTerm::builder, b -> b.build())
          .field(ROLE, OFFICER_ROLE, OfficerTerm::role, (b, v) -> b.role(v))
          .field(PERSON_ID, Scalars.TEXT, OfficerTerm::personId, (b, v) -> b.personId(v))
          .field(START, Scalars.DATE, OfficerTerm::start, (b, v) -> b.start(v))
          .optional(END, Scalars.DATE, OfficerTerm::end, (b, v) -> b.end(v))
          .build();

  /** A partnership with its board history; also the {@code partnership} document. */
  public static final ObjectCodec<Partnership, Partnership.Builder> PARTNERSHIP =
      ObjectCodec.of(Partnership.class, Partnership::builder, b -> b.build())
          .field(ID, Scalars.TEXT, Partnership::id, (b, v) -> b.id(v))
          .field(NAME, Scalars.TEXT, Partnership::name, (b, v) -> b.name(v))
          .field(NEIGHBOURHOOD, PlaceCodecs.NEIGHBOURHOOD, Partnership::neighbourhood, (b, v) -> b.neighbourhood(v))
          .optional(CONSTITUTION_ADOPTED, Scalars.DATE, Partnership::constitutionAdopted, (b, v) -> b.constitutionAdopted(v))
          .list(RESIDENTS, RESIDENT, Partnership::residents, (b, v) -> b.addAllResidents(v))
          .list(AGENCY_REPRESENTATIVES, AGENCY_REPRESENTATIVE, Partnership::agencyRepresentatives,
              (b, v) -> b.addAllAgencyRepresentatives(v))
          .list(MEMBERSHIPS, MEMBERSHIP, Partnership::memberships, (b, v) -> b.addAllMemberships(v))
          .list(OFFICER_TERMS, OFFICER_TERM, Partnership::officerTerms, (b, v) -> b.addAllOfficerTerms(v))
          .build();

  /** Agency has only a factory, no builder: its fields are gathered here, then passed to it. */
  static final class AgencyFields {
    String id;
    String name;
    Sector sector;

    Agency build() {
      if (id == null || name == null || sector == null) {
        // The varargs constructor: the exception names the missing attribute, as a builder's would.
        throw new org.c2model.core.InvalidValueException(new String[] {id == null ? ID : name == null ? NAME : SECTOR});
      }
      return Agency.of(id, name, sector);
    }
  }
}
