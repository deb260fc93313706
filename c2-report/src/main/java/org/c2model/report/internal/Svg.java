package org.c2model.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart as plain shapes, drawn by the {@code svg} template: the chart code places the shapes, the
 * template writes (and escapes) them. Every chart has a title and a description for screen readers.
 *
 * @param id  the HTML id
 * @param title  the chart's title, its text alternative
 * @param desc  a longer description of what it shows
 * @param width  the width in pixels
 * @param height  the height in pixels
 * @param rects  rectangles, drawn first
 * @param lines  lines
 * @param polylines  polylines
 * @param circles  circles
 * @param texts  texts, drawn last
 */
public record Svg(String id, String title, String desc, int width, int height, List<Rect> rects, List<Line> lines,
    List<Poly> polylines, List<Circle> circles, List<Text> texts) {

  /** The Okabe-Ito colour-blind-safe palette. */
  public static final String ORANGE = "#E69F00";
  /** Okabe-Ito sky blue. */
  public static final String SKY = "#56B4E9";
  /** Okabe-Ito bluish green. */
  public static final String GREEN = "#009E73";
  /** Okabe-Ito blue. */
  public static final String BLUE = "#0072B2";
  /** Okabe-Ito vermillion. */
  public static final String VERMILLION = "#D55E00";
  /** Okabe-Ito reddish purple. */
  public static final String PURPLE = "#CC79A7";
  /** Okabe-Ito black (a dark grey here, for text). */
  public static final String INK = "#222222";
  /** Grid lines. */
  public static final String GRID = "#dddddd";

  /**
   * A rectangle.
   *
   * @param x  left
   * @param y  top
   * @param w  width
   * @param h  height
   * @param fill  fill colour
   * @param opacity  fill opacity, "1" for solid
   * @param tip  a tooltip, or empty
   */
  public record Rect(String x, String y, String w, String h, String fill, String opacity, String tip) {}

  /**
   * A line.
   *
   * @param x1  start x
   * @param y1  start y
   * @param x2  end x
   * @param y2  end y
   * @param stroke  colour
   * @param width  stroke width
   * @param dash  a dash array, or "none" for solid
   * @param opacity  the stroke opacity, "1" for opaque
   */
  public record Line(String x1, String y1, String x2, String y2, String stroke, String width, String dash,
      String opacity) {}

  /**
   * A polyline.
   *
   * @param points  the points, "x,y x,y ..."
   * @param stroke  colour
   * @param width  stroke width
   * @param dash  a dash array, or empty for solid
   * @param tip  a tooltip, or empty
   */
  public record Poly(String points, String stroke, String width, String dash, String tip) {}

  /**
   * A circle.
   *
   * @param cx  centre x
   * @param cy  centre y
   * @param r  radius
   * @param fill  fill colour
   * @param stroke  outline colour, or "none"
   * @param strokeWidth  outline width
   * @param tip  a tooltip, or empty
   */
  public record Circle(String cx, String cy, String r, String fill, String stroke, String strokeWidth, String tip) {}

  /**
   * A text.
   *
   * @param x  anchor x
   * @param y  baseline y
   * @param text  the text
   * @param size  font size in pixels
   * @param anchor  start, middle or end
   * @param fill  colour
   * @param weight  normal or bold
   */
  public record Text(String x, String y, String text, int size, String anchor, String fill, String weight) {}

  /** Collects shapes in drawing order. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final String desc;
    private final int width;
    private final int height;
    private final List<Rect> rects = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Poly> polys = new ArrayList<>();
    private final List<Circle> circles = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();

    /**
     * Starts a chart.
     *
     * @param id  the HTML id
     * @param title  the title
     * @param desc  the description
     * @param width  the width
     * @param height  the height
     */
    public Builder(String id, String title, String desc, int width, int height) {
      this.id = id;
      this.title = title;
      this.desc = desc;
      this.width = width;
      this.height = height;
    }

    Builder rect(double x, double y, double w, double h, String fill, double opacity, String tip) {
      rects.add(new Rect(n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), fill, n(opacity), tip));
      return this;
    }

    Builder line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
      return line(x1, y1, x2, y2, stroke, width, dash, 1);
    }

    Builder line(double x1, double y1, double x2, double y2, String stroke, double width, String dash,
        double opacity) {
      lines.add(new Line(n(x1), n(y1), n(x2), n(y2), stroke, n(width), dash.isEmpty() ? "none" : dash, n(opacity)));
      return this;
    }

    Builder poly(List<double[]> points, String stroke, double width, String dash, String tip) {
      StringBuilder sb = new StringBuilder();
      for (double[] p : points) {
        sb.append(sb.length() == 0 ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
      }
      polys.add(new Poly(sb.toString(), stroke, n(width), dash.isEmpty() ? "none" : dash, tip));
      return this;
    }

    Builder circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth, String tip) {
      circles.add(new Circle(n(cx), n(cy), n(r), fill, stroke, n(strokeWidth), tip));
      return this;
    }

    Builder text(double x, double y, String text, int size, String anchor, String fill) {
      texts.add(new Text(n(x), n(y), text, size, anchor, fill, "normal"));
      return this;
    }

    Builder bold(double x, double y, String text, int size, String anchor, String fill) {
      texts.add(new Text(n(x), n(y), text, size, anchor, fill, "bold"));
      return this;
    }

    Svg build() {
      return new Svg(id, title, desc, width, height, List.copyOf(rects), List.copyOf(lines), List.copyOf(polys),
          List.copyOf(circles), List.copyOf(texts));
    }

    private static String n(double x) {
      return String.format(Locale.ROOT, "%.1f", x);
    }
  }
}
