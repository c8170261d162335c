package fr.dijon.observatoire.secrecy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes {@code int_unite_occupation} in the work schema: the publication unit of every residence surveyed by the
 * retained OPS (see {@link OccupancyUnits}). It runs between the staging and the intermediate models, which read it.
 */
public final class OccupancyUnitsTable {

    public static final String TABLE = "int_unite_occupation";

    private OccupancyUnitsTable() {
    }

    public static void write(Connection c, String schema, int threshold) throws SQLException {
        List<OccupancyUnits.Residence> residences = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT r.residence_id, r.depcom, CASE WHEN r.en_qpv THEN "
                     + "coalesce(r.qpv_code, 'QPV') ELSE 'hors' END, r.lon, r.lat, o.repondants "
                     + "FROM " + schema + ".stg_ops_residence o JOIN " + schema + ".stg_residence r USING (residence_id) "
                     + "WHERE o.repondants > 0 ORDER BY r.residence_id")) {
            while (rs.next()) {
                residences.add(new OccupancyUnits.Residence(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Double) rs.getObject(4), (Double) rs.getObject(5), rs.getLong(6)));
            }
        }
        List<OccupancyUnits.Assignment> units = new OccupancyUnits(threshold).assign(residences);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + schema + "." + TABLE + " (residence_id VARCHAR PRIMARY KEY, "
                    + "unite VARCHAR NOT NULL, nature VARCHAR NOT NULL)");
            st.execute("SELECT 1");
        }
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(schema, TABLE)) {
            for (OccupancyUnits.Assignment a : units) {
                appender.beginRow();
                appender.append(a.residence());
                appender.append(a.unit());
                appender.append(a.nature().label());
                appender.endRow();
            }
        }
    }
}
