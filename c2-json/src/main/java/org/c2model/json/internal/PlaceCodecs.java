package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.AREA_CODES;
import static org.c2model.json.internal.C2JsonNames.ID;
import static org.c2model.json.internal.C2JsonNames.NAME;
import static org.c2model.json.internal.C2JsonNames.POPULATION;

import org.c2model.core.place.AreaCode;
import org.c2model.core.place.Neighbourhood;

/** The codecs of {@code org.c2model.core.place}. */
public final class PlaceCodecs {

  private PlaceCodecs() {}

  /** A GSS code as its nine characters, such as {@code "E01000001"}. */
  public static final Codec<AreaCode> AREA_CODE = Scalars.textForm(AreaCode.class, AreaCode::of, AreaCode::toString);

  /** A neighbourhood; also the {@code neighbourhood} document. */
  public static final ObjectCodec<Neighbourhood, Neighbourhood.Builder> NEIGHBOURHOOD =
      ObjectCodec.of(Neighbourhood.class, Neighbourhood::builder, b -> b.build())
          .field(ID, Scalars.TEXT, Neighbourhood::id, (b, v) -> b.id(v))
          .field(NAME, Scalars.TEXT, Neighbourhood::name, (b, v) -> b.name(v))
          .set(AREA_CODES, AREA_CODE, Neighbourhood::areaCodes, (b, v) -> b.addAllAreaCodes(v))
          .optional(POPULATION, Scalars.INTEGER, Neighbourhood::population, (b, v) -> b.population(v))
          .build();
}
