package fr.dijon.observatoire.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class PointSamplerTest {

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void sampledPointsFallInsideTheCommuneOfChenove() {
        GeoFeature chenove = GeoJsonFeatures.read(Path.of("reference-data", "dm_communes.geojson"), "code_insee").stream()
                .filter(f -> f.id().equals("21166")).findFirst().orElseThrow();
        Geometry area = new Lambert93().toLambert93(chenove.geometry());
        PointSampler sampler = new PointSampler(area);
        Random random = new Random(42);

        for (int i = 0; i < 500; i++) {
            Coordinate point = sampler.sample(random);
            assertThat(area.contains(factory.createPoint(point))).isTrue();
        }
    }

    @Test
    void sameSeedGivesSamePoints() {
        PointSampler sampler = new PointSampler(lShape());

        assertThat(draw(sampler, 7)).isEqualTo(draw(sampler, 7)).isNotEqualTo(draw(sampler, 8));
    }

    @Test
    void pointsAreSpreadUniformlyOverBothArmsOfAnLShape() {
        PointSampler sampler = new PointSampler(lShape());
        Random random = new Random(1);
        int inVerticalArm = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Coordinate c = sampler.sample(random);
            assertThat(sampler.contains(c)).isTrue();
            if (c.y > 1) {
                inVerticalArm++;
            }
        }
        // the L is 3 unit squares: the arm above y = 1 holds one of them
        assertThat(inVerticalArm / (double) n).isBetween(0.31, 0.36);
    }

    @Test
    void sampleNearStaysWithinRadiusAndArea() {
        PointSampler sampler = new PointSampler(lShape());
        Random random = new Random(3);
        Coordinate centre = new Coordinate(0.5, 1.5);
        for (int i = 0; i < 200; i++) {
            Coordinate c = sampler.sampleNear(centre, 0.3, random);
            assertThat(c.distance(centre)).isLessThanOrEqualTo(0.3);
            assertThat(sampler.contains(c)).isTrue();
        }
    }

    @Test
    void rejectsNonPolygonalGeometry() {
        assertThatThrownBy(() -> new PointSampler(factory.createPoint(new Coordinate(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Coordinate> draw(PointSampler sampler, long seed) {
        Random random = new Random(seed);
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(sampler.sample(random));
        }
        return points;
    }

    private Geometry lShape() {
        return factory.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(2, 0), new Coordinate(2, 1), new Coordinate(1, 1),
            new Coordinate(1, 2), new Coordinate(0, 2), new Coordinate(0, 0)});
    }
}
