/**
 * The c2 JSON format: {@link org.c2model.json.C2Json} reads and writes documents,
 * {@link org.c2model.json.DocumentKind} lists the kinds and their schemas,
 * {@link org.c2model.json.C2Module} is the Jackson module, and
 * {@link org.c2model.json.C2JsonException} is the one exception any bad input raises, with the
 * JSON Pointer of the offending value. {@link org.c2model.json.LenientRead} carries the
 * {@link org.c2model.json.ReadWarning}s of a lenient read.
 */
@C2Style
package org.c2model.json;

import org.c2model.core.style.C2Style;
