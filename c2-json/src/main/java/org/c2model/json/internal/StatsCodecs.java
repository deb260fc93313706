package org.c2model.json.internal;


import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
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
  public static final Codec<ConfidenceLevel> CONFIDENCE_LEVEL = new Codec<>(ConfidenceLevel.class, null,
      SchemaGenerator.node("description", "A confidence level as a proportion, such as 0.95.", "type", "number")) {
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
  public static final Codec<Comparison> COMPARISON_CODE =
      Scalars.codes(Comparison.class,
          "The verdict of comparing an estimate with a benchmark, as Fingertips colours it.");

  /** An estimate with its interval. */
  public static final ObjectCodec<Estimate, Estimate.Builder> ESTIMATE =
      ObjectCodec.of(Estimate.class, Estimate::builder, Estimate.Builder::build)
          .describedAs("A statistic with its confidence interval, written the same way everywhere. A value or limit "
              + "that is not available (R's NA) is left out and suppressionReason says why.")
          .constrainType("anyOf", List.of(SchemaGenerator.node("required", List.of("value", "lower", "upper")),
              SchemaGenerator.node("required", List.of("suppressionReason"))))
          .optional("value", Scalars.REAL, e -> Scalars.boxed(e.value()), (b, v) -> b.value(v.doubleValue()))
          .doc("The point estimate.")
          .optional("lower", Scalars.REAL, e -> Scalars.boxed(e.lower()), (b, v) -> b.lower(v.doubleValue()))
          .doc("The lower confidence limit.")
          .optional("upper", Scalars.REAL, e -> Scalars.boxed(e.upper()), (b, v) -> b.upper(v.doubleValue()))
          .doc("The upper confidence limit; Infinity at a confidence level of 1 where it is unbounded.")
          .field("confidence", CONFIDENCE_LEVEL, Estimate::confidence, Estimate.Builder::confidence)
          .doc("The confidence level, as a proportion such as 0.95.")
          .constrain("minimum", 0.9)
          .constrain("maximum", 1)
          .field("method", Scalars.TEXT, Estimate::method, Estimate.Builder::method)
          .doc("The method of the interval, as PHEindicatormethods labels it, such as Wilson or Byars.")
          .field("statistic", Scalars.TEXT, Estimate::statistic, Estimate.Builder::statistic)
          .doc("What the value measures, such as percentage or rate per 1000.")
          .field("unit", Scalars.TEXT, Estimate::unit, Estimate.Builder::unit)
          .doc("The unit printed after a number, such as % or ' per 1,000'; empty for none.")
          .constrain("minLength", 0)
          .field("inputs", Scalars.TEXT_MAP, Estimate::inputs, Estimate.Builder::inputs)
          .doc("The numbers the estimate came from, by name, in order.")
          .field("inputSummary", Scalars.TEXT, Estimate::inputSummary, Estimate.Builder::inputSummary)
          .doc("A short reading of the inputs, such as 18 of 25; empty for none.")
          .constrain("minLength", 0)
          .optional("suppressionReason", Scalars.TEXT, Estimate::suppressionReason, Estimate.Builder::suppressionReason)
          .doc("Why the value or a limit is not available.")
          .build();
}
