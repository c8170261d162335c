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

/** Geometry as Java2D: shapes through JTS's own ShapeWriter, the outline of a union, the hatching of a masked area. */
final class MapShapes {

    private MapShapes() {
    }

    /** Java2D shape of a projected geometry (Lambert-93 metres) in drawing coordinates, by JTS's ShapeWriter. */
    static Shape shape(Geometry geometry, AffineTransform transform) {
        ShapeWriter writer = new ShapeWriter((src, dest) -> transform.transform(new Point2D.Double(src.x, src.y), dest));
        return writer.toShape(geometry);
    }

    /**
     * Outer boundary of the union of the geometries (no inner slivers), or null when there is none. A union that
     * fails is an error in the reference data: it propagates.
     */
    static Geometry outline(List<Geometry> projected) {
        if (projected.isEmpty()) {
            return null;
        }
        Geometry union = UnaryUnionOp.union(projected);
        List<Geometry> rings = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            if (union.getGeometryN(i) instanceof Polygon polygon) {
                rings.add(polygon.getExteriorRing());
            }
        }
        return union.getFactory().buildGeometry(rings);
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

}
