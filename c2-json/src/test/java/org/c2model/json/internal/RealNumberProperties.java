package org.c2model.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.c2model.json.C2Json;

/**
 * Real numbers in reports: any {@code double}, written, parsed as a JSON tree and written again, is
 * the same text, and read back is the same {@code double}.
 */
class RealNumberProperties {

  private static final ObjectMapper TREES = C2Json.newMapper();
  private static final ObjectMapper REALS = new ObjectMapper()
      .registerModule(new SimpleModule().addDeserializer(Double.class, Adapters.deserializer(Scalars.REAL, null))
          .addSerializer(Double.class, Adapters.serializer(Scalars.REAL, null)));

  @Provide
  Arbitrary<Double> reals() {
    return Arbitraries.oneOf(Arbitraries.doubles(),
        Arbitraries.longs().map(Double::longBitsToDouble),
        Arbitraries.of(0.1, 1.0 / 3, 1e-7, 1e21, -0.0, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Property(tries = 2000)
  void aRealWrittenParsedAndWrittenAgainIsTheSameText(@ForAll("reals") double x) throws Exception {
    String json = REALS.writeValueAsString(x);
    JsonNode tree = TREES.readTree(json);
    assertEquals(json, TREES.writeValueAsString(tree));
  }

  @Property(tries = 2000)
  void aRealWrittenAndReadIsTheSameDouble(@ForAll("reals") double x) throws Exception {
    assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(REALS.readValue(REALS.writeValueAsString(x), Double.class)));
  }
}
