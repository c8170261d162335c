package fr.dijon.observatoire.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class Lambert93Test {

    private final Lambert93 lambert93 = new Lambert93();

    @Test
    void projectionOriginIsThreeDegreesEastAndFortySixAndAHalfNorth() {
        double[] lonLat = lambert93.toWgs84(700_000, 6_600_000);

        assertThat(lonLat[0]).isCloseTo(3.0, within(1e-9));
        assertThat(lonLat[1]).isCloseTo(46.5, within(1e-9));
    }

    @Test
    void notreDameDeParisReferencePoint() {
        double[] lonLat = lambert93.toWgs84(652_469.02, 6_862_035.26);

        assertThat(lonLat[0]).isCloseTo(2.3522, within(1e-5));
        assertThat(lonLat[1]).isCloseTo(48.8566, within(1e-5));
    }

    @Test
    void pointRoundTripIsBelowOneMillimetre() {
        double[] xy = lambert93.fromWgs84(5.0415, 47.3220);
        double[] lonLat = lambert93.toWgs84(xy[0], xy[1]);
        double[] back = lambert93.fromWgs84(lonLat[0], lonLat[1]);

        assertThat(xy[0]).isBetween(850_000.0, 860_000.0);
        assertThat(xy[1]).isBetween(6_685_000.0, 6_700_000.0);
        assertThat(back[0]).isCloseTo(xy[0], within(1e-3));
        assertThat(back[1]).isCloseTo(xy[1], within(1e-3));
    }

    @Test
    void plausibleAcceptsMetropolitanFranceOnly() {
        assertThat(Lambert93.plausible(855_000, 6_690_000)).as("Dijon").isTrue();
        assertThat(Lambert93.plausible(1_177_000, 6_110_000)).as("Ajaccio").isTrue();
        assertThat(Lambert93.plausible(6_690_000, 855_000)).as("swapped axes").isFalse();
        assertThat(Lambert93.plausible(5.04, 47.32)).as("degrees").isFalse();
        assertThat(Lambert93.plausible(652_000, 1_770_000)).as("Guadeloupe UTM 20N").isFalse();
        assertThat(Lambert93.plausible(Double.NaN, 6_690_000)).isFalse();
    }

    @Test
    void geometryRoundTripKeepsShapeAndSetsSrid() {
        GeometryFactory factory = new GeometryFactory();
        Polygon square = factory.createPolygon(new Coordinate[] {
            new Coordinate(5.00, 47.30), new Coordinate(5.01, 47.30), new Coordinate(5.01, 47.31),
            new Coordinate(5.00, 47.31), new Coordinate(5.00, 47.30)});

        Geometry projected = lambert93.toLambert93(square);
        Geometry back = lambert93.toWgs84(projected);

        assertThat(projected.getSRID()).isEqualTo(2154);
        assertThat(back.getSRID()).isEqualTo(4326);
        // 0.01° x 0.01° at 47.3° N is about 755 m x 1112 m
        assertThat(projected.getArea()).isBetween(0.80e6, 0.88e6);
        assertThat(back.getCoordinates()[2].x).isCloseTo(5.01, within(1e-9));
        assertThat(back.getCoordinates()[2].y).isCloseTo(47.31, within(1e-9));
        assertThat(square.getCoordinates()[2].x).as("input untouched").isEqualTo(5.01);
    }
}
