package fr.dijon.observatoire.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Point transformation between two EPSG coordinate reference systems, backed by proj4j.
 *
 * <p>Geographic systems such as EPSG:4326 use the (longitude, latitude) axis order, in degrees.
 *
 * <p><b>Not thread-safe</b>: proj4j transforms keep intermediate state and this class reuses
 * its coordinate buffers. Create one instance per thread; creation is cheap (the EPSG
 * definitions are parsed by proj4j on each creation, about a millisecond).
 */
public final class CrsTransform {

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final Map<Integer, CoordinateReferenceSystem> SYSTEMS = new ConcurrentHashMap<>();
    private static final CoordinateTransformFactory TRANSFORM_FACTORY = new CoordinateTransformFactory();

    private final int sourceEpsg;
    private final int targetEpsg;
    private final CoordinateTransform transform;
    private final ProjCoordinate source = new ProjCoordinate();
    private final ProjCoordinate target = new ProjCoordinate();

    private CrsTransform(int sourceEpsg, int targetEpsg) {
        this.sourceEpsg = sourceEpsg;
        this.targetEpsg = targetEpsg;
        this.transform = TRANSFORM_FACTORY.createTransform(crs(sourceEpsg), crs(targetEpsg));
    }

    /** Transformation from {@code sourceEpsg} to {@code targetEpsg}, e.g. {@code between(4326, 2154)}. */
    public static CrsTransform between(int sourceEpsg, int targetEpsg) {
        return new CrsTransform(sourceEpsg, targetEpsg);
    }

    /** Parsing a system from proj4j's EPSG file is slow; the systems are immutable, so each is parsed once. */
    private static CoordinateReferenceSystem crs(int epsg) {
        return SYSTEMS.computeIfAbsent(epsg, code -> {
            CoordinateReferenceSystem crs = CRS_FACTORY.createFromName("EPSG:" + code);
            if (crs == null) {
                throw new IllegalArgumentException("Système de coordonnées inconnu : EPSG:" + code);
            }
            return crs;
        });
    }

    /** Transforms one point; returns {x, y} in the target system (lon, lat for geographic systems). */
    public double[] apply(double x, double y) {
        source.x = x;
        source.y = y;
        transform.transform(source, target);
        return new double[] {target.x, target.y};
    }

    public int sourceEpsg() {
        return sourceEpsg;
    }

    public int targetEpsg() {
        return targetEpsg;
    }
}
