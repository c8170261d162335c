package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.Lambert93;

/**
 * Choropleth of the communes in up to 5 quantile classes on a sequential blue ramp. A masked (secret) or
 * missing value is hatched grey. Optional QPV outlines on top.
 */
public final class ChoroplethMap implements AtlasGraphic {

    /** Legend label of the hatched class. */
    public static final String NO_DATA_LABEL = "s (secret statistique) ou sans donnée";
    private static final int MAX_CLASSES = 5;

    private final String title;
    private final List<ProjectedFeature> communes;
    private final Map<String, Double> valueByCode;
    private final boolean percent;
    private final String legendTitle;
    private final String source;
    private final List<ProjectedFeature> qpv;
    private final Geometry outline;
    private final List<Double> breaks;
    private final int decimals;

    private ChoroplethMap(String title, List<ProjectedFeature> communes, Map<String, Double> valueByCode,
            boolean percent, String legendTitle, String source, List<ProjectedFeature> qpv, Geometry outline) {
        this.title = Objects.requireNonNull(title, "title");
        this.communes = communes;
        this.valueByCode = valueByCode;
        this.percent = percent;
        this.legendTitle = legendTitle;
        this.source = source;
        this.qpv = qpv;
        this.outline = outline;
        this.decimals = percent || valueByCode.values().stream().anyMatch(v -> v != null && !FrenchLabels.isWhole(v)) ? 1 : 0;
        this.breaks = breaks();
    }

    /**
     * Choropleth of the communes.
     *
     * @param communes    commune features in WGS84 (e.g. {@code GeoJsonFeatures.read(dm_communes.geojson, "code_insee")})
     * @param valueByCode INSEE code → value; a null or absent value (secret, no data) is hatched grey
     * @param percent     whether the values are shares in [0, 1] shown as percentages, else plain numbers
     * @param legendTitle e.g. "Part des logements accessibles"
     */
    public static ChoroplethMap communes(String title, List<GeoFeature> communes, Map<String, Double> valueByCode,
            boolean percent, String legendTitle, String source) {
        Lambert93 lambert = new Lambert93();
        List<ProjectedFeature> projected = ProjectedFeature.project(communes, lambert);
        return new ChoroplethMap(title, projected, new HashMap<>(valueByCode), percent, legendTitle, source, List.of(),
                MapShapes.outline(projected.stream().map(ProjectedFeature::geometry).toList()));
    }

    /** Copy of this map with the QPV outlines (WGS84 features) drawn over the communes. */
    public ChoroplethMap withQpv(List<GeoFeature> qpvFeatures) {
        return new ChoroplethMap(title, communes, valueByCode, percent, legendTitle, source,
                ProjectedFeature.project(qpvFeatures, new Lambert93()), outline);
    }

    @Override
    public String title() {
        return title;
    }

    /** Class lower bounds after the first class (in value units), increasing; size = classes − 1. */
    public List<Double> breaks() {
        if (breaks != null) {
            return breaks;
        }
        List<Double> values = communes.stream().map(c -> valueByCode.get(c.id())).filter(Objects::nonNull)
                .map(this::rounded).sorted().toList();
        long distinct = values.stream().distinct().count();
        int classes = (int) Math.min(MAX_CLASSES, distinct);
        List<Double> result = new ArrayList<>();
        for (int i = 1; i < classes; i++) {
            double b = values.get((int) Math.floor((double) i * values.size() / classes));
            if (b > values.get(0) && (result.isEmpty() || b > result.get(result.size() - 1))) {
                result.add(b);
            }
        }
        return List.copyOf(result);
    }

    /** Number of value classes (without the no-data class). */
    public int classCount() {
        boolean any = communes.stream().anyMatch(c -> valueByCode.get(c.id()) != null);
        return any ? breaks.size() + 1 : 0;
    }

    /** Class index of a commune's value (0 = lowest), or −1 when masked or missing. */
    public int classOf(String code) {
        Double v = valueByCode.get(code);
        if (v == null) {
            return -1;
        }
        double r = rounded(v);
        int k = 0;
        while (k < breaks.size() && r >= breaks.get(k)) {
            k++;
        }
        return k;
    }

    /** Number of communes per class, then (last) the number of masked or missing ones. */
    public List<Integer> classCounts() {
        int[] counts = new int[classCount() + 1];
        for (ProjectedFeature c : communes) {
            int k = classOf(c.id());
            counts[k < 0 ? counts.length - 1 : k]++;
        }
        List<Integer> result = new ArrayList<>();
        for (int c : counts) {
            result.add(c);
        }
        return result;
    }

    /** Legend label of class {@code k}: "moins de 12,5 %", "de 12,5 à moins de 18 %", "25 % ou plus". */
    public String classLabel(int k) {
        int n = classCount();
        if (n == 1) {
            List<Double> values = communes.stream().map(c -> valueByCode.get(c.id())).filter(Objects::nonNull).toList();
            return format(values.get(0));
        }
        if (k == 0) {
            return "moins de " + format(breaks.get(0));
        }
        if (k == n - 1) {
            return format(breaks.get(k - 1)) + " ou plus";
        }
        return "de " + number(breaks.get(k - 1)) + " à moins de " + format(breaks.get(k));
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            MapSupport.antialias(g);
            MapLegend legend = legend();
            MapSupport.Layout layout = MapSupport.frame(g, area, title, source, legend);
            Rectangle2D mapArea = layout.map();
            Envelope extent = MapSupport.padded(ProjectedFeature.extent(communes), 0.02, 1000);
            AffineTransform t = MapSupport.fit(extent, mapArea);
            List<Color> ramp = classCount() == 0 ? List.of() : AtlasPalette.sequential(classCount());

            MapSupport.beginGroup(g, "communes");
            for (ProjectedFeature c : communes) {
                Shape shape = MapShapes.shape(c.geometry(), t);
                int k = classOf(c.id());
                MapSupport.tooltip(g, c.name() + "\u00A0: " + valueText(c.id()));
                if (k < 0) {
                    MapShapes.fillHatched(g, shape);
                } else {
                    g.setColor(ramp.get(k));
                    g.fill(shape);
                }
            }
            g.setColor(AtlasPalette.OUTLINE);
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (ProjectedFeature c : communes) {
                g.draw(MapShapes.shape(c.geometry(), t));
            }
            MapSupport.endGroup(g);
            if (outline != null) {
                g.setColor(AtlasPalette.TEXT);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(MapShapes.shape(outline, t));
            }
            if (!qpv.isEmpty()) {
                g.setColor(AtlasPalette.QPV_OUTLINE.darker());
                g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (ProjectedFeature q : qpv) {
                    MapSupport.tooltip(g, "QPV " + q.name());
                    g.draw(MapShapes.shape(q.geometry(), t));
                }
            }
            MapLabels.draw(g, t, communes, qpv);
            MapDecorations.scaleBar(g, mapArea, t.getScaleX());
            MapDecorations.northArrow(g, mapArea);
            legend.draw(g, layout.legend());
        } finally {
            g.dispose();
        }
    }

    @Override
    public String textAlternative() {
        StringBuilder text = new StringBuilder("Carte\u00A0: ").append(FrenchLabels.sentence(title));
        List<Integer> counts = classCounts();
        int n = classCount();
        String subject = legendTitle == null || legendTitle.isBlank() ? "Valeur" : legendTitle;
        text.append(' ').append(subject).append(" par commune");
        if (n > 0) {
            text.append(", en ").append(n).append(n > 1 ? " classes\u00A0: " : " classe\u00A0: ");
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                parts.add(classLabel(k) + " (" + communesCount(counts.get(k)) + ")");
            }
            text.append(String.join(", ", parts));
        }
        text.append('.');
        List<ProjectedFeature> valued = new ArrayList<>(communes.stream().filter(c -> valueByCode.get(c.id()) != null).toList());
        valued.sort(Comparator.comparing((ProjectedFeature c) -> valueByCode.get(c.id())).reversed()
                .thenComparing(ProjectedFeature::name));
        if (!valued.isEmpty()) {
            text.append(" Valeurs, de la plus élevée à la plus faible\u00A0: ")
                    .append(String.join(", ", valued.stream().map(c -> c.name() + " " + valueText(c.id())).toList()))
                    .append('.');
        }
        List<String> missing = communes.stream().filter(c -> valueByCode.get(c.id()) == null).map(ProjectedFeature::name)
                .sorted().toList();
        if (!missing.isEmpty()) {
            text.append(" Secret statistique ou sans donnée (s)\u00A0: ").append(FrenchLabels.enumeration(missing)).append('.');
        }
        if (!qpv.isEmpty()) {
            text.append(" Les contours des ").append(qpv.size()).append(" quartiers prioritaires sont superposés.");
        }
        return text.toString();
    }

    private MapLegend legend() {
        MapLegend legend = new MapLegend(legendTitle);
        List<Integer> counts = classCounts();
        int n = classCount();
        List<Color> ramp = n == 0 ? List.of() : AtlasPalette.sequential(n);
        for (int k = n - 1; k >= 0; k--) {
            legend.fill(ramp.get(k), classLabel(k) + " (" + communesCount(counts.get(k)) + ")");
        }
        int missing = counts.get(counts.size() - 1);
        if (missing > 0) {
            legend.hatch(NO_DATA_LABEL + " (" + communesCount(missing) + ")");
        }
        if (!qpv.isEmpty()) {
            legend.outline(AtlasPalette.QPV_OUTLINE.darker(), "Quartier prioritaire de la politique de la ville (QPV)");
        }
        return legend;
    }

    private static String communesCount(int n) {
        return FrenchNumbers.display(n, 0) + (n > 1 ? "\u00A0communes" : "\u00A0commune");
    }

    private String valueText(String code) {
        Double v = valueByCode.get(code);
        return v == null ? FrenchLabels.SECRET : format(v);
    }

    private double rounded(double v) {
        double shown = percent ? v * 100 : v;
        double r = BigDecimal.valueOf(shown).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return percent ? r / 100 : r;
    }

    private String number(double v) {
        return FrenchNumbers.display(percent ? v * 100 : v, decimals);
    }

    private String format(double v) {
        return percent ? number(v) + FrenchLabels.NNBSP + "%" : number(v);
    }
}
