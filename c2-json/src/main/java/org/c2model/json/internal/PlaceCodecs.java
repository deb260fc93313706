package org.c2model.json.internal;


import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;

/** The codecs of {@code org.c2model.core.place}. */
public final class PlaceCodecs {

  private PlaceCodecs() {}

  /** A GSS code as its nine characters, such as {@code "E01000001"}. */
  public static final Codec<AreaCode> AREA_CODE = Scalars.textForm(AreaCode.class, AreaCode::of,
      AreaCode::toString, null, SchemaGenerator.node("description", "An ONS GSS area code, such as E01000001.", "type",
          "string", "pattern", "^[EWSNK][0-9]{8}$"));

  /** A neighbourhood; also the {@code neighbourhood} document. */
  public static final ObjectCodec<Neighbourhood, Neighbourhood.Builder> NEIGHBOURHOOD =
      ObjectCodec.of(Neighbourhood.class, Neighbourhood::builder, b -> b.build())
          .describedAs("A neighbourhood where a C2 partnership works, with the GSS areas it covers.")
          .field("id", Scalars.ID, Neighbourhood::id, (b, v) -> b.id(v))
          .field("name", Scalars.TEXT, Neighbourhood::name, (b, v) -> b.name(v))
          .set("areaCodes", AREA_CODE, Neighbourhood::areaCodes, (b, v) -> b.addAllAreaCodes(v))
          .doc("The ONS GSS codes of the areas covered, such as LSOAs.")
          .optional("population", Scalars.INTEGER, Neighbourhood::population, (b, v) -> b.population(v))
          .doc("The number of people living there, where known.")
          .constrain("minimum", 1)
          .build();
}
