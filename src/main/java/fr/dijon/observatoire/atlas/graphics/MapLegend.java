package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import fr.dijon.observatoire.format.FrenchNumbers;

/** A legend: a title then entries (swatch + wrapped label), laid out top-down. */
final class MapLegend {

    enum Kind { FILL, HATCH, CIRCLE, OUTLINE, HEADING }

    record Entry(Kind kind, Color colour, double size, String label) {
    }

    private final String title;
    private final List<Entry> entries = new ArrayList<>();

    MapLegend(String title) {
        this.title = title;
    }

    MapLegend fill(Color colour, String label) {
        entries.add(new Entry(Kind.FILL, colour, 0, label));
        return this;
    }

    MapLegend hatch(String label) {
        entries.add(new Entry(Kind.HATCH, AtlasPalette.NO_DATA, 0, label));
        return this;
    }

    MapLegend circle(Color colour, double radius, String label) {
        entries.add(new Entry(Kind.CIRCLE, colour, radius, label));
        return this;
    }

    MapLegend outline(Color colour, String label) {
        entries.add(new Entry(Kind.OUTLINE, colour, 0, label));
        return this;
    }

    MapLegend heading(String label) {
        entries.add(new Entry(Kind.HEADING, AtlasPalette.TEXT, 0, label));
        return this;
    }

    double height(Graphics2D g, double width) {
        return layout(g, width, null, 0, 0);
    }

    /**
     * Draws the legend inside {@code area}, never beyond it: a legend taller than its area (many classes on a
     * small map) is drawn scaled down to fit, so that it never runs into the source line below.
     */
    void draw(Graphics2D g, Rectangle2D area) {
        double needed = height(g, area.getWidth());
        if (needed <= area.getHeight()) {
            layout(g, area.getWidth(), g, area.getX(), area.getY());
            return;
        }
        double scale = area.getHeight() / needed;
        Graphics2D scaled = (Graphics2D) g.create();
        try {
            scaled.translate(area.getX(), area.getY());
            scaled.scale(scale, scale);
            layout(scaled, area.getWidth() / scale, scaled, 0, 0);
        } finally {
            scaled.dispose();
        }
    }

    /** Measures (and draws when {@code target} is set); returns the height used. */
    private double layout(Graphics2D g, double width, Graphics2D target, double x, double y0) {
        double y = y0;
        if (title != null && !title.isBlank()) {
            List<String> lines = MapSupport.wrap(g, title, AtlasFonts.SUBTITLE, width);
            y = target == null ? y + lines.size() * g.getFontMetrics(AtlasFonts.SUBTITLE).getHeight()
                    : MapSupport.drawLines(target, lines, AtlasFonts.SUBTITLE, AtlasPalette.TEXT, x, y);
            y += 4;
        }
        FontMetrics fm = g.getFontMetrics(AtlasFonts.SMALL);
        for (Entry e : entries) {
            if (e.kind() == Kind.HEADING) {
                y += 4;
                List<String> lines = MapSupport.wrap(g, e.label(), AtlasFonts.LABEL_BOLD, width);
                y = target == null ? y + lines.size() * g.getFontMetrics(AtlasFonts.LABEL_BOLD).getHeight()
                        : MapSupport.drawLines(target, lines, AtlasFonts.LABEL_BOLD, AtlasPalette.TEXT, x, y);
                y += 2;
                continue;
            }
            double swatch = e.kind() == Kind.CIRCLE ? Math.max(14, 2 * e.size()) : 14;
            List<String> lines = MapSupport.wrap(g, e.label(), AtlasFonts.SMALL, width - swatch - 6);
            double textHeight = lines.size() * fm.getHeight();
            double rowHeight = Math.max(swatch, textHeight);
            if (target != null) {
                double sy = y + (rowHeight - swatch) / 2;
                swatch(target, e, new Rectangle2D.Double(x, sy, swatch, swatch));
                MapSupport.drawLines(target, lines, AtlasFonts.SMALL, AtlasPalette.TEXT, x + swatch + 6,
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
                MapShapes.fillHatched(g, box);
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
