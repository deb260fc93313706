package org.c2model.examples.townstal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.c2model.core.Money;
import org.c2model.core.journey.Journey;
import org.c2model.core.place.Neighbourhood;
import org.c2model.csv.DeflatorCsv;
import org.c2model.csv.ObservationCsv;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.c2model.metrics.evaluation.Evaluation;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.savings.Adjustments;
import org.c2model.metrics.savings.AgencyCode;
import org.c2model.metrics.savings.DeflatorTable;
import org.c2model.metrics.savings.Investment;
import org.c2model.metrics.savings.PriceYear;
import org.c2model.metrics.savings.StaffTime;
import org.c2model.metrics.savings.UnitCost;
import org.c2model.metrics.savings.ValueType;
import org.c2model.metrics.savings.UnitCostTable;

/**
 * The bundled Townstal data and the main job's stated assumptions, in one place so the main job,
 * its tests and the JMH benchmark of {@link Evaluation#run()} evaluate exactly the same thing.
 */
public final class TownstalData {

  static final String DATA = "/org/c2model/examples/townstal/";
  /** The price year of the appraisal. */
  public static final PriceYear PRICES = PriceYear.parse("2013/14");
  /** The bundled comparator's GSS codes. */
  public static final String COMPARATOR_CODES = "E01020150,E01020151";

  private TownstalData() {}

  /**
   * Reads the bundled Townstal journey.
   *
   * @return the journey, not null
   */
  public static Journey journey() {
    return withResource("townstal-journey.json", in -> C2Json.read(DocumentKind.JOURNEY, in));
  }

  /**
   * Reads the bundled, illustrative (synthetic) indicator observations.
   *
   * @return the observations, not null
   */
  public static List<Observation> observations() {
    return withReader("observations-illustrative.csv",
        r -> ObservationCsv.read(r, "observations-illustrative.csv", BoundaryVintage.LSOA_2011));
  }

  /**
   * Reads the bundled, illustrative (synthetic) observations of ten peer areas, drawn only in the
   * report's funnel plots: the evaluation never reads them, so its figures do not depend on them.
   *
   * @return the observations, not null
   */
  public static List<Observation> peerAreas() {
    return withReader("peer-areas-illustrative.csv",
        r -> ObservationCsv.read(r, "peer-areas-illustrative.csv", BoundaryVintage.LSOA_2011));
  }

  /**
   * Gets the sample unit costs uprated to {@link #PRICES} with the bundled illustrative deflators.
   *
   * @return the unit costs, not null
   */
  public static UnitCostTable unitCosts() {
    return unitCosts(PRICES);
  }

  /**
   * Gets the sample unit costs uprated to a price year with the bundled illustrative deflators, and
   * the illustrative hourly staff costs (stated at {@link #PRICES}, uprated with the rest).
   *
   * @param year  the price year, one the illustrative deflators cover, not null
   * @return the unit costs, not null
   */
  public static UnitCostTable unitCosts(PriceYear year) {
    List<UnitCost> costs = new ArrayList<>(UnitCostTable.sample().costs());
    costs.add(hourly(AgencyCode.POLICE, "35.00"));
    costs.add(hourly(AgencyCode.LOCAL_AUTHORITY, "30.00"));
    costs.add(hourly(AgencyCode.NHS, "40.00"));
    return UnitCostTable.of(costs).uprate(year, deflators());
  }

  /**
   * Gets the bundled ILLUSTRATIVE price index (approximate UK GDP deflator ratios, 2013/14 = 100).
   *
   * @return the deflators, not null
   */
  public static DeflatorTable deflators() {
    return withResource("deflators-illustrative.csv", in -> DeflatorCsv.read(in, "deflators-illustrative.csv"));
  }

  /**
   * Gets the partnership's own money: Townstal's £1,500 start-up money pledged at the connecting
   * workshop, matched by a councillor.
   *
   * @return the investments at {@link #PRICES}, not null
   */
  public static List<Investment> investments() {
    return List.of(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("3000"), PRICES,
        "start-up money: GBP 1,500 pledged at the connecting workshop, matched by a councillor"));
  }

  /**
   * Gets the stated, illustrative adjustments: half the change attributed to the partnership, a 20%
   * optimism bias; deadweight is netted out by the comparator's trend where there is one.
   *
   * @return the adjustments, not null
   */
  public static Adjustments adjustments() {
    return Adjustments.of("0", "0.5", "0.2");
  }

  /** An hourly staff cost: an ILLUSTRATIVE assumption, flagged as such in its source and note. */
  private static UnitCost hourly(AgencyCode agency, String amount) {
    return UnitCost.builder().indicatorId(StaffTime.HOURLY_COST_ID).cost(Money.gbp(amount)).unit("per hour")
        .priceYear(PRICES).agency(agency).valueType(ValueType.FISCAL)
        .source("ILLUSTRATIVE ASSUMPTION of the Townstal example; replace with your agencies' own hourly costs")
        .note("hourly cost of staff time including on-costs").build();
  }

  /**
   * Gets the agency staff time the main job counts as cost, an ILLUSTRATIVE assumption: each month of
   * the partnership's first two years, two police hours, four council hours (facilitation and the
   * listening event's follow-up) and one NHS hour at partnership meetings.
   *
   * @return the staff time, not null
   */
  public static List<StaffTime> staffTime() {
    List<StaffTime> time = new ArrayList<>();
    for (int year = 1; year <= 2; year++) {
      time.add(StaffTime.of(AgencyCode.POLICE, year, "24", "partnership meetings"));
      time.add(StaffTime.of(AgencyCode.LOCAL_AUTHORITY, year, "48", "facilitation and partnership meetings"));
      time.add(StaffTime.of(AgencyCode.NHS, year, "12", "partnership meetings"));
    }
    return time;
  }

  /**
   * Gets the bundled comparator neighbourhood.
   *
   * @param codes  the comparator's GSS codes, comma-separated, not null
   * @return the comparator, not null
   */
  public static Neighbourhood comparator(String codes) {
    return Neighbourhood.of("N-COMPARATOR", "Comparator estate", codes.split(","));
  }

  /**
   * Returns an evaluation builder with the main job's stated assumptions: unit costs at
   * {@link #PRICES}, the adjustments and the partnership's own investment.
   *
   * @param journey  the journey, not null
   * @param source  the observations, not null
   * @param costs  the unit costs at {@link #PRICES}, not null
   * @return the builder, not null
   */
  public static Evaluation.Builder evaluation(Journey journey, ObservationSource source, UnitCostTable costs) {
    return Evaluation.builder().journey(journey).observations(source)
        .unitCosts(costs).priceYear(PRICES).adjustments(adjustments()).addAllInvestments(investments())
        .staffTime(staffTime());
  }

  /**
   * Returns the main job's evaluation of the bundled data, with the bundled comparator.
   *
   * @return the evaluation, not null
   */
  public static Evaluation bundled() {
    return evaluation(journey(), ObservationSource.of(observations()), unitCosts())
        .comparator(comparator(COMPARATOR_CODES)).build();
  }

  interface Read<T> {
    T apply(InputStream in) throws IOException;
  }

  static <T> T withResource(String name, Read<T> read) {
    try (InputStream in = Objects.requireNonNull(TownstalData.class.getResourceAsStream(DATA + name),
        "bundled resource " + name)) {
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T withReader(String name, Function<Reader, T> read) {
    return withResource(name, in -> read.apply(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }
}
