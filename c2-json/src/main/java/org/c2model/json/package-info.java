/**
 * The c2 JSON format: {@link org.c2model.json.C2Json} reads and writes documents,
 * {@link org.c2model.json.DocumentKind} lists the kinds and their schemas,
 * {@link org.c2model.json.C2Module} is the Jackson module, and
 * {@link org.c2model.json.C2JsonException} is the one exception any bad input raises, with the
 * JSON Pointer of the offending value. {@link org.c2model.json.LenientRead} carries the
 * {@link org.c2model.json.ReadWarning}s of a lenient read.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * or one of its primitive forms ({@link java.util.OptionalDouble}, {@link java.util.OptionalInt}) and
 * absent collections as empty ones.
 */
@C2Style
package org.c2model.json;

import org.c2model.core.style.C2Style;
