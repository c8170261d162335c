package fr.dijon.observatoire.atlas.graphics;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.Lambert93;

/**
 * The projected commune and QPV layers and the EPCI outline, computed once for the same input lists: an
 * atlas draws dozens of maps over the same base, and the outline union is the costly part.
 */
record BaseLayers(List<GeoFeature> sourceCommunes, List<GeoFeature> sourceQpv,
                          List<ProjectedFeature> communes, List<ProjectedFeature> qpv, Geometry outline) {

    private static BaseLayers last;

    static synchronized BaseLayers of(List<GeoFeature> communes, List<GeoFeature> qpv) {
        if (last == null || last.sourceCommunes() != communes || last.sourceQpv() != qpv) {
            Lambert93 lambert = new Lambert93();
            List<ProjectedFeature> projected = ProjectedFeature.project(communes, lambert);
            last = new BaseLayers(communes, qpv, projected, ProjectedFeature.project(qpv, lambert),
                    MapShapes.outline(projected.stream().map(ProjectedFeature::geometry).toList()));
        }
        return last;
    }
}
