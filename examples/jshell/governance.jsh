// A board of 4 residents and 5 agency staff, evaluated the C2 way (docs/c2-model.md section 4).
var june = LocalDate.of(2009, 6, 1);
var b = Partnership.builder().id("P1").name("Example").neighbourhood(Neighbourhood.of("N1", "Townstal", "E01020136")).constitutionAdopted(june);
for (var i = 1; i <= 4; i++) b.addResidents(Resident.keyResident("R" + i)).addMemberships(Membership.of("R" + i, june));
for (var s : List.of(Sector.HEALTH, Sector.EDUCATION, Sector.POLICE, Sector.LOCAL_AUTHORITY, Sector.HOUSING)) b.addAgencyRepresentatives(AgencyRepresentative.of("A-" + s.code(), Agency.of(s.code(), s.code(), s))).addMemberships(Membership.of("A-" + s.code(), june));
var p = b.build();
System.out.println(GovernanceRules.evaluate(p, june));
