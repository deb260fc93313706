package org.c2model.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.indicator.IndicatorSeries;
import org.c2model.metrics.synth.SyntheticControl;
import org.immutables.value.Value;

/**
 * What a report shows beyond the {@link org.c2model.metrics.evaluation.EvaluationReport} itself:
 * the journey (for the network pictures, the step history with its lapses and the service changes
 * made for each priority), each indicator's series by period (drawn under the window rates), the
 * comparable areas each funnel plot places the neighbourhood among ({@link FunnelPeer}), and the
 * caller's notes, such as where the data came from.
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
   * Gets the comparable areas drawn in each indicator's funnel plot beside the neighbourhood and the
   * comparator, such as those {@link FunnelPeer#fromObservations} derives. An area whose code is the
   * neighbourhood's or the comparator's id, or one of the journey's neighbourhood's own areas, is not
   * drawn as a peer; leave out the comparator's own areas, which the report does not know.
   *
   * @return the peers, not null
   */
  public abstract List<FunnelPeer> peers();

  /**
   * Gets the peers of one indicator.
   *
   * @param indicatorId  the indicator id, not null
   * @return its peers in order, possibly empty, not null
   */
  public List<FunnelPeer> peers(String indicatorId) {
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    return peers().stream().filter(p -> p.indicatorId().equals(indicatorId)).toList();
  }

  /**
   * Gets notes shown under the title and in the summary's assumptions, such as "indicator data:
   * ILLUSTRATIVE SYNTHETIC NUMBERS". Escaped like every text; never put a person's name here.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  /**
   * Gets an earlier report of the same neighbourhood, such as last board's, read back from its
   * {@code evaluation_report} document: the report then lists what changed since
   * ({@link org.c2model.metrics.programme.ReportChanges}).
   *
   * @return the earlier report, empty for no change list
   */
  public abstract Optional<org.c2model.metrics.evaluation.EvaluationReport> previous();

  /**
   * Gets the synthetic control of each indicator, such as {@code Evaluation.syntheticControls()},
   * shown beside the comparator's figures: the mean gap, its total in events, the pre-period fit and
   * the placebo p-value.
   *
   * @return the synthetic controls by indicator id, empty for none, not null
   */
  public abstract Map<String, SyntheticControl> syntheticControls();

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
   * another indicator's id, or when a peer area is given twice for one indicator.
   */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    trends().forEach((id, s) -> sameIndicator("trends", id, s));
    comparatorTrends().forEach((id, s) -> sameIndicator("comparatorTrends", id, s));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < peers().size(); i++) {
      FunnelPeer p = peers().get(i);
      if (!seen.add(p.indicatorId() + "\n" + p.areaCode())) {
        throw org.c2model.core.InvalidValueException.of("peers[" + i + "].areaCode",
            "must not repeat an earlier peer of indicator " + p.indicatorId(), p.areaCode());
      }
    }
  }

  private static void sameIndicator(String field, String id, IndicatorSeries series) {
    if (!series.indicatorId().equals(id)) {
      throw org.c2model.core.InvalidValueException.of(field + "[" + id + "].indicatorId",
          "must be the key " + id, series.indicatorId());
    }
  }
}
