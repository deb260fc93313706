package org.c2model.report.internal;

import java.util.List;
import java.util.Optional;

/**
 * What the report's template shows, every text already in words and every number formatted; the
 * template escapes each of them. Built by {@link ViewBuilder}.
 *
 * @param title  the page title
 * @param neighbourhoodId  the neighbourhood's id
 * @param asOf  the as-of date
 * @param notes  the caller's notes (data sources, assumptions)
 * @param summary  section 1
 * @param journey  section 2
 * @param listening  section 3
 * @param outcomes  section 4
 * @param indicators  section 5
 * @param network  section 6
 * @param savings  section 7, empty without an appraisal
 * @param quality  section 8
 * @param changes  what changed since a previous report, in section 1; empty without one
 */
public record View(String title, String neighbourhoodId, String asOf, List<String> notes, Summary summary,
    JourneySection journey, Listening listening, Outcomes outcomes, Indicators indicators, Network network,
    Optional<Savings> savings, Quality quality, Optional<Changes> changes) {

  /**
   * What changed since a previous report of the neighbourhood.
   *
   * @param lead  the counts by category, or that nothing changed
   * @param table  one row per change: category, subject, before, after
   */
  public record Changes(String lead, Table table) {}

  /**
   * One finding, shown once, beside what it qualifies.
   *
   * @param anchor  the HTML id it is shown under
   * @param severity  error, warning or info
   * @param ruleId  the rule id
   * @param path  the JSON Pointer path
   * @param date  the date
   * @param message  the message
   */
  public record FindingView(String anchor, String severity, String ruleId, String path, String date, String message) {}

  /**
   * A headline statement of the executive summary.
   *
   * @param heading  such as "Where the partnership is"
   * @param text  the statement
   */
  public record Headline(String heading, String text) {}

  /**
   * Section 1.
   *
   * @param headlines  the statements, in order
   * @param assumptions  what the figures rest on: assumptions, approximations, synthetic data
   */
  public record Summary(List<Headline> headlines, List<String> assumptions) {}

  /**
   * Section 2.
   *
   * @param frontier  where the journey is, in words
   * @param steps  the step table
   * @param history  the step history (attained, lapsed, regained), empty without the journey
   * @param historyNote  why there is no history, or empty
   * @param stepFindings  the steps' timing and quality findings
   * @param governanceToday  the governance findings on the as-of day
   * @param governanceHistory  every span in which a governance rule failed
   */
  public record JourneySection(String frontier, Table steps, Optional<Table> history, String historyNote,
      List<FindingView> stepFindings, List<FindingView> governanceToday, Table governanceHistory) {}

  /**
   * A top priority and what changed for it.
   *
   * @param rank  1 to 5
   * @param theme  the residents' theme
   * @param changes  the service changes that name it, in words
   */
  public record Priority(int rank, String theme, List<String> changes) {}

  /**
   * Section 3.
   *
   * @param priorities  the top priorities, best first
   * @param note  how priorities and changes were matched, or why there are none
   */
  public record Listening(List<Priority> priorities, String note) {}

  /**
   * Section 4.
   *
   * @param lead  a sentence of totals
   * @param tables  the tables: service changes by kind and period, activities by age range, surveys
   */
  public record Outcomes(String lead, List<Table> tables) {}

  /**
   * One long-term indicator.
   *
   * @param anchor  the HTML id
   * @param id  the indicator id
   * @param name  the indicator's name
   * @param rateLabel  what the rates are, such as "per 1,000 population per year"
   * @param figures  the rows of figures: baseline, follow-up, change, comparator
   * @param verdict  the verdict in words
   * @param findings  its data-quality findings
   * @param trend  the trend chart
   * @param funnel  the funnel plot with its caption and points, empty when it cannot be drawn
   */
  public record Indicator(String anchor, String id, String name, String rateLabel, Table figures, String verdict,
      List<FindingView> findings, Svg trend, Optional<Charts.Funnel> funnel) {}

  /**
   * Section 5.
   *
   * @param windows  the windows in words
   * @param summary  one row per indicator
   * @param indicators  each indicator
   * @param otherFindings  data findings that belong to no one indicator
   */
  public record Indicators(String windows, Table summary, List<Indicator> indicators, List<FindingView> otherFindings) {}

  /**
   * Section 6.
   *
   * @param measures  the network measures before and after
   * @param growth  the measures at the workshop, each step's attainment and the as-of day, empty without the journey
   * @param before  the picture before, empty without the journey
   * @param after  the picture after, empty without the journey
   * @param pictureNote  what the pictures show, or why they are absent
   * @param weakConnectors  the weak connector candidates (by id)
   * @param findings  the weak connector findings
   * @param introductions  the connecting introductions proposed for a facilitator to consider, each with its
   *     measured gain, empty without the journey
   */
  public record Network(Table measures, Optional<Table> growth, Optional<Svg> before, Optional<Svg> after,
      String pictureNote, Table weakConnectors, List<FindingView> findings, Optional<Table> introductions) {}

  /**
   * Section 7.
   *
   * @param headline  the NPV and benefit-cost ratio with their intervals and what they assumed
   * @param payback  the payback statement
   * @param byAgency  who invests and who benefits, by agency
   * @param chart  the same as bars
   * @param sensitivity  the sensitivity table
   * @param lines  the appraisal lines
   * @param assumptions  every assumption
   * @param warnings  the appraisal's warnings
   */
  public record Savings(String headline, String payback, Table byAgency, Svg chart, Table sensitivity,
      Table lines, List<String> assumptions, List<String> warnings) {}

  /**
   * Section 8: where each finding is shown.
   *
   * @param lead  a sentence of counts
   * @param index  rule, path, severity and the section it is shown in
   * @param unplaced  findings that qualify no one figure, shown here
   */
  public record Quality(String lead, Table index, List<FindingView> unplaced) {}
}
