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

/** Map layout shared by the maps: frame (title, source, map and legend areas), projection fit, text, SVG hints. */
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
    static Layout frame(Graphics2D g, Rectangle2D area, String title, String source, MapLegend legend) {
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
            svg.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, fr.dijon.observatoire.format.Typography.apply(text));
        }
    }

    /** Greedy word wrap; a word longer than the width stays on its own line. */
    static List<String> wrap(Graphics2D g, String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        FontMetrics fm = g.getFontMetrics(font);
        text = fr.dijon.observatoire.format.Typography.apply(text);
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

}
