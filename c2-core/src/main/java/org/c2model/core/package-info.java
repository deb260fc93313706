/**
 * The shared API of c2-core: {@link org.c2model.core.InvalidValueException} and
 * {@link org.c2model.core.Money}.
 * <p>
 * Guided tour of the module:
 * <ul>
 *   <li>{@code org.c2model.core.place}: {@code Neighbourhood} and the GSS {@code AreaCode}s it covers;</li>
 *   <li>{@code org.c2model.core.partnership}: who is in a C2 partnership ({@code Resident},
 *       {@code AgencyRepresentative}, {@code Agency}) and its board as dated history;</li>
 *   <li>{@code org.c2model.core.rule}: the rules API ({@code Rule}, {@code Finding}, {@code RuleReport},
 *       {@code RuleThresholds});</li>
 *   <li>{@code org.c2model.core.governance}: the C2 governance rules and their evaluation over time;</li>
 *   <li>{@code org.c2model.core.journey}: a neighbourhood's {@code Journey}, the dated record of its
 *       activities (walkabouts, workshops, the listening event, meetings, service changes, ...);</li>
 *   <li>{@code org.c2model.core.listening}: the listening event's responses and their prioritisation
 *       (dot voting, Borda count) into a top five;</li>
 *   <li>{@code org.c2model.core.step}: the seven steps, their criteria, and the assessment of a
 *       journey as of a date with its timing and quality findings.</li>
 * </ul>
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this module throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * and absent collections as empty ones.
 * <p>
 * Value types are immutable and thread-safe, and value-based: do not use identity, {@code ==} or
 * synchronization on them.
 */
package org.c2model.core;
