package org.c2model.metrics.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.Step;
import org.c2model.core.step.StepResult;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.evaluation.IndicatorChange;
import org.c2model.metrics.stats.Change;
import org.c2model.metrics.stats.Comparison;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A programme of C2 partnerships, such as a council's five to twenty neighbourhoods, evaluated in
 * one call into a {@link PortfolioReport}: each site's step, governance status, key intermediate
 * outcomes and main indicator changes, the sites needing attention first with the reason as findings
 * (<i>Positively Local</i> secs. 2, 4 and 5; {@code docs/c2-model.md} sections 2, 4 and 5).
 *
 * <pre>{@code
 * Programme programme = Programme.builder().id("PR-DEVON").name("Devon C2 programme")
 *     .addSites(Site.of(townstalEvaluation), Site.of(otherEvaluation))
 *     .build();
 * PortfolioReport portfolio = programme.evaluate((site, done, total) -> {
 *   System.out.println(done + " of " + total + " sites");
 *   return true;   // false cancels
 * });
 * }</pre>
 * <p>
 * A site whose evaluation fails does not stop the others: it is listed with a
 * {@code Programme:SiteNotEvaluated} finding. A site needs attention when, on its as-of date, a
 * governance or step rule fails with severity error (the finding itself, its path under
 * {@code /sites/<id>}), an indicator got worse ({@code Programme:IndicatorWorse}), or no step has
 * been attained for {@link #stalledAfterMonths()} months while steps remain
 * ({@code Programme:Stalled}).
 *
 * @implSpec This class is immutable and thread-safe if its sites are; {@link #evaluate} evaluates the
 *     sites one after another in the calling thread.
 */
@Value.Immutable
public abstract class Programme {

  /** A site's evaluation failed; the message names the site and the failing field, if known. */
  public static final RuleId SITE_NOT_EVALUATED = RuleId.of("Programme:SiteNotEvaluated");
  /** A site's indicator got worse over its windows, absolutely or against its comparator. */
  public static final RuleId INDICATOR_WORSE = RuleId.of("Programme:IndicatorWorse");
  /** A site attained no step for a long time while steps remain to attain. */
  public static final RuleId STALLED = RuleId.of("Programme:Stalled");

  private static final Logger LOG = LoggerFactory.getLogger(Programme.class);

  Programme() {}

  /**
   * Gets the programme's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Gets the programme's name, such as "Devon C2 programme".
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Gets the sites, in the order the programme lists them.
   *
   * @return the sites, at least one, ids distinct
   */
  public abstract List<Site> sites();

  /**
   * Gets how many months without a newly attained step make a site with steps remaining "stalled".
   *
   * @return the months, at least 1, 12 by default
   */
  @Value.Default
  public int stalledAfterMonths() {
    return 12;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Programme}; {@code build()} rejects no sites, duplicate ids and a blank id. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    if (sites().isEmpty()) {
      throw InvalidValueException.of("sites", "must hold at least one site", "none");
    }
    Checks.unique(sites(), Site::id, "sites", "id");
    if (stalledAfterMonths() < 1) {
      throw InvalidValueException.of("stalledAfterMonths", "must be at least 1", stalledAfterMonths());
    }
  }

  /**
   * Evaluates every site.
   *
   * @return the portfolio, not null
   */
  public PortfolioReport evaluate() {
    return evaluate(ProgrammeProgress.NONE);
  }

  /**
   * Evaluates every site, one after another, telling {@code progress} after each.
   *
   * @param progress  told the sites done and total after each site; returns false to cancel, not null
   * @return the portfolio, not null
   * @throws CancellationException if {@code progress} cancelled: no portfolio is returned
   */
  public PortfolioReport evaluate(ProgrammeProgress progress) {
    Objects.requireNonNull(progress, "progress");
    long started = System.nanoTime();
    int total = sites().size();
    List<SiteResult> results = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      Site site = sites().get(i);
      results.add(evaluate(site));
      if (!progress.siteDone(site.id(), i + 1, total)) {
        LOG.debug("programme {} cancelled after {} of {} sites", id(), i + 1, total);
        throw new CancellationException("programme " + id() + " cancelled after " + (i + 1) + " of " + total
            + " sites: no portfolio is returned");
      }
    }
    // Sites needing attention first: those not evaluated, then the most reasons of severity error (such as a
    // lost resident majority), then the most reasons of any kind, else programme order.
    List<SiteResult> ordered = new ArrayList<>(results);
    ordered.sort(Comparator.comparing(SiteResult::evaluated)
        .thenComparing((SiteResult r) -> -r.attention().stream().filter(f -> f.severity() == Severity.ERROR).count())
        .thenComparing(r -> -r.attention().size()));
    PortfolioReport portfolio = PortfolioReport.builder().programmeId(id()).programmeName(name()).sites(ordered)
        .build();
    LOG.debug("programme {} evaluated in {} ms: {} sites, {} need attention", id(),
        (System.nanoTime() - started) / 1_000_000, total, portfolio.needingAttention().size());
    return portfolio;
  }

  private SiteResult evaluate(Site site) {
    Path at = Path.of("sites", site.id());
    SiteResult.Builder result = SiteResult.builder().siteId(site.id())
        .neighbourhoodId(site.evaluation().journey().neighbourhood().id());
    EvaluationReport report;
    try {
      report = site.evaluation().run();
    } catch (RuntimeException e) {
      // The exception's message may quote a value, so the finding names only its type and field.
      String field = e instanceof InvalidValueException iv ? iv.field().map(f -> " at field " + f).orElse("") : "";
      LOG.warn("programme {}: site {} could not be evaluated: {}{}", id(), site.id(), e.getClass().getSimpleName(),
          field);
      return result.addAttention(Finding.builder().ruleId(SITE_NOT_EVALUATED).severity(Severity.ERROR).path(at)
          .date(site.evaluation().asOf())
          .message("site " + site.id() + " could not be evaluated (" + e.getClass().getSimpleName() + field
              + "); the other sites were evaluated")
          .putArgs("site", site.id()).putArgs("exception", e.getClass().getName()).build()).build();
    }
    result.report(report);
    for (Finding f : report.governance().findings()) {
      if (f.severity() == Severity.ERROR) {
        result.addAttention(under(at, f));
      }
    }
    for (Finding f : report.steps().findings()) {
      if (f.severity() == Severity.ERROR) {
        result.addAttention(under(at, f));
      }
    }
    for (IndicatorChange c : report.indicatorChanges()) {
      if (c.verdict() == Comparison.WORSE || c.relativeVerdict().orElse(Comparison.NOT_COMPARED) == Comparison.WORSE) {
        result.addAttention(Finding.builder().ruleId(INDICATOR_WORSE).severity(Severity.WARNING)
            .path(at.property("indicators").property(c.indicator().id())).date(report.asOf())
            // "got worse" only where its own change says so; otherwise it is worse against the comparator
            .message("indicator " + c.indicator().id() + (c.verdict() == Comparison.WORSE ? " got worse" : " fared worse"
                + " than its comparator") + " at site " + site.id() + ": "
                + Change.describe(c.percentageChange()) + ", " + c.verdictText()
                + c.relativeVerdictText().map(v -> "; " + v).orElse(""))
            .putArgs("site", site.id()).putArgs("indicator", c.indicator().id()).build());
      }
    }
    stalled(site, report, at).ifPresent(result::addAttention);
    return result.build();
  }

  /** A finding when steps remain and none was attained within {@link #stalledAfterMonths()} of the as-of date. */
  private Optional<Finding> stalled(Site site, EvaluationReport report, Path at) {
    Optional<Step> frontier = report.steps().frontier();
    if (frontier.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> last = report.steps().steps().stream().map(StepResult::attainedOn).flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
    LocalDate since = last.orElse(site.evaluation().journey().start());
    long months = ChronoUnit.MONTHS.between(since, report.asOf());
    if (months < stalledAfterMonths()) {
      return Optional.empty();
    }
    return Optional.of(Finding.builder().ruleId(STALLED).severity(Severity.WARNING).path(at.property("steps"))
        .date(report.asOf())
        .message("site " + site.id() + " attained no step in the " + months + " months to " + report.asOf()
            + (last.isPresent() ? " (the last on " + last.get() + ")" : " (none since the journey's start)")
            + "; frontier: step " + frontier.get().number())
        .putArgs("site", site.id()).putArgs("months", Long.toString(months))
        .putArgs("frontier", Integer.toString(frontier.get().number())).build());
  }

  /** The finding with its path under the site's. */
  private static Finding under(Path site, Finding f) {
    Path p = site;
    for (String s : f.path().segments()) {
      p = p.property(s);
    }
    return Finding.builder().from(f).path(p).build();
  }
}
