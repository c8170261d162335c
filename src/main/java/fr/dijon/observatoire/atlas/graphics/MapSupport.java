package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import fr.dijon.observatoire.format.FrenchNumbers;

/** Map drawing shared by the maps: layout, projection fit, shapes, legend, scale bar, north arrow. */
final class MapSupport {

    static final double PADDING = 8;
    private static final double GAP = 10;

    private MapSupport() {
    }

    /** Where things go once the title and source are drawn. */
    record Layout(Rectangle2D map, Rectangle2D legend) {
    }

    /**
     * Paints the background, the title (top) and the source line (bottom); splits the rest into the map
     * and the legend panel (right, or below when the area is narrow).
     */
    static Layout frame(Graphics2D g, Rectangle2D area, String title, String source, Legend legend) {
        g.setColor(AtlasPalette.BACKGROUND);
        g.fill(area);
        double x = area.getX() + PADDING;
        double width = area.getWidth() - 2 * PADDING;
        double top = area.getY() + PADDING;
        double bottom = area.getMaxY() - PADDING;

        top = drawLines(g, wrap(g, title, AtlasFonts.TITLE, width), AtlasFonts.TITLE, AtlasPalette.TEXT, x, top) + 6;
        if (source != null && !source.isBlank()) {
            List<String> lines = wrap(g, source, AtlasFonts.SOURCE, width);
            FontMetrics fm = g.getFontMetrics(AtlasFonts.SOURCE);
            bottom -= lines.size() * fm.getHeight();
            drawLines(g, lines, AtlasFonts.SOURCE, AtlasPalette.TEXT_MUTED, x, bottom);
            bottom -= 4;
        }
        double height = Math.max(10, bottom - top);
        boolean side = width >= 420;
        if (side) {
            double legendWidth = Math.max(150, Math.min(250, width * 0.32));
            Rectangle2D map = new Rectangle2D.Double(x, top, width - legendWidth - GAP, height);
            return new Layout(map, new Rectangle2D.Double(map.getMaxX() + GAP, top, legendWidth, height));
        }
        double legendHeight = Math.min(height * 0.5, legend.height(g, width));
        Rectangle2D map = new Rectangle2D.Double(x, top, width, height - legendHeight - GAP);
        return new Layout(map, new Rectangle2D.Double(x, map.getMaxY() + GAP, width, legendHeight));
    }

    /** Affine transform from Lambert-93 metres to {@code target}, keeping the aspect ratio, y flipped. */
    static AffineTransform fit(Envelope extent, Rectangle2D target) {
        double ew = Math.max(extent.getWidth(), 1);
        double eh = Math.max(extent.getHeight(), 1);
        double s = Math.min(target.getWidth() / ew, target.getHeight() / eh);
        double tx = target.getX() + (target.getWidth() - ew * s) / 2 - extent.getMinX() * s;
        double ty = target.getY() + (target.getHeight() - eh * s) / 2 + extent.getMaxY() * s;
        return new AffineTransform(s, 0, 0, -s, tx, ty);
    }

    /** The envelope grown by {@code ratio} of its size on each side, and at least {@code minSize} metres wide and high. */
    static Envelope padded(Envelope envelope, double ratio, double minSize) {
        Envelope e = new Envelope(envelope);
        double w = Math.max(e.getWidth() * (1 + 2 * ratio), minSize);
        double h = Math.max(e.getHeight() * (1 + 2 * ratio), minSize);
        double cx = e.centre().x;
        double cy = e.centre().y;
        return new Envelope(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
    }

    /** Java2D shape (even-odd winding) of a projected geometry, in drawing coordinates. */
    static Shape shape(Geometry geometry, AffineTransform transform) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, geometry, transform);
        return path;
    }

    private static void append(Path2D.Double path, Geometry geometry, AffineTransform t) {
        if (geometry == null || geometry.isEmpty()) {
            return;
        }
        if (geometry instanceof Polygon polygon) {
            ring(path, polygon.getExteriorRing(), t, true);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                ring(path, polygon.getInteriorRingN(i), t, true);
            }
        } else if (geometry instanceof LineString line) {
            ring(path, line, t, false);
        } else if (geometry instanceof Point) {
            return;
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                append(path, geometry.getGeometryN(i), t);
            }
        }
    }

    private static void ring(Path2D.Double path, LineString ring, AffineTransform t, boolean close) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[] p = new double[2];
        for (int i = 0; i < coordinates.length; i++) {
            p[0] = coordinates[i].x;
            p[1] = coordinates[i].y;
            t.transform(p, 0, p, 0, 1);
            if (i == 0) {
                path.moveTo(p[0], p[1]);
            } else {
                path.lineTo(p[0], p[1]);
            }
        }
        if (close) {
            path.closePath();
        }
    }

    /** Outer boundary of the union of the geometries (no inner slivers), or null if the union fails. */
    static Geometry outline(List<Geometry> projected) {
        if (projected.isEmpty()) {
            return null;
        }
        try {
            Geometry union = UnaryUnionOp.union(projected);
            List<Geometry> rings = new ArrayList<>();
            for (int i = 0; i < union.getNumGeometries(); i++) {
                if (union.getGeometryN(i) instanceof Polygon polygon) {
                    rings.add(polygon.getExteriorRing());
                }
            }
            return union.getFactory().buildGeometry(rings);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Fills a "no data / secret" shape: light grey with diagonal hatching. */
    static void fillHatched(Graphics2D g, Shape shape) {
        g.setColor(AtlasPalette.NO_DATA);
        g.fill(shape);
        Rectangle2D b = shape.getBounds2D();
        Path2D.Double hatch = new Path2D.Double();
        double step = 4;
        double start = Math.floor((b.getX() - b.getHeight()) / step) * step;
        for (double x = start; x <= b.getMaxX(); x += step) {
            hatch.moveTo(x, b.getMaxY());
            hatch.lineTo(x + b.getHeight(), b.getY());
        }
        Shape oldClip = g.getClip();
        g.clip(shape);
        g.setColor(AtlasPalette.HATCH);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(hatch);
        g.setClip(oldClip);
    }

    /** Draws a scale bar of a round length (1, 2 or 5 × 10ⁿ m) in the lower-left corner of the map. */
    static void scaleBar(Graphics2D g, Rectangle2D map, double pixelsPerMetre) {
        double metres = niceLength(map.getWidth() * 0.22 / pixelsPerMetre);
        double length = metres * pixelsPerMetre;
        String label = scaleLabel(metres);
        Font font = AtlasFonts.SMALL;
        FontMetrics fm = g.getFontMetrics(font);
        double x = map.getX() + 8;
        double barY = map.getMaxY() - 10;
        double barH = 4;
        double textY = barY - 4;
        Rectangle2D box = new Rectangle2D.Double(x - 4, textY - fm.getAscent() - 3, length + 8 + fm.stringWidth(label) / 2.0 + 4,
                barY + barH + 4 - (textY - fm.getAscent() - 3));
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(box);
        g.setColor(AtlasPalette.TEXT);
        g.fill(new Rectangle2D.Double(x, barY, length / 2, barH));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + length / 2, barY, length / 2, barH));
        g.setColor(AtlasPalette.TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, barY, length, barH));
        g.setFont(font);
        g.drawString("0", (float) (x - fm.stringWidth("0") / 2.0), (float) textY);
        g.drawString(label, (float) (x + length - fm.stringWidth(label) / 2.0), (float) textY);
    }

    static double niceLength(double target) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(target, 1))));
        double nice = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude <= target) {
                nice = m * magnitude;
            }
        }
        return nice;
    }

    /** "500 m", "2 km", "1,5 km" (no-break space before the unit). */
    static String scaleLabel(double metres) {
        if (metres < 1000) {
            return FrenchNumbers.display(metres, 0) + "\u00A0m";
        }
        double km = metres / 1000;
        return FrenchNumbers.display(km, FrenchLabels.isWhole(km) ? 0 : 1) + "\u00A0km";
    }

    /** North arrow with an "N" in the upper-right corner of the map (Lambert-93 grid north). */
    static void northArrow(Graphics2D g, Rectangle2D map) {
        Font font = AtlasFonts.LABEL_BOLD;
        FontMetrics fm = g.getFontMetrics(font);
        double cx = map.getMaxX() - 16;
        double top = map.getY() + 4;
        float textY = (float) (top + fm.getAscent());
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new Rectangle2D.Double(cx - 10, top - 2, 20, fm.getAscent() + 24));
        g.setColor(AtlasPalette.TEXT);
        g.setFont(font);
        g.drawString("N", (float) (cx - fm.stringWidth("N") / 2.0), textY);
        double tip = textY + 3;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, tip);
        left.lineTo(cx - 6, tip + 16);
        left.lineTo(cx, tip + 12);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, tip);
        right.lineTo(cx + 6, tip + 16);
        right.lineTo(cx, tip + 12);
        right.closePath();
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(AtlasPalette.TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(left);
        g.draw(right);
    }

    static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Opens an SVG group with an id unique to this graphic (ignored by other Graphics2D). */
    static void beginGroup(Graphics2D g, String id) {
        if (g instanceof SVGGraphics2D svg) {
            svg.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, svg.getDefsKeyPrefix() + id);
        }
    }

    static void endGroup(Graphics2D g) {
        if (g instanceof SVGGraphics2D svg) {
            svg.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }

    /** Tooltip ({@code <title>}) of the next SVG element. */
    static void tooltip(Graphics2D g, String text) {
        if (g instanceof SVGGraphics2D svg) {
            svg.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, text);
        }
    }

    /** Greedy word wrap; a word longer than the width stays on its own line. */
    static List<String> wrap(Graphics2D g, String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        FontMetrics fm = g.getFontMetrics(font);
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fm.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws lines from {@code top} down; returns the y below the last line. */
    static double drawLines(Graphics2D g, List<String> lines, Font font, Color colour, double x, double top) {
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(colour);
        double y = top;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        return y;
    }

    /** A legend: a title then entries (swatch + wrapped label), laid out top-down. */
    static final class Legend {

        enum Kind { FILL, HATCH, CIRCLE, OUTLINE, HEADING }

        record Entry(Kind kind, Color colour, double size, String label) {
        }

        private final String title;
        private final List<Entry> entries = new ArrayList<>();

        Legend(String title) {
            this.title = title;
        }

        Legend fill(Color colour, String label) {
            entries.add(new Entry(Kind.FILL, colour, 0, label));
            return this;
        }

        Legend hatch(String label) {
            entries.add(new Entry(Kind.HATCH, AtlasPalette.NO_DATA, 0, label));
            return this;
        }

        Legend circle(Color colour, double radius, String label) {
            entries.add(new Entry(Kind.CIRCLE, colour, radius, label));
            return this;
        }

        Legend outline(Color colour, String label) {
            entries.add(new Entry(Kind.OUTLINE, colour, 0, label));
            return this;
        }

        Legend heading(String label) {
            entries.add(new Entry(Kind.HEADING, AtlasPalette.TEXT, 0, label));
            return this;
        }

        double height(Graphics2D g, double width) {
            return layout(g, width, null, 0, 0);
        }

        void draw(Graphics2D g, Rectangle2D area) {
            layout(g, area.getWidth(), g, area.getX(), area.getY());
        }

        /** Measures (and draws when {@code target} is set); returns the height used. */
        private double layout(Graphics2D g, double width, Graphics2D target, double x, double y0) {
            double y = y0;
            if (title != null && !title.isBlank()) {
                List<String> lines = wrap(g, title, AtlasFonts.SUBTITLE, width);
                y = target == null ? y + lines.size() * g.getFontMetrics(AtlasFonts.SUBTITLE).getHeight()
                        : drawLines(target, lines, AtlasFonts.SUBTITLE, AtlasPalette.TEXT, x, y);
                y += 4;
            }
            FontMetrics fm = g.getFontMetrics(AtlasFonts.SMALL);
            for (Entry e : entries) {
                if (e.kind() == Kind.HEADING) {
                    y += 4;
                    List<String> lines = wrap(g, e.label(), AtlasFonts.LABEL_BOLD, width);
                    y = target == null ? y + lines.size() * g.getFontMetrics(AtlasFonts.LABEL_BOLD).getHeight()
                            : drawLines(target, lines, AtlasFonts.LABEL_BOLD, AtlasPalette.TEXT, x, y);
                    y += 2;
                    continue;
                }
                double swatch = e.kind() == Kind.CIRCLE ? Math.max(14, 2 * e.size()) : 14;
                List<String> lines = wrap(g, e.label(), AtlasFonts.SMALL, width - swatch - 6);
                double textHeight = lines.size() * fm.getHeight();
                double rowHeight = Math.max(swatch, textHeight);
                if (target != null) {
                    double sy = y + (rowHeight - swatch) / 2;
                    swatch(target, e, new Rectangle2D.Double(x, sy, swatch, swatch));
                    drawLines(target, lines, AtlasFonts.SMALL, AtlasPalette.TEXT, x + swatch + 6,
                            y + (rowHeight - textHeight) / 2);
                }
                y += rowHeight + 4;
            }
            return y - y0;
        }

        private static void swatch(Graphics2D g, Entry e, Rectangle2D box) {
            switch (e.kind()) {
                case FILL -> {
                    g.setColor(e.colour());
                    g.fill(box);
                    g.setColor(AtlasPalette.OUTLINE);
                    g.setStroke(new BasicStroke(0.6f));
                    g.draw(box);
                }
                case HATCH -> {
                    fillHatched(g, box);
                    g.setColor(AtlasPalette.OUTLINE);
                    g.setStroke(new BasicStroke(0.6f));
                    g.draw(box);
                }
                case CIRCLE -> {
                    double r = e.size();
                    Ellipse2D circle = new Ellipse2D.Double(box.getCenterX() - r, box.getCenterY() - r, 2 * r, 2 * r);
                    g.setColor(e.colour());
                    g.fill(circle);
                    g.setColor(AtlasPalette.TEXT_MUTED);
                    g.setStroke(new BasicStroke(0.6f));
                    g.draw(circle);
                }
                case OUTLINE -> {
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(1.6f));
                    g.draw(new Line2D.Double(box.getX(), box.getCenterY(), box.getMaxX(), box.getCenterY()));
                }
                default -> {
                }
            }
        }
    }
}
