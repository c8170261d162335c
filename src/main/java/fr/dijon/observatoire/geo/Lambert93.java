package fr.dijon.observatoire.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Conversions between Lambert-93 (EPSG:2154, metres) and WGS84 (EPSG:4326, longitude/latitude in degrees),
 * for single points and for JTS geometries.
 *
 * <p><b>Not thread-safe</b> (see {@link CrsTransform}): use one instance per thread.
 */
public final class Lambert93 {

    public static final int EPSG = 2154;
    public static final int WGS84_EPSG = 4326;

    /** Extent of metropolitan France including Corsica, with a margin of about 50 km (metres). */
    private static final double MIN_X = 50_000;
    private static final double MAX_X = 1_300_000;
    private static final double MIN_Y = 6_000_000;
    private static final double MAX_Y = 7_150_000;

    private final CrsTransform toWgs84 = CrsTransform.between(EPSG, WGS84_EPSG);
    private final CrsTransform fromWgs84 = CrsTransform.between(WGS84_EPSG, EPSG);

    /**
     * Whether (x, y) can be a Lambert-93 position in metropolitan France (Corsica included). False for NaN,
     * for swapped axes, for degrees, and for overseas coordinates, which the RPLS gives in local UTM systems.
     */
    public static boolean plausible(double x, double y) {
        return x >= MIN_X && x <= MAX_X && y >= MIN_Y && y <= MAX_Y;
    }

    /** Lambert-93 (x, y) in metres to {longitude, latitude} in degrees. */
    public double[] toWgs84(double x, double y) {
        return toWgs84.apply(x, y);
    }

    /** WGS84 longitude/latitude in degrees to Lambert-93 {x, y} in metres. */
    public double[] fromWgs84(double lon, double lat) {
        return fromWgs84.apply(lon, lat);
    }

    /** Copy of a WGS84 geometry (lon/lat axis order) projected to Lambert-93; the input is not modified. */
    public Geometry toLambert93(Geometry wgs84) {
        return transformed(wgs84, fromWgs84);
    }

    /** Copy of a Lambert-93 geometry converted to WGS84 (lon/lat axis order); the input is not modified. */
    public Geometry toWgs84(Geometry lambert93) {
        return transformed(lambert93, toWgs84);
    }

    private static Geometry transformed(Geometry geometry, CrsTransform transform) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                double[] xy = transform.apply(sequence.getX(i), sequence.getY(i));
                sequence.setOrdinate(i, CoordinateSequence.X, xy[0]);
                sequence.setOrdinate(i, CoordinateSequence.Y, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        copy.setSRID(transform.targetEpsg());
        return copy;
    }
}
