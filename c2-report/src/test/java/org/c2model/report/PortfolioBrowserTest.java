package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opens the portfolio page of a three-site programme in headless Chromium, as a programme board's
 * browser would: every section and the funnel plot of all sites are there, with no script and no
 * console error. Skipped without Chromium, failed when {@code CI} is set (see {@link ReportBrowserTest}).
 */
class PortfolioBrowserTest {

  private static final List<String> SECTIONS = List.of("p1", "p2", "p3", "p4", "p5", "p6");

  @Test
  void portfolio_opensInChromium_withEverySiteAndTheFunnelOfAllSites() throws Exception {
    Path chromium = DevTools.chromiumOrAbort("PortfolioBrowserTest");
    Path dir = Path.of("target", "report", "browser").toAbsolutePath();
    Files.createDirectories(dir);
    Path html = Reports.portfolioHtml(ReportFixtures.portfolio(), PortfolioOptions.none(), dir.resolve("portfolio.html"));
    try (DevTools browser = DevTools.open(chromium, html)) {
      String missing = browser.evaluate("(() => { const out = [];"
          + "for (const id of " + SECTIONS.stream().map(DevTools::quote).collect(java.util.stream.Collectors
              .joining(",", "[", "]")) + ") { const s = document.getElementById(id);"
          + "  if (!s || s.tagName !== 'SECTION' || !s.querySelector('h2')) out.push('section ' + id); }"
          + "const f = document.getElementById('portfolio-asb-incidents-funnel');"
          + "if (!f || !f.querySelector('title') || !f.querySelector('desc')) out.push('funnel of all sites');"
          + "else { const r = f.getBoundingClientRect(); if (r.width < 50 || r.height < 50) out.push('funnel size'); }"
          + "for (const id of ['site-T', 'site-PEER', 'site-BROKEN'])"
          + "  if (!document.getElementById(id)) out.push('site ' + id);"
          + "if (document.querySelectorAll('#table-portfolio tbody tr').length !== 3) out.push('comparison rows');"
          + "if (document.querySelectorAll('script').length) out.push('a script');"
          + "if (document.documentElement.scrollWidth > 1280) out.push('scrolls sideways');"
          + "return out.join('; '); })()");
      assertEquals("", missing, "missing from the page");
      String height = browser.evaluate("String(Math.ceil(document.documentElement.scrollHeight))");
      Files.write(dir.resolve("portfolio.png"), DevTools.data(browser.call("Page.captureScreenshot",
          "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":1280,\"height\":"
              + height + ",\"scale\":1}}")));
      List<String> errors = browser.events().stream()
          .filter(e -> e.contains("\"method\":\"Runtime.exceptionThrown\"")
              || e.contains("\"method\":\"Log.entryAdded\"") && e.contains("\"level\":\"error\""))
          .toList();
      assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
    assertTrue(Files.size(dir.resolve("portfolio.png")) > 10_000, "a screenshot of the page");
  }
}
