package org.c2model.json.internal;


import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.stats.Comparison;
import org.c2model.metrics.stats.ConfidenceLevel;
import org.c2model.metrics.stats.Estimate;

/**
 * The codecs of c2-metrics' {@code org.c2model.metrics.stats}: estimates with their intervals, as
 * every report writes them, and the verdict of comparing one with a benchmark.
 * <p>
 * An estimate is written the same way wherever it appears:
 * {@code {"value": 72.0, "lower": 52.4..., "upper": 85.7..., "confidence": 0.95, "method": "Wilson",
 * "statistic": "percentage", "unit": "%", "inputs": {"numerator": "18", ...}, "inputSummary": "18 of 25"}}.
 * A value or limit that is not available (R's {@code NA}) is left out, and {@code suppressionReason}
 * says why; {@code unit} and {@code inputSummary} are always written, empty when there is none. Numbers
 * are {@link Scalars#REAL}: an upper limit at a confidence level of 1 is {@code "Infinity"}.
 * Reading one back checks what {@code Estimate.builder()} checks: no NaN, a lower limit not above
 * the upper, a suppression reason wherever the value or a limit is missing.
 */
public final class StatsCodecs {

  private StatsCodecs() {}

  /** A confidence level as a proportion, such as {@code 0.95}; read as c2-metrics reads one, 95 too. */
  public static final Codec<ConfidenceLevel> CONFIDENCE_LEVEL = new Codec<>(ConfidenceLevel.class) {
    @Override
    public ConfidenceLevel read(JsonIn in) throws IOException {
      double level = in.real();
      try {
        return ConfidenceLevel.of(level);
      } catch (InvalidValueException e) {
        throw in.invalidHere(e);
      }
    }

    @Override
    public void write(ConfidenceLevel value, JsonGenerator g) throws IOException {
      Scalars.REAL.write(value.level(), g);
    }
  };

  /** A comparison with a benchmark as its lower-cased name, such as {@code "better"} or {@code "not_compared"}. */
  public static final Codec<Comparison> COMPARISON_CODE = Scalars.codes(Comparison.class);

  /** An estimate with its interval. */
  public static final ObjectCodec<Estimate, Estimate.Builder> ESTIMATE =
      ObjectCodec.of(Estimate.class, Estimate::builder, Estimate.Builder::build)
          .optional("value", Scalars.REAL, e -> Scalars.boxed(e.value()), (b, v) -> b.value(v.doubleValue()))
          .optional("lower", Scalars.REAL, e -> Scalars.boxed(e.lower()), (b, v) -> b.lower(v.doubleValue()))
          .optional("upper", Scalars.REAL, e -> Scalars.boxed(e.upper()), (b, v) -> b.upper(v.doubleValue()))
          .field("confidence", CONFIDENCE_LEVEL, Estimate::confidence, Estimate.Builder::confidence)
          .field("method", Scalars.TEXT, Estimate::method, Estimate.Builder::method)
          .field("statistic", Scalars.TEXT, Estimate::statistic, Estimate.Builder::statistic)
          .field("unit", Scalars.TEXT, Estimate::unit, Estimate.Builder::unit)
          .field("inputs", Scalars.TEXT_MAP, Estimate::inputs, Estimate.Builder::inputs)
          .field("inputSummary", Scalars.TEXT, Estimate::inputSummary, Estimate.Builder::inputSummary)
          .optional("suppressionReason", Scalars.TEXT, Estimate::suppressionReason, Estimate.Builder::suppressionReason)
          .build();
}
