/**
 * The rules API: a {@link org.c2model.core.rule.Rule} returns
 * {@link org.c2model.core.rule.Finding}s (rule id, severity, JSON Pointer path, message, date),
 * a {@link org.c2model.core.rule.RuleSet} runs rules under
 * {@link org.c2model.core.rule.RuleThresholds} and returns a
 * {@link org.c2model.core.rule.RuleReport}.
 * <p>
 * Invariants of values are checked at construction and throw; rules that a real partnership can
 * break are evaluated and return findings.
 */
@C2Style
package org.c2model.core.rule;

import org.c2model.core.style.C2Style;
