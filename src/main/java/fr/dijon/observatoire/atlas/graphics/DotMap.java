package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.Lambert93;

/**
 * Residences as circles (area proportional to the dwellings) coloured by class, over the commune
 * outlines and the QPV (light fill). {@link #focus(Geometry)} zooms on one commune or QPV.
 */
public final class DotMap implements AtlasGraphic {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final String title;
    private final List<ProjectedFeature> communes;
    private final List<ProjectedFeature> qpv;
    private final List<ResidencePoint> points;
    private final List<Coordinate> projectedPoints;
    private final String legendTitle;
    private final String source;
    private final Geometry outline;
    /** Lambert-93 focus geometry, or null for the whole territory. */
    private final Geometry focus;

    private DotMap(String title, List<ProjectedFeature> communes, List<ProjectedFeature> qpv,
            List<ResidencePoint> points, List<Coordinate> projectedPoints, String legendTitle, String source,
            Geometry outline, Geometry focus) {
        this.title = Objects.requireNonNull(title, "title");
        this.communes = communes;
        this.qpv = qpv;
        this.points = points;
        this.projectedPoints = projectedPoints;
        this.legendTitle = legendTitle;
        this.source = source;
        this.outline = outline;
        this.focus = focus;
    }

    /**
     * Dot map of residences.
     *
     * @param communes    commune features (WGS84), drawn as outlines; their extent is the map extent
     * @param qpv         QPV features (WGS84), drawn with a light fill; may be empty
     * @param points      residences (WGS84 lon/lat)
     * @param legendTitle title of the category legend, e.g. "Accessibilité et fragilité"
     */
    public static DotMap residences(String title, List<GeoFeature> communes, List<GeoFeature> qpv,
            List<ResidencePoint> points, String legendTitle, String source) {
        Lambert93 lambert = new Lambert93();
        BaseLayers base = BaseLayers.of(communes, qpv);
        List<Coordinate> projected = new ArrayList<>(points.size());
        for (ResidencePoint p : points) {
            double[] xy = lambert.fromWgs84(p.lon(), p.lat());
            projected.add(new Coordinate(xy[0], xy[1]));
        }
        return new DotMap(title, base.communes(), base.qpv(), List.copyOf(points), List.copyOf(projected), legendTitle,
                source, base.outline(), null);
    }

    /**
     * Copy of this map zoomed on a WGS84 geometry (a commune or a QPV): the extent is the geometry's,
     * slightly padded; the geometry is outlined and the legend counts only the residences inside it.
     */
    public DotMap focus(Geometry wgs84Extent) {
        Objects.requireNonNull(wgs84Extent, "wgs84Extent");
        return new DotMap(title, communes, qpv, points, projectedPoints, legendTitle, source, outline,
                new Lambert93().toLambert93(wgs84Extent));
    }

    @Override
    public String title() {
        return title;
    }

    /** Extent shown, in Lambert-93 metres. */
    Envelope extent() {
        if (focus != null) {
            return MapSupport.padded(focus.getEnvelopeInternal(), 0.08, 1500);
        }
        Envelope e = ProjectedFeature.extent(communes);
        if (e.isNull()) {
            for (Coordinate c : projectedPoints) {
                e.expandToInclude(c);
            }
        }
        return MapSupport.padded(e, 0.02, 1000);
    }

    /** Residences counted in the legend: those inside the focus geometry, or all of them. */
    private List<Integer> countedIndexes() {
        List<Integer> result = new ArrayList<>();
        PreparedGeometry prepared = focus == null ? null : PreparedGeometryFactory.prepare(focus.buffer(0));
        for (int i = 0; i < points.size(); i++) {
            if (prepared == null || prepared.covers(FACTORY.createPoint(projectedPoints.get(i)))) {
                result.add(i);
            }
        }
        return result;
    }

    /** Category → {residences, dwellings}, legend order. */
    private Map<String, int[]> categoryCounts() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String known : DotCategories.CLASS_ORDER) {
            counts.put(known, null);
        }
        for (int i : countedIndexes()) {
            ResidencePoint p = points.get(i);
            String key = DotCategories.categoryKey(p.category());
            int[] c = counts.computeIfAbsent(key, k -> new int[2]); // also replaces the null placeholders
            c[0]++;
            c[1] += Math.max(0, p.dwellings());
        }
        counts.values().removeIf(Objects::isNull);
        return counts;
    }

    private int maxDwellings() {
        return Math.max(1, points.stream().mapToInt(ResidencePoint::dwellings).max().orElse(1));
    }

    private static double maxRadius(Rectangle2D map) {
        return Math.max(6, Math.min(16, Math.min(map.getWidth(), map.getHeight()) / 28));
    }

    private static double radius(int dwellings, int max, double rMax) {
        return Math.max(1.5, rMax * Math.sqrt(Math.max(0, dwellings) / (double) max));
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            MapSupport.antialias(g);
            Map<String, Color> colours = DotCategories.colours(points);
            // The legend needs the circle sizes, which depend on the map area: measure with a provisional legend.
            MapSupport.Layout layout = MapSupport.frame(g, area, title, source, legend(colours, 10));
            Rectangle2D mapArea = layout.map();
            double rMax = maxRadius(mapArea);
            AffineTransform t = MapSupport.fit(extent(), mapArea);

            Graphics2D clipped = (Graphics2D) g.create();
            try {
                clipped.clip(mapArea);
                drawBase(clipped, t);
                drawPoints(clipped, t, colours, rMax);
                drawQpvOutlines(clipped, t);
                MapLabels.draw(clipped, t, communes, qpv);
            } finally {
                clipped.dispose();
            }
            MapDecorations.scaleBar(g, mapArea, t.getScaleX());
            MapDecorations.northArrow(g, mapArea);
            legend(colours, rMax).draw(g, layout.legend());
        } finally {
            g.dispose();
        }
    }

    private void drawBase(Graphics2D g, AffineTransform t) {
        MapSupport.beginGroup(g, "fond");
        g.setColor(new Color(0xF7F7F7));
        for (ProjectedFeature c : communes) {
            g.fill(MapShapes.shape(c.geometry(), t));
        }
        for (ProjectedFeature q : qpv) {
            MapSupport.tooltip(g, "QPV " + q.name());
            g.setColor(AtlasPalette.QPV_FILL);
            g.fill(MapShapes.shape(q.geometry(), t));
        }
        g.setColor(new Color(0x8A8A8A));
        g.setStroke(new BasicStroke(0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (ProjectedFeature c : communes) {
            g.draw(MapShapes.shape(c.geometry(), t));
        }
        if (outline != null && focus == null) {
            g.setColor(AtlasPalette.TEXT);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(MapShapes.shape(outline, t));
        }
        if (focus != null) {
            g.setColor(AtlasPalette.TEXT);
            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(MapShapes.shape(focus, t));
        }
        MapSupport.endGroup(g);
    }

    /** QPV outlines above the circles, so that a residence's side of the boundary can be read. */
    private void drawQpvOutlines(Graphics2D g, AffineTransform t) {
        g.setColor(AtlasPalette.QPV_LINE);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f));
        for (ProjectedFeature q : qpv) {
            g.draw(MapShapes.shape(q.geometry(), t));
        }
    }

    private void drawPoints(Graphics2D g, AffineTransform t, Map<String, Color> colours, double rMax) {
        int max = maxDwellings();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        // Big circles first so that small ones stay visible; ties broken by position for determinism.
        order.sort(Comparator.comparingInt((Integer i) -> -points.get(i).dwellings())
                .thenComparingDouble(i -> projectedPoints.get(i).x).thenComparingDouble(i -> projectedPoints.get(i).y));
        MapSupport.beginGroup(g, "residences");
        g.setStroke(new BasicStroke(0.7f));
        for (int i : order) {
            ResidencePoint p = points.get(i);
            Point2D xy = t.transform(new Point2D.Double(projectedPoints.get(i).x, projectedPoints.get(i).y), null);
            double r = radius(p.dwellings(), max, rMax);
            Ellipse2D circle = new Ellipse2D.Double(xy.getX() - r, xy.getY() - r, 2 * r, 2 * r);
            Color c = colours.getOrDefault(DotCategories.categoryKey(p.category()), AtlasPalette.UNKNOWN);
            MapSupport.tooltip(g, DotCategories.categoryKey(p.category()) + "\u00A0: " + DotCategories.dwellingsText(p.dwellings()));
            boolean masked = c == AtlasPalette.MASKED;
            g.setColor(masked ? Color.WHITE : new Color(c.getRed(), c.getGreen(), c.getBlue(), 225));
            g.fill(circle);
            g.setColor(masked ? AtlasPalette.TEXT : new Color(0x333333));
            g.setStroke(new BasicStroke(masked ? 1.2f : 0.5f));
            g.draw(circle);
        }
        MapSupport.endGroup(g);
    }

    private MapLegend legend(Map<String, Color> colours, double rMax) {
        MapLegend legend = new MapLegend(legendTitle);
        Map<String, int[]> counts = categoryCounts();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            legend.circle(colours.getOrDefault(e.getKey(), AtlasPalette.UNKNOWN), 5,
                    e.getKey() + "\u00A0: " + DotCategories.residencesText(e.getValue()[0]) + ", " + DotCategories.dwellingsText(e.getValue()[1]));
        }
        if (counts.isEmpty()) {
            legend.heading("Aucune résidence localisée");
        }
        if (!points.isEmpty()) {
            legend.heading("Nombre de logements");
            int max = maxDwellings();
            for (int value : DotCategories.sizeSteps(max)) {
                legend.circle(new Color(0xDDDDDD), radius(value, max, rMax), DotCategories.dwellingsText(value));
            }
        }
        if (!qpv.isEmpty()) {
            legend.outline(AtlasPalette.QPV_LINE, "Quartier prioritaire de la politique de la ville (QPV), contour tireté");
        }
        return legend;
    }

    @Override
    public String textAlternative() {
        Map<String, int[]> counts = categoryCounts();
        int residences = counts.values().stream().mapToInt(c -> c[0]).sum();
        int dwellings = counts.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder text = new StringBuilder("Carte\u00A0: ").append(FrenchLabels.sentence(title)).append(' ');
        if (residences == 0) {
            return text.append("Aucune résidence localisée sur le territoire représenté.").toString();
        }
        text.append(DotCategories.residencesText(residences)).append(" (").append(DotCategories.dwellingsText(dwellings))
                .append("), représentées par des cercles proportionnels au nombre de logements");
        if (legendTitle != null && !legendTitle.isBlank()) {
            text.append(", selon «\u00A0").append(legendTitle).append("\u00A0»");
        }
        text.append("\u00A0: ");
        List<String> parts = new ArrayList<>();
        counts.forEach((k, c) -> parts.add(k + " " + DotCategories.residencesText(c[0]) + " (" + DotCategories.dwellingsText(c[1]) + ")"));
        text.append(String.join("\u00A0; ", parts)).append('.');
        if (!qpv.isEmpty()) {
            text.append(" Les quartiers prioritaires sont entourés d’un trait violet tireté, au-dessus des cercles.");
        }
        return text.toString();
    }
}
