package org.c2model.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.c2model.metrics.evaluation.Windows;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.StaffTime;
import org.c2model.metrics.savings.UnitCostTable;

/**
 * Everything the main job needs to evaluate one neighbourhood, checked and read: where the journey
 * and observations come from, the comparator, the as-of date, the invest-to-save inputs, and a
 * statement of every default that was used in place of a value the user did not give.
 * <p>
 * Built by {@link EvaluateCommand} from the command line, or by
 * {@code TownstalEvaluation.townstalExample} for the bundled case study.
 *
 * @param journey  the journey document, or empty for the bundled Townstal journey
 * @param observations  the observations CSV, or empty for the bundled illustrative numbers
 * @param comparatorCodes  the comparator's GSS codes, empty for no comparator
 * @param asOf  the date to evaluate as of, or empty for the journey's end or last activity
 * @param unitCosts  the unit costs, already at {@code priceYear} prices, or empty to appraise no savings
 * @param priceYear  the price year of the appraisal
 * @param investments  the money put in, at {@code priceYear} prices
 * @param staffTime  the agencies' staff time counted as cost, priced by the unit costs' hourly rows
 * @param adjustments  deadweight, attribution and optimism bias
 * @param windows  the baseline and follow-up windows, or empty for the defaults
 * @param assumptions  one sentence for each default used, printed in the text and HTML reports
 * @param out  the directory the JSON and HTML are written into
 * @param syntheticControlDeadweight  whether the appraisal takes each indicator's synthetic control
 *     (from the donor areas) as its counterfactual, its deadweight, instead of the comparator method
 */
public record EvaluationSettings(Optional<Path> journey, Optional<Path> observations, List<String> comparatorCodes,
    Optional<LocalDate> asOf, Optional<UnitCostTable> unitCosts, PriceYear priceYear, List<Investment> investments,
    List<StaffTime> staffTime, Adjustments adjustments, Optional<Windows> windows, List<String> assumptions,
    Path out, boolean syntheticControlDeadweight) {

  /**
   * Checks and copies the settings, with the comparator method of deadweight.
   *
   * @throws NullPointerException if any argument is null
   */
  public EvaluationSettings(Optional<Path> journey, Optional<Path> observations, List<String> comparatorCodes,
      Optional<LocalDate> asOf, Optional<UnitCostTable> unitCosts, PriceYear priceYear, List<Investment> investments,
      List<StaffTime> staffTime, Adjustments adjustments, Optional<Windows> windows, List<String> assumptions,
      Path out) {
    this(journey, observations, comparatorCodes, asOf, unitCosts, priceYear, investments, staffTime, adjustments,
        windows, assumptions, out, false);
  }

  /**
   * Checks and copies the settings.
   *
   * @throws NullPointerException if any argument is null
   */
  public EvaluationSettings {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(observations, "observations");
    comparatorCodes = List.copyOf(comparatorCodes);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(unitCosts, "unitCosts");
    Objects.requireNonNull(priceYear, "priceYear");
    investments = List.copyOf(investments);
    staffTime = List.copyOf(staffTime);
    Objects.requireNonNull(adjustments, "adjustments");
    Objects.requireNonNull(windows, "windows");
    assumptions = List.copyOf(assumptions);
    Objects.requireNonNull(out, "out");
  }
}
