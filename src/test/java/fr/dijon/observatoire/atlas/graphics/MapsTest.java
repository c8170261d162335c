package fr.dijon.observatoire.atlas.graphics;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import fr.dijon.observatoire.geo.Lambert93;

class MapsTest {

    private static final Path REFERENCE = Path.of("reference-data");
    private static final String SOURCE = fr.dijon.observatoire.format.Typography.apply("Sources : IGN Admin Express 2018, ANCT QPV 2024, RPLS 2024 — traitement observatoire");

    private static List<GeoFeature> communes;
    private static List<GeoFeature> qpv;

    @BeforeAll
    static void readReferenceData() {
        communes = GeoJsonFeatures.read(REFERENCE.resolve("dm_communes.geojson"), "code_insee");
        qpv = GeoJsonFeatures.read(REFERENCE.resolve("dm_qpv_2024.geojson"), "code_qp");
    }

    /** Shares 5 % … 27 % for every commune but two: Dijon 27,5 %, Ahuy masked, Fénay absent. */
    private static ChoroplethMap shares() {
        Map<String, Double> values = new HashMap<>();
        int i = 0;
        for (GeoFeature c : communes) {
            values.put(c.id(), 0.05 + 0.01 * i++);
        }
        values.put("21231", 0.275);
        values.put("21003", null);
        values.remove("21263");
        return ChoroplethMap.communes("Part des logements accessibles aux ménages les plus modestes", communes, values,
                true, "Part des logements accessibles", SOURCE);
    }

    @Test
    void choroplethSvgHasEveryCommuneTitleLegendScaleBarAndNorthArrow() {
        ChoroplethMap map = shares().withQpv(qpv);

        String svg = map.svg(800, 600);
        Document document = SvgAssertions.parse(svg);
        String texts = SvgAssertions.texts(document);

        assertThat(texts).contains("Part des logements accessibles aux ménages les plus modestes", SOURCE,
                "Part des logements accessibles", "(2\u00A0communes)", "\u00A0km", "QPV");
        assertThat(texts.lines()).contains("N");
        assertThat(texts).containsPattern("\\d\u00A0km").contains("%");
        assertThat(map.classCounts()).hasSize(6).doesNotContainNull();
        assertThat(map.classCounts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(23);
        assertThat(map.classCounts().get(5)).isEqualTo(2);
        // One tooltip per commune, e.g. Dijon: 27,5 %.
        assertThat(svg).contains("Dijon\u202F: 27,5\u202F%", "Ahuy\u202F: s", "Fénay\u202F: s");
        for (GeoFeature c : communes) {
            assertThat(svg).contains("<title>" + c.text("nom").replace("'", "&apos;") + "\u202F: ");
        }
    }

    @Test
    void choroplethClassesAreQuantilesWithFrenchLabels() {
        ChoroplethMap map = shares();

        assertThat(map.classCount()).isEqualTo(5);
        assertThat(map.breaks()).isSorted().hasSize(4);
        assertThat(map.classOf("21231")).isEqualTo(4);
        assertThat(map.classOf("21003")).isEqualTo(-1);
        assertThat(map.classLabel(0)).startsWith("moins de ").endsWith("\u202F%");
        assertThat(map.classLabel(4)).endsWith("\u202F% ou plus");
        assertThat(map.textAlternative()).contains("Dijon 27,5\u202F%", "en 5 classes", "Ahuy et Fénay",
                "Secret statistique ou sans donnée (s)");
    }

    @Test
    void choroplethOfCountsUsesFrenchGrouping() {
        Map<String, Double> values = new HashMap<>();
        for (GeoFeature c : communes) {
            values.put(c.id(), c.id().equals("21231") ? 25259.0 : 1250.0 + Integer.parseInt(c.id().substring(2)));
        }
        ChoroplethMap map = ChoroplethMap.communes("Logements sociaux par commune", communes, values, false,
                "Logements sociaux", SOURCE);

        assertThat(map.textAlternative()).contains("Dijon 25\u202F259", "1\u202F");
        assertThat(SvgAssertions.texts(SvgAssertions.parse(map.svg(700, 500)))).contains("ou plus");
    }

    @Test
    void dijonCentreFallsInsideTheDrawingArea() {
        Lambert93 lambert = new Lambert93();
        Envelope extent = new Envelope();
        for (GeoFeature c : communes) {
            extent.expandToInclude(lambert.toLambert93(c.geometry()).getEnvelopeInternal());
        }
        Rectangle2D area = new Rectangle2D.Double(20, 40, 500, 400);
        AffineTransform t = MapSupport.fit(extent, area);

        double[] centre = lambert.fromWgs84(5.0415, 47.3220);
        Point2D p = t.transform(new Point2D.Double(centre[0], centre[1]), null);

        assertThat(area.contains(p)).isTrue();
        // North is up: a point 1 km north is drawn higher (smaller y).
        Point2D north = t.transform(new Point2D.Double(centre[0], centre[1] + 1000), null);
        assertThat(north.getY()).isLessThan(p.getY());
        assertThat(t.getScaleX()).isEqualTo(-t.getScaleY());
    }

    @Test
    void dotMapDrawsCirclesForResidencesInDijon() {
        List<ResidencePoint> points = List.of(
                new ResidencePoint(5.0415, 47.3220, 120, "accessible et non fragile"),
                new ResidencePoint(5.0200, 47.3300, 45, "accessible mais fragile"),
                new ResidencePoint(5.0600, 47.3100, 300, "peu ou partiellement accessible"),
                new ResidencePoint(5.0300, 47.3150, 8, "Accessible mais fragile"));
        DotMap map = DotMap.residences("Résidences sociales", communes, qpv, points, "Accessibilité et fragilité",
                SOURCE);

        String svg = map.svg(760, 560);
        Document document = SvgAssertions.parse(svg);
        String texts = SvgAssertions.texts(document);

        assertThat(SvgAssertions.count(document, "ellipse") + SvgAssertions.count(document, "circle"))
                .isGreaterThanOrEqualTo(points.size());
        assertThat(texts.replace('\n', ' ')).contains("Résidences sociales", "accessible mais fragile\u202F: 2\u00A0résidences, 53\u00A0logements",
                "\u00A0km", SOURCE, "200\u00A0logements");
        assertThat(texts.lines()).contains("N");
        assertThat(map.textAlternative()).contains("4\u00A0résidences (473\u00A0logements)",
                "accessible et non fragile 1\u00A0résidence (120\u00A0logements)");
    }

    @Test
    void dotMapFocusCountsOnlyTheFocusedTerritory() {
        GeoFeature chenove = communes.stream().filter(c -> c.id().equals("21166")).findFirst().orElseThrow();
        List<ResidencePoint> points = List.of(
                new ResidencePoint(5.0415, 47.3220, 120, "accessible et non fragile"),
                new ResidencePoint(chenove.geometry().getInteriorPoint().getX(),
                        chenove.geometry().getInteriorPoint().getY(), 60, "accessible mais fragile"));
        DotMap map = DotMap.residences("Résidences sociales — Chenôve", communes, qpv, points, "Accessibilité",
                SOURCE).focus(chenove.geometry());

        String texts = SvgAssertions.texts(SvgAssertions.parse(map.svg(600, 500)));

        assertThat(map.textAlternative()).contains("1\u00A0résidence (60\u00A0logements)").doesNotContain("120");
        assertThat(texts).containsPattern("\\d\u00A0k?m").contains("Résidences sociales — Chenôve");
    }

    @Test
    void mapsDrawHeadlessOnARasterImage() {
        BufferedImage image = new BufferedImage(500, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            shares().withQpv(qpv).draw(g, new Rectangle2D.Double(0, 0, 500, 400));
            DotMap.residences("Résidences", communes, qpv, List.of(new ResidencePoint(5.04, 47.32, 50, "fragile")),
                    "Fragilité", SOURCE).draw(g, new Rectangle2D.Double(0, 0, 300, 400));
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(250, 200) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void scaleLengthsAreRound() {
        assertThat(MapDecorations.niceLength(2700)).isEqualTo(2000);
        assertThat(MapDecorations.niceLength(640)).isEqualTo(500);
        assertThat(MapDecorations.niceLength(1000)).isEqualTo(1000);
        assertThat(MapDecorations.scaleLabel(2000)).isEqualTo("2\u00A0km");
        assertThat(MapDecorations.scaleLabel(500)).isEqualTo("500\u00A0m");
        assertThat(DotCategories.sizeSteps(300)).containsExactly(200, 50, 10);
    }
}
