package org.c2model.metrics.savings;

import org.c2model.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The inputs of an invest-to-save case: unit costs at one price year, the events avoided for each
 * costable indicator, the adjustments, the investments and the discount schedule
 * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: invest-to-save; HM Treasury,
 * <em>The Green Book</em>; HM Treasury /
 * GMCA, <em>Supporting public service transformation: cost benefit analysis guidance for local
 * partnerships</em>, 2014).
 * <pre>{@code
 * SavingsEstimate e = SavingsAppraisal.builder()
 *     .priceYear(PriceYear.parse("2013/14"))
 *     .unitCosts(UnitCostTable.sample().uprate(PriceYear.parse("2013/14"), deflators))
 *     .addAvoidedEvents(AvoidedEvents.of("asb-incidents", new BigDecimal("96"), 1, 5))
 *     .defaultAdjustments(Adjustments.of("0.25", "0.5", "0.2"))
 *     .addInvestments(Investment.of(AgencyCode.LOCAL_AUTHORITY, 0, Money.gbp("20000"), PriceYear.parse("2013/14")))
 *     .build().evaluate();
 * }</pre>
 * Price years are never mixed silently: every unit cost used and every investment must be at
 * {@link #priceYear()}, or the appraisal is refused; uprate with {@link UnitCostTable#uprate} first.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SavingsAppraisal {

  SavingsAppraisal() {}

  /**
   * Gets the price year every amount is expressed in.
   *
   * @return the price year, not null
   */
  public abstract PriceYear priceYear();

  /**
   * Gets the currency every amount is expressed in; pounds sterling unless set.
   *
   * @return the currency, not null
   */
  @Value.Default
  public Currency currency() {
    return Money.GBP;
  }

  /**
   * Gets the unit costs.
   *
   * @return the table, not null
   */
  public abstract UnitCostTable unitCosts();

  /**
   * Gets the events avoided, one entry per indicator.
   *
   * @return the avoided events, not null
   */
  public abstract List<AvoidedEvents> avoidedEvents();

  /**
   * Gets the investments.
   *
   * @return the investments, possibly empty, not null
   */
  public abstract List<Investment> investments();

  /**
   * Gets the adjustments applied to indicators without their own; none unless set.
   *
   * @return the adjustments, not null
   */
  @Value.Default
  public Adjustments defaultAdjustments() {
    return Adjustments.none();
  }

  /**
   * Gets adjustments for particular indicators, such as deadweight from a comparator, by indicator id.
   *
   * @return the adjustments, not null
   */
  public abstract Map<String, Adjustments> adjustments();

  /**
   * Gets the discount schedule; the Green Book's unless set.
   *
   * @return the schedule, not null
   */
  @Value.Default
  @Value.Auxiliary
  public DiscountSchedule discountSchedule() {
    return DiscountSchedule.greenBook();
  }

  /**
   * Gets the uncertainty of the assumptions, propagated into the intervals of the NPV and
   * benefit-cost ratio by a seeded Monte Carlo; none unless set.
   *
   * @return the uncertainty, not null
   */
  @Value.Default
  public Uncertainty uncertainty() {
    return Uncertainty.none();
  }

  /**
   * Gets the counterfactual each indicator's events avoided were measured against, by indicator id,
   * such as {@code comparator N-CMP's trend (deadweight netted out)} or {@code none: baseline rate held
   * constant, deadweight assumed 0}: the deadweight as the counterfactual actually used.
   *
   * @return the counterfactuals, not null
   */
  public abstract Map<String, String> counterfactuals();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link SavingsAppraisal}; {@code build()} checks every invariant. */
  public static final class Builder extends ImmutableSavingsAppraisal.Builder {
    Builder() {}
  }

  /**
   * Gets the adjustments that apply to an indicator.
   *
   * @param indicatorId  the indicator's id, not null
   * @return its own adjustments, or the default, not null
   */
  public Adjustments adjustmentsFor(String indicatorId) {
    return adjustments().getOrDefault(indicatorId, defaultAdjustments());
  }

  /**
   * Evaluates the case: gross savings, each adjustment, discounting, NPV, benefit-cost ratio, payback
   * and the split by agency, for the point estimate and any interval bounds of the events avoided.
   * <p>
   * Each amount of each line is rounded half-even to pence as it is created, from the amount before
   * it rounded (events to {@value Scales#EVENTS} places, discount factors to {@value Scales#FACTOR});
   * every total is the sum of those rounded amounts, so the estimate adds up exactly ({@link Scales}).
   *
   * @return the estimate, not null
   */
  public SavingsEstimate evaluate() {
    List<String> warnings = new ArrayList<>();
    for (AvoidedEvents a : avoidedEvents()) {
      if (unitCosts().forIndicator(a.indicatorId()).isEmpty()) {
        warnings.add(a.indicatorId() + " has no unit cost; its change is not valued");
      }
    }
    List<SavingsLine> lines = lines(AvoidedEvents::perYear);
    boolean interval = avoidedEvents().stream().anyMatch(a -> a.lower().isPresent() || a.upper().isPresent());
    ImmutableSavingsEstimate.Builder out = ImmutableSavingsEstimate.builder().appraisal(this).lines(lines)
        .warnings(warnings);
    if (uncertainty().draws() > 0) {
      MonteCarlo mc = new MonteCarlo(this);
      mc.run(out);
      out.sensitivity(mc.sensitivity());
    } else if (interval) {
      Money investment = SavingsEstimate.presentValueOf(this);
      out.npvLower(SavingsEstimate.sum(lines(a -> a.lower().orElse(a.perYear())), currency()).minus(investment));
      out.npvUpper(SavingsEstimate.sum(lines(a -> a.upper().orElse(a.perYear())), currency()).minus(investment));
    }
    return out.build();
  }

  private List<SavingsLine> lines(Function<AvoidedEvents, BigDecimal> events) {
    List<SavingsLine> out = new ArrayList<>();
    for (AvoidedEvents a : avoidedEvents()) {
      Adjustments adj = adjustmentsFor(a.indicatorId());
      BigDecimal keep = BigDecimal.ONE.subtract(adj.deadweight());
      BigDecimal realised = BigDecimal.ONE.subtract(adj.optimismBias());
      for (UnitCost c : unitCosts().forIndicator(a.indicatorId())) {
        for (int year = a.firstYear(); year <= a.lastYear(); year++) {
          BigDecimal n = Scales.events(events.apply(a).multiply(a.share(year)));
          Money gross = Scales.money(c.cost().times(n));
          Money afterDeadweight = Scales.money(gross.times(keep));
          Money afterAttribution = Scales.money(afterDeadweight.times(adj.attribution()));
          Money net = Scales.money(afterAttribution.times(realised));
          BigDecimal factor = discountSchedule().factor(year);
          out.add(ImmutableSavingsLine.builder().indicatorId(a.indicatorId()).agency(c.agency())
              .valueType(c.valueType()).year(year).events(n).unitCost(c.cost()).gross(gross)
              .afterDeadweight(afterDeadweight).afterAttribution(afterAttribution).net(net).discountFactor(factor)
              .presentValue(Scales.money(net.times(factor))).build());
        }
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < avoidedEvents().size(); i++) {
      String id = avoidedEvents().get(i).indicatorId();
      if (!ids.add(id)) {
        throw InvalidValueException.of("avoidedEvents[" + i + "].indicatorId", "must not repeat", "'" + id + "'");
      }
      List<UnitCost> costs = unitCosts().forIndicator(id);
      for (int j = 0; j < costs.size(); j++) {
        UnitCost c = costs.get(j);
        String field = "unitCosts[" + id + "][" + j + "]";
        if (!c.priceYear().equals(priceYear())) {
          throw InvalidValueException.of(field + ".priceYear", "must be the appraisal's price year " + priceYear()
              + "; uprate the table first", c.priceYear());
        }
        if (!c.cost().currency().equals(currency())) {
          throw InvalidValueException.of(field + ".cost", "must be in " + currency(), c.cost());
        }
      }
    }
    for (int i = 0; i < investments().size(); i++) {
      Investment inv = investments().get(i);
      if (!inv.priceYear().equals(priceYear())) {
        throw InvalidValueException.of("investments[" + i + "].priceYear", "must be the appraisal's price year "
            + priceYear() + "; uprate it first", inv.priceYear());
      }
      if (!inv.amount().currency().equals(currency())) {
        throw InvalidValueException.of("investments[" + i + "].amount", "must be in " + currency(), inv.amount());
      }
    }
  }

  /**
   * Returns a one-line summary of the inputs.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "SavingsAppraisal (" + priceYear() + " prices, " + currency() + ", " + avoidedEvents().size()
        + " indicators, " + investments().size() + " investments, " + discountSchedule() + ", uncertainty "
        + uncertainty() + ")";
  }
}
