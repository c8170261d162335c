package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Names of the communes and QPV on a map, at an interior point of each, with a white halo; a label that would
 * overlap one already placed is left out, so that the names stay readable.
 */
final class MapLabels {

    private static final Font COMMUNE = AtlasFonts.font(Font.BOLD, 9.5f);
    private static final Font QPV = AtlasFonts.font(Font.ITALIC, 9f);

    private MapLabels() {
    }

    static void draw(Graphics2D g, AffineTransform t, List<ProjectedFeature> communes, List<ProjectedFeature> qpv) {
        Rectangle2D visible = g.getClipBounds() == null ? null : g.getClipBounds().getBounds2D();
        List<Rectangle2D> placed = new ArrayList<>();
        for (ProjectedFeature q : qpv) {
            label(g, t, q.geometry(), "QPV " + q.name(), QPV, AtlasPalette.QPV_LINE, visible, placed);
        }
        for (ProjectedFeature c : communes) {
            label(g, t, c.geometry(), c.name(), COMMUNE, AtlasPalette.TEXT_MUTED, visible, placed);
        }
    }

    private static void label(Graphics2D g, AffineTransform t, Geometry geometry, String text, Font font, Color colour,
                              Rectangle2D visible, List<Rectangle2D> placed) {
        text = fr.dijon.observatoire.format.Typography.apply(text);
        Coordinate c = InteriorPointArea.getInteriorPoint(geometry);
        if (c == null) {
            return;
        }
        Point2D p = t.transform(new Point2D.Double(c.x, c.y), null);
        FontMetrics fm = g.getFontMetrics(font);
        double w = fm.stringWidth(text);
        Rectangle2D box = new Rectangle2D.Double(p.getX() - w / 2 - 2, p.getY() - fm.getAscent(), w + 4, fm.getHeight());
        if (visible != null && !visible.contains(box) || placed.stream().anyMatch(box::intersects)) {
            return;
        }
        placed.add(box);
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Shape outline = glyphs.getOutline((float) (p.getX() - w / 2), (float) p.getY());
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.setFont(font);
        g.drawString(text, (float) (p.getX() - w / 2), (float) p.getY());
    }
}
