package org.c2model.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.immutables.value.Value;

/**
 * What a report shows beyond the {@link org.c2model.metrics.evaluation.EvaluationReport} itself:
 * the journey (for the network pictures, the step history with its lapses and the service changes
 * made for each priority), each indicator's series by period (drawn under the window rates), and
 * the caller's notes, such as where the data came from.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportOptions {

  ReportOptions() {}

  /**
   * Gets the journey the report was evaluated from.
   *
   * @return the journey, empty when the report alone is rendered
   */
  public abstract Optional<Journey> journey();

  /**
   * Gets the neighbourhood's series of each indicator, by indicator id.
   *
   * @return the series, not null
   */
  public abstract Map<String, IndicatorSeries> trends();

  /**
   * Gets the comparator's series of each indicator, by indicator id.
   *
   * @return the series, not null
   */
  public abstract Map<String, IndicatorSeries> comparatorTrends();

  /**
   * Gets notes shown under the title and in the summary's assumptions, such as "indicator data:
   * ILLUSTRATIVE SYNTHETIC NUMBERS". Escaped like every text; never put a person's name here.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  /**
   * Gets options that add nothing to the report.
   *
   * @return the options, not null
   */
  public static ReportOptions none() {
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
   * A builder of {@link ReportOptions}; {@code build()} throws
   * {@link org.c2model.core.InvalidValueException} naming the field when a series is filed under
   * another indicator's id.
   */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    trends().forEach((id, s) -> sameIndicator("trends", id, s));
    comparatorTrends().forEach((id, s) -> sameIndicator("comparatorTrends", id, s));
  }

  private static void sameIndicator(String field, String id, IndicatorSeries series) {
    if (!series.indicatorId().equals(id)) {
      throw org.c2model.core.InvalidValueException.of(field + "[" + id + "].indicatorId",
          "must be the key " + id, series.indicatorId());
    }
  }
}
