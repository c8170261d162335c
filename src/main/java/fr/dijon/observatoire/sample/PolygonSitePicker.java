package fr.dijon.observatoire.sample;

import java.util.HashMap;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;

import fr.dijon.observatoire.geo.Lambert93;
import fr.dijon.observatoire.geo.PointSampler;

/**
 * Places buildings inside a Lambert-93 polygon. Each street gets an anchor point in the polygon
 * on first use, and its buildings are drawn within {@code streetRadius} metres of it, so a street's
 * residences cluster as on a real map.
 */
final class PolygonSitePicker implements SitePicker {

    private static final double ESTATE_RADIUS = 60;

    private final PointSampler area;
    private final Qpv qpv;
    private final IrisLocator iris;
    private final double streetRadius;
    private final Map<Street, Coordinate> anchors = new HashMap<>();

    PolygonSitePicker(PointSampler area, Qpv qpv, IrisLocator iris, double streetRadius) {
        this.area = area;
        this.qpv = qpv;
        this.iris = iris;
        this.streetRadius = streetRadius;
    }

    @Override
    public Site pick(Street street, SeededRandom random) {
        Coordinate anchor = anchors.get(street);
        if (anchor == null) {
            anchor = area.sample(random);
            anchors.put(street, anchor);
        }
        return site(area.sampleNear(anchor, streetRadius, random));
    }

    @Override
    public Site near(Site site, SeededRandom random) {
        return site(area.sampleNear(new Coordinate(site.x(), site.y()), ESTATE_RADIUS, random));
    }

    private Site site(Coordinate c) {
        int index = iris.locate(c.x, c.y);
        return new Site(Lambert93.EPSG, c.x, c.y, qpv, iris.code(index), iris.name(index));
    }
}
