package org.c2model.metrics.programme;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Severity;
import org.c2model.metrics.evaluation.IntermediateOutcomeMeasures;
import org.c2model.metrics.stats.Comparison;
import org.immutables.value.Value;

/**
 * The evaluation of a {@link Programme}: every site, those needing attention first with the reasons
 * as findings, then the others in programme order. Produced by {@link Programme#evaluate()}.
 * <p>
 * {@link #toString()} prints one row per site (step, governance, key intermediate outcomes, indicator
 * verdicts) and then every reason for attention, by ids and counts only.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioReport {

  PortfolioReport() {}

  /**
   * Gets the programme's id.
   *
   * @return the id, not blank
   */
  public abstract String programmeId();

  /**
   * Gets the programme's name.
   *
   * @return the name, not null
   */
  public abstract String programmeName();

  /**
   * Gets every site, those needing attention first.
   *
   * @return the sites, not null
   */
  public abstract List<SiteResult> sites();

  /**
   * Gets the sites needing attention, gravest first.
   *
   * @return the sites, not null
   */
  public List<SiteResult> needingAttention() {
    return sites().stream().filter(SiteResult::needsAttention).collect(Collectors.toList());
  }

  /**
   * Gets every reason for attention of every site, in site order.
   *
   * @return the findings, not null
   */
  public List<Finding> findings() {
    return sites().stream().flatMap(s -> s.attention().stream()).collect(Collectors.toList());
  }

  /**
   * Returns a builder, for a portfolio stored earlier; compute one with {@link Programme#evaluate()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link PortfolioReport}; {@code build()} rejects a blank id and duplicate site ids. */
  public static final class Builder extends ImmutablePortfolioReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(programmeId(), "programmeId");
    Checks.unique(sites(), SiteResult::siteId, "sites", "siteId");
  }

  /**
   * Returns the portfolio as a table and the reasons for attention, by ids and counts only.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("C2 programme ").append(programmeId()).append(": ").append(sites().size()).append(" sites, ")
        .append(needingAttention().size()).append(" needing attention\n");
    sb.append(String.format(Locale.ROOT, "%-12s %-12s %-10s %-6s %-9s %-10s %-8s %-10s %-18s %s%n", "site",
        "neighbourhood", "as of", "steps", "frontier", "gov. err", "changes", "activities", "better/similar/worse",
        "attention"));
    for (SiteResult s : sites()) {
      if (s.report().isEmpty()) {
        sb.append(String.format(Locale.ROOT, "%-12s %-12s not evaluated%s%n", s.siteId(), s.neighbourhoodId(),
            "; " + s.attention().size() + " reason(s)"));
        continue;
      }
      IntermediateOutcomeMeasures io = s.report().get().intermediateOutcomes();
      sb.append(String.format(Locale.ROOT, "%-12s %-12s %-10s %-6s %-9s %-10d %-8d %-10d %-20s %d%n", s.siteId(),
          s.neighbourhoodId(), s.report().get().asOf(), s.stepsAttained() + "/7",
          s.frontier().map(f -> "step " + f.number()).orElse("none"), s.governanceFindings(Severity.ERROR),
          io.serviceChanges(), io.residentActivities(), s.indicators(Comparison.BETTER) + "/"
              + s.indicators(Comparison.SIMILAR) + "/" + s.indicators(Comparison.WORSE), s.attention().size()));
    }
    if (!needingAttention().isEmpty()) {
      sb.append("Attention\n");
      findings().forEach(f -> sb.append("  ").append(f).append('\n'));
    }
    return sb.toString();
  }
}
