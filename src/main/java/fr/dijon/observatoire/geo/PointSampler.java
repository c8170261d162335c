package fr.dijon.observatoire.geo;

import java.util.random.RandomGenerator;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;

/**
 * Draws uniformly distributed random points inside a (multi)polygon by rejection sampling
 * within its envelope. The result depends only on the random generator passed in, so a seeded
 * generator gives reproducible points. Works in any planar coordinate system; use a projected
 * one (e.g. Lambert-93) for a uniform density per square metre.
 *
 * <p>Not designed for concurrent use: use one instance (and one random generator) per thread.
 */
public final class PointSampler {

    private static final int MAX_ATTEMPTS = 100_000;
    private static final int MAX_NEAR_ATTEMPTS = 400;

    private final Geometry area;
    private final Envelope envelope;
    private final IndexedPointInAreaLocator locator;

    public PointSampler(Geometry area) {
        if (!(area instanceof Polygonal) || area.isEmpty() || area.getArea() <= 0) {
            throw new IllegalArgumentException("Un polygone non vide est attendu, reçu : " + area.getGeometryType());
        }
        this.area = area;
        this.envelope = area.getEnvelopeInternal();
        this.locator = new IndexedPointInAreaLocator(area);
    }

    /** A uniformly random point strictly inside (or on the boundary of) the area. */
    public Coordinate sample(RandomGenerator random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Coordinate candidate = new Coordinate(
                    envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            if (contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Aucun point trouvé dans la zone après " + MAX_ATTEMPTS + " tirages");
    }

    /**
     * A random point inside the area within {@code radius} of {@code centre} (uniform over the
     * intersection of the disc and the area); falls back to {@link #sample} when that
     * intersection is too small to be hit.
     */
    public Coordinate sampleNear(Coordinate centre, double radius, RandomGenerator random) {
        for (int attempt = 0; attempt < MAX_NEAR_ATTEMPTS; attempt++) {
            double dx = (random.nextDouble() * 2 - 1) * radius;
            double dy = (random.nextDouble() * 2 - 1) * radius;
            if (dx * dx + dy * dy > radius * radius) {
                continue;
            }
            Coordinate candidate = new Coordinate(centre.x + dx, centre.y + dy);
            if (contains(candidate)) {
                return candidate;
            }
        }
        return sample(random);
    }

    public boolean contains(Coordinate point) {
        return locator.locate(point) != Location.EXTERIOR;
    }

    public Geometry area() {
        return area;
    }
}
