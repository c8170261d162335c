package fr.dijon.observatoire.sample;

import java.util.HashMap;
import java.util.Map;

import fr.dijon.observatoire.geo.CrsTransform;

/** Projects prefecture positions to the département's RPLS coordinate system, one transform per EPSG code. */
final class DepartementCentres {

    private final Map<Integer, CrsTransform> transforms = new HashMap<>();

    /** {x, y} in metres, in {@link Departement#epsg()}. */
    double[] centre(Departement departement) {
        CrsTransform transform = transforms.computeIfAbsent(departement.epsg(), epsg -> CrsTransform.between(4326, epsg));
        return transform.apply(departement.longitude(), departement.latitude());
    }
}
