package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.geo.Lambert93;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The boundaries of the communes being rebuilt, where the reference data has them ({@code ref_commune_contour}),
 * in Lambert-93 and widened by a tolerance: a dwelling whose coordinates fall outside is placed by its address.
 * Communes without a boundary are not checked beyond the plausibility of their coordinates.
 */
final class CommuneContours {

    private final Map<String, PreparedGeometry> contours;
    private final GeometryFactory factory = new GeometryFactory();

    private CommuneContours(Map<String, PreparedGeometry> contours) {
        this.contours = contours;
    }

    static CommuneContours load(Connection c, double tolerance) throws SQLException {
        Map<String, PreparedGeometry> contours = new HashMap<>();
        Lambert93 lambert93 = new Lambert93();
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code_insee, geojson FROM ref_commune_contour "
                     + "WHERE code_insee IN (SELECT depcom FROM rpls_import_reconstruire)")) {
            while (rs.next()) {
                try {
                    contours.put(rs.getString(1), PreparedGeometryFactory.prepare(
                            lambert93.toLambert93(reader.read(rs.getString(2))).buffer(tolerance)));
                } catch (ParseException e) {
                    throw new IllegalStateException("contour de la commune " + rs.getString(1)
                            + " illisible dans les données de référence : " + e.getMessage(), e);
                }
            }
        }
        return new CommuneContours(contours);
    }

    /** True when the commune's boundary is known and the Lambert-93 point lies outside it. */
    boolean outside(String depcom, double x, double y) {
        PreparedGeometry contour = contours.get(depcom);
        return contour != null && !contour.contains(factory.createPoint(new Coordinate(x, y)));
    }
}
