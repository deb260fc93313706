/**
 * The shared API of c2-core: {@link org.c2model.core.InvalidValueException}.
 * <p>
 * Guided tour of the module:
 * <ul>
 *   <li>{@code org.c2model.core.place}: {@code Neighbourhood} and the GSS {@code AreaCode}s it covers;</li>
 *   <li>{@code org.c2model.core.partnership}: who is in a C2 partnership ({@code Resident},
 *       {@code AgencyRepresentative}, {@code Agency}) and its board as dated history;</li>
 *   <li>{@code org.c2model.core.rule}: the rules API ({@code Rule}, {@code Finding}, {@code RuleReport},
 *       {@code RuleThresholds});</li>
 *   <li>{@code org.c2model.core.governance}: the C2 governance rules and their evaluation over time.</li>
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
