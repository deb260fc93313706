package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.StringWriter;
import java.util.List;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.Person;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.junit.jupiter.api.Test;

/**
 * The {@code "type"}-tagged mapping of a closed set of types (what journey activities will use),
 * shown on c2-core's sealed {@link Person}: residents and agency representatives.
 */
class VariantCodecTest {

  private static final VariantCodec<Person> PERSON = VariantCodec.of(Person.class)
      .variant("resident", PartnershipCodecs.RESIDENT)
      .variant("agency_representative", PartnershipCodecs.AGENCY_REPRESENTATIVE)
      .build();

  private static final ObjectReader READER = new ObjectMapper()
      .registerModule(new SimpleModule().addDeserializer(Person.class, Adapters.deserializer(PERSON, null)))
      .readerFor(Person.class);

  private static String write(Person person) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new ObjectMapper().createGenerator(out)) {
      PERSON.write(person, g);
    }
    return out.toString();
  }

  private static PointedException fails(String json) {
    return assertThrows(PointedException.class, () -> READER.readValue(json));
  }

  @Test
  void write_putsTheTypeFirstAndReadGivesTheValueBack() throws Exception {
    List<Person> people = List.of(Resident.keyResident("R1"),
        AgencyRepresentative.of("A1", Agency.of("AG", "Police", Sector.POLICE)));
    assertEquals("{\"type\":\"resident\",\"id\":\"R1\",\"keyResident\":true,\"existingActivist\":false,\"electedMember\":false}",
        write(people.get(0)));
    for (Person p : people) {
      assertEquals(p, READER.readValue(write(p)));
    }
  }

  @Test
  void read_findsTheTypeAnywhereInTheObject() throws Exception {
    assertEquals(Resident.of("R1"), READER.readValue("{\"id\": \"R1\", \"type\": \"resident\"}"));
  }

  @Test
  void read_unknownOrMissingTypeFailsAtType() {
    PointedException unknown = fails("{\"type\": \"volunteer\", \"id\": \"V1\"}");
    assertEquals("/type", unknown.path().toJsonPointer());
    assertTrue(unknown.getMessage().contains("resident, agency_representative"), unknown.getMessage());
    assertEquals("/type", fails("{\"id\": \"R1\"}").path().toJsonPointer());
    assertEquals("/type", fails("{}").path().toJsonPointer());
  }

  @Test
  void read_errorsInABufferedObjectKeepTheirPaths() {
    assertEquals("/agency/sector", fails("{\"id\": \"A1\", \"agency\": {\"id\": \"AG\", \"name\": \"P\", \"sector\": \"cops\"},"
        + " \"type\": \"agency_representative\"}").path().toJsonPointer());
    assertEquals("/keyResident", fails("{\"keyResident\": 1, \"type\": \"resident\", \"id\": \"R1\"}").path().toJsonPointer());
    ObjectReader arrays = new ObjectMapper()
        .registerModule(new SimpleModule().addDeserializer(Person.class, Adapters.deserializer(PERSON, null)))
        .readerFor(Person[].class);
    PointedException nested = assertThrows(PointedException.class, () -> arrays.readValue("[{\"type\": \"resident\", \"id\": \"R1\"},"
        + " {\"id\": \"R2\", \"keyResident\": \"yes\", \"type\": \"resident\"}]"));
    assertEquals("/1/keyResident", nested.path().toJsonPointer());
  }
}
