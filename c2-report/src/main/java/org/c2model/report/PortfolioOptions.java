package org.c2model.report;

import java.util.List;
import java.util.Map;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.immutables.value.Value;

/**
 * What a portfolio page shows beyond the {@link org.c2model.metrics.programme.PortfolioReport}
 * itself: the caller's notes, a link to each site's own report, and each site's previous report for
 * its list of changes since.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioOptions {

  PortfolioOptions() {}

  /**
   * Gets notes shown under the title, such as which sites are synthetic. Escaped like every text;
   * never put a person's name here.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  /**
   * Gets a link to each site's own report, relative to the portfolio page, by site id.
   *
   * @return the links, not null
   */
  public abstract Map<String, String> links();

  /**
   * Gets each site's previous report, by site id, for the list of what changed since.
   *
   * @return the previous reports, not null
   */
  public abstract Map<String, EvaluationReport> previous();

  /**
   * Gets options that add nothing.
   *
   * @return the options, not null
   */
  public static PortfolioOptions none() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link PortfolioOptions}; {@code build()} throws
   * {@link org.c2model.core.InvalidValueException} naming the field when a link is not a relative
   * path (it has a scheme such as {@code javascript:}) or a previous report is filed under no site id.
   */
  public static final class Builder extends ImmutablePortfolioOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    links().forEach((site, link) -> {
      if (link.isBlank() || link.contains(":") || link.startsWith("//")) {
        throw org.c2model.core.InvalidValueException.of("links[" + site + "]",
            "must be a relative path such as townstal/evaluation.html", link);
      }
    });
    previous().forEach((site, report) -> {
      if (site.isBlank()) {
        throw org.c2model.core.InvalidValueException.of("previous", "must be filed under a site id", "'" + site + "'");
      }
    });
  }
}
