package org.c2model.report.internal;

import java.util.List;
import java.util.Optional;

/**
 * What the portfolio page shows, every text in words and every number formatted; the template
 * escapes each of them. Built by {@link PortfolioViewBuilder}.
 *
 * @param title  the page title
 * @param lead  the sites, how many need attention, and the dates
 * @param notes  the caller's notes (data sources, synthetic sites)
 * @param attention  the sites needing attention, gravest first, with their reasons
 * @param comparison  one row per site
 * @param indicators  one row per site and indicator
 * @param funnels  one funnel plot per indicator, all sites together
 * @param funnelNote  what the funnel plots compare, or why there are none
 * @param changes  what changed at each site since its previous report, for the sites given one
 * @param sites  each site's own block
 */
public record PortfolioView(String title, String lead, List<String> notes, List<SiteAttention> attention,
    Table comparison, Table indicators, List<Charts.Funnel> funnels, String funnelNote, List<SiteChanges> changes,
    List<SiteBlock> sites) {

  /**
   * A site needing attention.
   *
   * @param siteId  the site's id
   * @param anchor  the HTML id of its block
   * @param summary  its step and governance in a sentence
   * @param reasons  the reasons, as findings
   */
  public record SiteAttention(String siteId, String anchor, String summary, List<View.FindingView> reasons) {}

  /**
   * What changed at one site.
   *
   * @param siteId  the site's id
   * @param changes  the changes
   */
  public record SiteChanges(String siteId, View.Changes changes) {}

  /**
   * One site's block.
   *
   * @param siteId  the site's id
   * @param anchor  the HTML id
   * @param heading  its id, neighbourhood and as-of date
   * @param summary  where it is, in a sentence
   * @param steps  its step table, empty when it was not evaluated
   * @param link  a link to its own report, empty without one
   */
  public record SiteBlock(String siteId, String anchor, String heading, String summary, Optional<Table> steps,
      Optional<String> link) {}
}
