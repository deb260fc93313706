package org.c2model.metrics.programme;

/**
 * Told after each site of a {@link Programme} is evaluated, with how many are done of how many; it
 * may cancel the rest.
 */
@FunctionalInterface
public interface ProgrammeProgress {

  /** A progress callback that never cancels and reports nowhere. */
  ProgrammeProgress NONE = (siteId, done, total) -> true;

  /**
   * Called after a site is evaluated (or failed to be: its finding is in the portfolio).
   *
   * @param siteId  the id of the site just done, not null
   * @param done  the number of sites done, from 1 to {@code total}
   * @param total  the number of sites of the programme
   * @return true to go on, false to cancel: then no portfolio is returned at all
   */
  boolean siteDone(String siteId, int done, int total);
}
