package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.geo.Lambert93;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Converts the Lambert-93 position (EPSG:2154) of the residences just rebuilt into WGS84 longitude and
 * latitude with proj4j, streaming through DuckDB's Appender.
 */
final class ResidencePositions {

    void compute(Connection c, int millesime) throws SQLException {
        Lambert93 lambert = new Lambert93();
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS residence_position_calc");
            st.execute("CREATE TABLE residence_position_calc (residence_id VARCHAR, lon DOUBLE, lat DOUBLE)");
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT residence_id, x, y FROM residence WHERE millesime = " + millesime
                     + " AND depcom IN (SELECT depcom FROM rpls_import_reconstruire) AND x IS NOT NULL AND y IS NOT NULL");
             DuckDBAppender appender = c.unwrap(DuckDBConnection.class)
                     .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "residence_position_calc")) {
            while (rs.next()) {
                double x = rs.getDouble(2);
                double y = rs.getDouble(3);
                if (!Lambert93.plausible(x, y)) {
                    continue;
                }
                double[] lonLat = lambert.toWgs84(x, y);
                appender.beginRow();
                appender.append(rs.getString(1));
                appender.append(lonLat[0]);
                appender.append(lonLat[1]);
                appender.endRow();
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("UPDATE residence SET lon = p.lon, lat = p.lat FROM residence_position_calc p "
                    + "WHERE residence.residence_id = p.residence_id AND residence.millesime = " + millesime);
            st.execute("DROP TABLE residence_position_calc");
        }
    }
}
