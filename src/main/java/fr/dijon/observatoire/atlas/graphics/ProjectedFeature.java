package fr.dijon.observatoire.atlas.graphics;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.Lambert93;

/** A feature projected once to Lambert-93, with its display name. */
record ProjectedFeature(String id, String name, Geometry geometry) {

    private static final List<String> NAME_PROPERTIES = List.of("nom", "lib_qp", "libelle", "name");

    static List<ProjectedFeature> project(List<GeoFeature> features, Lambert93 lambert) {
        List<ProjectedFeature> result = new ArrayList<>();
        if (features == null) {
            return result;
        }
        for (GeoFeature f : features) {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                result.add(new ProjectedFeature(f.id(), nameOf(f), lambert.toLambert93(f.geometry())));
            }
        }
        return List.copyOf(result);
    }

    static String nameOf(GeoFeature f) {
        for (String property : NAME_PROPERTIES) {
            String name = f.text(property);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return f.id() == null ? "?" : f.id();
    }

    static Envelope extent(List<ProjectedFeature> features) {
        Envelope e = new Envelope();
        for (ProjectedFeature f : features) {
            e.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return e;
    }
}
