/**
 * The machinery of the c2 JSON format; not exported, not API.
 * <p>
 * A {@link org.c2model.json.internal.Codec} maps one type to one JSON value.
 * {@link org.c2model.json.internal.ObjectCodec} maps a value type as a table of fields through its
 * public builder; {@link org.c2model.json.internal.Scalars} holds the scalar codecs; the
 * {@code *Codecs} classes hold one codec per c2-core type, package by package;
 * {@link org.c2model.json.internal.Adapters} turns them into Jackson (de)serializers;
 * {@link org.c2model.json.internal.JsonIn} holds the reading rules (header, unknown properties,
 * strict types, paths). A property name is written in one place only: the codec field that maps
 * it, as a string literal (names are camelCase and equal the Java accessor they map, so that an
 * {@code InvalidValueException} field such as {@code memberships[2].left} translates to the JSON
 * Pointer {@code /memberships/2/left}; a published name is never renamed within a major version).
 * <p>
 * To map a new type: a codec, with its property names, to the {@code *Codecs} class
 * of its package, and the codec to {@link org.c2model.json.internal.Adapters#ALL}; for a new
 * document kind also a {@code DocumentKind} constant, a schema, a golden file and a generator.
 */
@C2Style
package org.c2model.json.internal;

import org.c2model.core.style.C2Style;
