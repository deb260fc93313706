package org.c2model.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.c2model.core.InvalidValueException;
import org.c2model.metrics.evaluation.EvaluationReport;
import org.c2model.metrics.network.CommunityNetwork;
import org.c2model.metrics.programme.PortfolioReport;
import org.c2model.metrics.programme.ReportChanges;
import org.c2model.metrics.programme.SiteResult;
import org.c2model.report.internal.CsvTables;
import org.c2model.report.internal.NetworkXml;
import org.c2model.report.internal.PortfolioView;
import org.c2model.report.internal.PortfolioViewBuilder;
import org.c2model.report.internal.Table;
import org.c2model.report.internal.View;
import org.c2model.report.internal.ViewBuilder;

/**
 * Renders an {@link EvaluationReport} for a board, a CRM or a researcher: one self-contained HTML
 * file, CSV files of every table, and the network as GraphML and GEXF. From JShell:
 * {@code Reports.html(report, Path.of("evaluation.html"))}.
 * <p>
 * Every file is written whole or not at all: it is rendered in memory, written beside its target
 * and moved into place.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Reports {

  /** The precompiled templates (jte-maven-plugin); no template compiler is needed at run time. */
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Reports.class.getClassLoader(), "org.c2model.report.templates");

  private Reports() {}

  /**
   * Renders the report alone as HTML (without the journey, the network pictures, step history and
   * service changes per priority say what they need) and writes it.
   *
   * @param report  the report, not null
   * @param file  the HTML file to write, not null
   * @return the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path html(EvaluationReport report, Path file) {
    return html(report, ReportOptions.none(), file);
  }

  /**
   * Renders the report as HTML with the given options and writes it.
   *
   * @param report  the report, not null
   * @param options  what to show beyond the report, not null
   * @param file  the HTML file to write, not null
   * @return the file, not null
   * @throws InvalidValueException if the options' journey is of another neighbourhood
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path html(EvaluationReport report, ReportOptions options, Path file) {
    Objects.requireNonNull(file, "file");
    String html = htmlString(report, options);
    write(file, html);
    return file;
  }

  /**
   * Renders the report as HTML with the given options.
   *
   * @param report  the report, not null
   * @param options  what to show beyond the report, not null
   * @return the whole HTML page, not null
   * @throws InvalidValueException if the options' journey is of another neighbourhood
   */
  public static String htmlString(EvaluationReport report, ReportOptions options) {
    View view = view(report, options);
    StringOutput out = new StringOutput();
    ENGINE.render("report.jte", view, out);
    return out.toString();
  }

  /**
   * Renders a programme's portfolio as one self-contained HTML page (the sites needing attention
   * first, every site compared, the main indicator changes, the funnel plot of all sites together,
   * what changed since each site's previous report, and each site) and writes it.
   *
   * @param portfolio  the portfolio, not null
   * @param options  notes, links to the sites' own reports and their previous reports, not null
   * @param file  the HTML file to write, not null
   * @return the file, not null
   * @throws InvalidValueException if a previous report is filed under a site the portfolio does not
   *     have, or is of another neighbourhood
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path portfolioHtml(PortfolioReport portfolio, PortfolioOptions options, Path file) {
    Objects.requireNonNull(file, "file");
    String html = portfolioHtmlString(portfolio, options);
    write(file, html);
    return file;
  }

  /**
   * Renders a programme's portfolio as one self-contained HTML page.
   *
   * @param portfolio  the portfolio, not null
   * @param options  notes, links to the sites' own reports and their previous reports, not null
   * @return the whole HTML page, not null
   * @throws InvalidValueException if a previous report is filed under a site the portfolio does not
   *     have, or is of another neighbourhood
   */
  public static String portfolioHtmlString(PortfolioReport portfolio, PortfolioOptions options) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(options, "options");
    options.previous().forEach((site, report) -> {
      SiteResult s = portfolio.sites().stream().filter(x -> x.siteId().equals(site)).findFirst()
          .orElseThrow(() -> InvalidValueException.of("options.previous", "must name a site of the portfolio", site));
      if (!s.neighbourhoodId().equals(report.neighbourhoodId())) {
        throw InvalidValueException.of("options.previous[" + site + "].neighbourhoodId",
            "must be the site's neighbourhoodId " + s.neighbourhoodId(), report.neighbourhoodId());
      }
    });
    PortfolioView view = new PortfolioViewBuilder(portfolio, options.notes(), options.links(), options.previous())
        .build();
    StringOutput out = new StringOutput();
    ENGINE.render("portfolio.jte", view, out);
    return out.toString();
  }

  /**
   * Writes every table of the report as a CSV file (RFC 4180, UTF-8, CRLF) into a directory,
   * {@code <table id>.csv} each, such as {@code steps.csv} and {@code sensitivity.csv}.
   *
   * @param report  the report, not null
   * @param dir  the directory, created if missing, not null
   * @return the files written, in report order, not null
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> csv(EvaluationReport report, Path dir) {
    return csv(report, ReportOptions.none(), dir);
  }

  /**
   * Writes every table of the report, with the given options, as a CSV file into a directory.
   *
   * @param report  the report, not null
   * @param options  what to show beyond the report, not null
   * @param dir  the directory, created if missing, not null
   * @return the files written, in report order, not null
   * @throws InvalidValueException if the options' journey is of another neighbourhood
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> csv(EvaluationReport report, ReportOptions options, Path dir) {
    Objects.requireNonNull(dir, "dir");
    List<Path> out = new ArrayList<>();
    for (Table t : tables(view(report, options))) {
      Path file = dir.resolve(t.id() + ".csv");
      write(file, CsvTables.write(t));
      out.add(file);
    }
    return out;
  }

  /**
   * Writes a community network as GraphML, people by id with their affiliation, ties with weight
   * and first date.
   *
   * @param network  the network, not null
   * @param file  the file, not null
   * @return the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path graphml(CommunityNetwork network, Path file) {
    Objects.requireNonNull(network, "network");
    StringWriter w = new StringWriter();
    try {
      NetworkXml.graphml(network, w);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
    write(file, w.toString());
    return file;
  }

  /**
   * Writes a community network as GEXF 1.3, each tie starting on the date first observed.
   *
   * @param network  the network, not null
   * @param asOf  the date the network is as of, not null
   * @param file  the file, not null
   * @return the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path gexf(CommunityNetwork network, LocalDate asOf, Path file) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(asOf, "asOf");
    StringWriter w = new StringWriter();
    try {
      NetworkXml.gexf(network, asOf, w);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
    }
    write(file, w.toString());
    return file;
  }

  private static View view(EvaluationReport report, ReportOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    options.journey().ifPresent(j -> {
      String id = j.partnership().neighbourhood().id();
      if (!id.equals(report.neighbourhoodId())) {
        throw InvalidValueException.of("options.journey.partnership.neighbourhood.id",
            "must be the report's neighbourhoodId " + report.neighbourhoodId(), id);
      }
    });
    options.previous().ifPresent(p -> {
      if (!p.neighbourhoodId().equals(report.neighbourhoodId())) {
        throw InvalidValueException.of("options.previous.neighbourhoodId",
            "must be the report's neighbourhoodId " + report.neighbourhoodId(), p.neighbourhoodId());
      }
    });
    return new ViewBuilder(report, options.journey(), options.trends(), options.comparatorTrends(), options.notes(),
        options.peers().stream().map(p -> new ViewBuilder.Peer(p.indicatorId(), p.areaCode(), p.events(),
            p.personYears())).toList(), options.previous().map(p -> ReportChanges.between(p, report)),
        options.syntheticControls())
        .build();
  }

  private static List<Table> tables(View v) {
    List<Table> out = new ArrayList<>();
    v.changes().ifPresent(c -> out.add(c.table()));
    out.add(v.journey().steps());
    v.journey().history().ifPresent(out::add);
    out.add(v.journey().governanceHistory());
    out.addAll(v.outcomes().tables());
    out.add(v.indicators().summary());
    v.indicators().indicators().forEach(i -> {
      out.add(i.figures());
      i.funnel().ifPresent(f -> out.add(f.points()));
    });
    out.add(v.network().measures());
    v.network().growth().ifPresent(out::add);
    out.add(v.network().weakConnectors());
    v.network().introductions().ifPresent(out::add);
    v.savings().ifPresent(s -> {
      out.add(s.byAgency());
      out.add(s.sensitivity());
      out.add(s.lines());
    });
    out.add(v.quality().index());
    return out;
  }

  private static void write(Path file, String text) {
    Path target = file.toAbsolutePath();
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
