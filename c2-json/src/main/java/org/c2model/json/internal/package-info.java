/**
 * The machinery of the c2 JSON format; not exported, not API.
 * <p>
 * A {@link org.c2model.json.internal.Codec} maps one type to one JSON value.
 * {@link org.c2model.json.internal.ObjectCodec} maps a value type as a table of fields through its
 * public builder; {@link org.c2model.json.internal.Scalars} holds the scalar codecs; the
 * {@code *Codecs} classes hold one codec per c2-core type, package by package;
 * {@link org.c2model.json.internal.Adapters} turns them into Jackson (de)serializers;
 * {@link org.c2model.json.internal.JsonIn} holds the reading rules (header, unknown properties,
 * strict types, paths). Property names live in {@link org.c2model.json.internal.C2JsonNames}.
 * <p>
 * To map a new type: add its names to {@code C2JsonNames}, a codec to the {@code *Codecs} class
 * of its package, and the codec to {@link org.c2model.json.internal.Adapters#ALL}; for a new
 * document kind also a {@code DocumentKind} constant, a schema, a golden file and a generator.
 */
@C2Style
package org.c2model.json.internal;

import org.c2model.core.style.C2Style;
