/**
 * Geometry helpers, plain Java (JTS, proj4j, Jackson): Lambert-93 ↔ WGS84 conversions
 * ({@link fr.dijon.observatoire.geo.Lambert93}, {@link fr.dijon.observatoire.geo.CrsTransform}),
 * GeoJSON FeatureCollection reading with properties ({@link fr.dijon.observatoire.geo.GeoJsonFeatures})
 * and uniform random points in polygons ({@link fr.dijon.observatoire.geo.PointSampler}).
 */
package fr.dijon.observatoire.geo;
