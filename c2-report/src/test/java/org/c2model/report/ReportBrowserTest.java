package org.c2model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.c2model.core.journey.Journey;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;

/**
 * Opens the Townstal report in headless Chromium through the DevTools protocol, as a board member's
 * browser would: no console errors, every section and chart present, and printed on A4 no table is
 * wider than the page. Screenshots and a PDF are saved under {@code target/report/browser/}.
 * <p>
 * Chromium is {@code C2_CHROMIUM} or {@code chromium} on the PATH ({@code .ci/run} installs it).
 * Without it the test fails when the environment variable {@code CI} is set, and is skipped,
 * loudly, otherwise.
 */
class ReportBrowserTest {

  /** A4 is 210 mm wide; the report's print CSS leaves 14 mm margins: 182 mm at 96 px an inch. */
  private static final int A4_CONTENT_PX = (int) Math.floor(182 / 25.4 * 96);

  private static final List<String> SECTIONS = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
  private static final List<String> CHARTS = List.of("indicator-asb-incidents-trend", "indicator-burglary-trend",
      "indicator-asb-incidents-funnel", "indicator-burglary-funnel", "network-before", "network-after",
      "savings-chart");

  @Test
  void report_opensInChromium_withoutErrors_andPrintsOnA4() throws Exception {
    Path chromium = DevTools.chromiumOrAbort("ReportBrowserTest");
    Path dir = Path.of("target", "report", "browser").toAbsolutePath();
    Files.createDirectories(dir);
    Journey journey = ReportFixtures.journey();
    EvaluationReport report = ReportFixtures.report(journey);
    Path html = Reports.html(report, ReportFixtures.options(journey, report), dir.resolve("townstal.html"));

    try (DevTools browser = DevTools.open(chromium, html)) {

      String missing = browser.evaluate("(() => { const out = [];"
          + "for (const id of " + jsArray(SECTIONS) + ") { const s = document.getElementById(id);"
          + "  if (!s || s.tagName !== 'SECTION' || !s.querySelector('h2')) out.push('section ' + id); }"
          + "for (const id of " + jsArray(CHARTS) + ") { const c = document.getElementById(id);"
          + "  if (!c || c.tagName.toLowerCase() !== 'svg') { out.push('chart ' + id); continue; }"
          + "  const t = c.querySelector('title'), d = c.querySelector('desc');"
          + "  if (!t || !t.textContent.trim() || !d || !d.textContent.trim()) out.push('text alternative of ' + id);"
          + "  const r = c.getBoundingClientRect(); if (r.width < 50 || r.height < 50) out.push('size of ' + id); }"
          + "if (document.querySelectorAll('script').length) out.push('a script');"
          + "return out.join('; '); })()");
      assertEquals("", missing, "missing from the page");

      String height = browser.evaluate("String(Math.ceil(document.documentElement.scrollHeight))");
      Files.write(dir.resolve("screen.png"), DevTools.data(browser.call("Page.captureScreenshot",
          "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":1280,\"height\":"
              + height + ",\"scale\":1}}")));

      // Printed: print media at the width A4 leaves between the margins.
      browser.call("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
      browser.call("Emulation.setDeviceMetricsOverride", "{\"width\":" + A4_CONTENT_PX
          + ",\"height\":1100,\"deviceScaleFactor\":1,\"mobile\":false}");
      String cut = browser.evaluate("(() => { const out = []; const page = " + A4_CONTENT_PX + ";"
          + "document.querySelectorAll('table').forEach(t => { const r = t.getBoundingClientRect();"
          + "  if (r.right > page + 0.5 || t.scrollWidth > t.clientWidth + 1) out.push((t.id || 'a table') + ' is '"
          + "    + Math.ceil(Math.max(r.right, t.scrollWidth)) + 'px wide'); });"
          + "document.querySelectorAll('svg').forEach(s => { const r = s.getBoundingClientRect();"
          + "  if (r.right > page + 0.5) out.push((s.id || 'a chart') + ' is ' + Math.ceil(r.right) + 'px wide'); });"
          + "if (document.documentElement.scrollWidth > page + 0.5) out.push('the page scrolls sideways: '"
          + "  + document.documentElement.scrollWidth + 'px');"
          + "return out.join('; '); })()");
      assertEquals("", cut, "cut off at A4 width (" + A4_CONTENT_PX + " px) in print media");
      int tables = Integer.parseInt(browser.evaluate("String(document.querySelectorAll('table').length)"));
      assertTrue(tables >= 15, "the tables were checked: " + tables);
      assertEquals("print", browser.evaluate("matchMedia('print').matches ? 'print' : 'screen'"));
      String printHeight = browser.evaluate("String(Math.ceil(document.documentElement.scrollHeight))");
      Files.write(dir.resolve("print-a4.png"), DevTools.data(browser.call("Page.captureScreenshot",
          "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":" + A4_CONTENT_PX
              + ",\"height\":" + printHeight + ",\"scale\":1}}")));
      Files.write(dir.resolve("townstal.pdf"), DevTools.data(browser.call("Page.printToPDF",
          "{\"preferCSSPageSize\":true,\"printBackground\":true}")));

      List<String> errors = browser.events().stream()
          .filter(e -> e.contains("\"method\":\"Runtime.exceptionThrown\"")
              || e.contains("\"method\":\"Runtime.consoleAPICalled\"") && e.contains("\"type\":\"error\"")
              || e.contains("\"method\":\"Log.entryAdded\"") && e.contains("\"level\":\"error\""))
          .toList();
      assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
    assertTrue(Files.size(dir.resolve("screen.png")) > 10_000, "a screenshot of the page");
    assertTrue(Files.size(dir.resolve("print-a4.png")) > 10_000, "a screenshot of the printed page");
  }

  private static String jsArray(List<String> ids) {
    return ids.stream().map(DevTools::quote).collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
