package fr.dijon.observatoire.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: its identifier (taken from a chosen property), all its properties
 * (String, Long, Double, Boolean, null, or nested List/Map values) and its geometry
 * (null when the feature has no geometry).
 */
public record GeoFeature(String id, Map<String, Object> properties, Geometry geometry) {

    /** Property value as text, or null when absent or null. */
    public String text(String property) {
        Object value = properties.get(property);
        return value == null ? null : value.toString();
    }
}
