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

/** The map furniture: a scale bar of a round length and a north arrow. */
final class MapDecorations {

    private MapDecorations() {
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

}
