package fr.dijon.observatoire.sample;

import java.util.List;

import fr.dijon.observatoire.geo.PointSampler;

/**
 * A commune of Dijon Métropole, ready for sampling: labels, population, the part of its area
 * outside any QPV (with a margin), its QPV areas and its IRIS layout.
 */
record DijonCommune(Place place, int population, PointSampler outsideQpv, List<DijonQpv> qpvs, IrisLocator iris) {

    /** A QPV of the commune and the area where its buildings are placed. */
    record DijonQpv(Qpv qpv, PointSampler area) {
    }
}
