/**
 * The evaluation report a board reads ({@code docs/architecture.md}, "c2-report"), rendered from an
 * {@link org.c2model.metrics.evaluation.EvaluationReport}: {@link org.c2model.report.Reports#html}
 * writes one self-contained HTML file (inline CSS, server-side SVG charts, no scripts and no
 * network access), {@link org.c2model.report.Reports#csv} one CSV file per table, and
 * {@link org.c2model.report.Reports#graphml} / {@link org.c2model.report.Reports#gexf} the community
 * network for Gephi or Kumu.
 * <p>
 * The HTML follows the order a board reads (<i>Positively Local</i> sec. 2 to 5;
 * {@code docs/c2-model.md} sections 2 to 5): 1. executive summary; 2. steps and governance; 3. "you
 * said, we did"; 4. intermediate outcomes; 5. long-term indicators with trend and funnel charts;
 * 6. the community network; 7. the invest-to-save case; 8. where each data-quality finding is shown.
 * Every text reaches the page through jte's HTML escaping; people appear by id, never by name.
 * <p>
 * Null policy: unless otherwise noted, passing null to any method of this package throws
 * {@link java.lang.NullPointerException}; optional values are returned as {@link java.util.Optional}
 * and absent collections as empty ones.
 */
@C2Style
package org.c2model.report;

import org.c2model.core.style.C2Style;
