package fr.dijon.observatoire.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection into {@link GeoFeature}s.
 *
 * <p>The JTS {@link GeoJsonReader} drops feature properties, so the document is walked with a
 * Jackson tree and only each geometry member is handed to JTS. Geometries get SRID 4326.
 * Thread-safe (stateless).
 */
public final class GeoJsonFeatures {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory WGS84_FACTORY = new GeometryFactory(new PrecisionModel(), Lambert93.WGS84_EPSG);

    private GeoJsonFeatures() {
    }

    /**
     * Reads all features of a FeatureCollection file.
     *
     * @param idProperty property whose value (converted to text) becomes {@link GeoFeature#id()};
     *                   when it is missing, the feature's own {@code id} member is used, else null
     */
    public static List<GeoFeature> read(Path file, String idProperty) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Fichier GeoJSON illisible : " + file + " (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asString("")) || !features.isArray()) {
            throw new IllegalArgumentException("Le fichier " + file + " n'est pas une FeatureCollection GeoJSON");
        }
        GeoJsonReader geometryReader = new GeoJsonReader(WGS84_FACTORY);
        List<GeoFeature> result = new ArrayList<>(features.size());
        for (JsonNode feature : features.values()) {
            Map<String, Object> properties = propertiesOf(feature.path("properties"));
            Geometry geometry = geometryOf(feature.get("geometry"), geometryReader, file);
            result.add(new GeoFeature(idOf(feature, properties, idProperty), properties, geometry));
        }
        return List.copyOf(result);
    }

    private static String idOf(JsonNode feature, Map<String, Object> properties, String idProperty) {
        Object value = idProperty == null ? null : properties.get(idProperty);
        if (value != null) {
            return value.toString();
        }
        JsonNode id = feature.get("id");
        return id == null || id.isNull() ? null : id.asString();
    }

    private static Geometry geometryOf(JsonNode node, GeoJsonReader reader, Path file) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            Geometry geometry = reader.read(MAPPER.writeValueAsString(node));
            geometry.setSRID(Lambert93.WGS84_EPSG);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalArgumentException("Géométrie GeoJSON invalide dans " + file + " : " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> propertiesOf(JsonNode node) {
        if (!node.isObject()) {
            return Map.of();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            properties.put(entry.getKey(), valueOf(entry.getValue()));
        }
        return Collections.unmodifiableMap(properties);
    }

    private static Object valueOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                values.add(valueOf(element));
            }
            return Collections.unmodifiableList(values);
        }
        if (node.isObject()) {
            return propertiesOf(node);
        }
        return node.asString();
    }
}
