package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.geo.Lambert93;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Streams the points of the communes being rebuilt ({@code rpls_point_norm}), group after group, through
 * {@link ResidenceClustering}, and writes back with DuckDB's Appender: the residence of each point
 * ({@code rpls_point_residence}) and the method, medoid position (projected and WGS84) and extent of each
 * residence ({@code rpls_residence_calc}). Only one group is held in memory at a time.
 */
final class ResidenceBuilder {

    static final String POINT_RESIDENCE = "rpls_point_residence";
    static final String RESIDENCE_CALC = "rpls_residence_calc";

    /** Sorted by group, then by position, so that the result never depends on the order of the file. */
    private static final String POINTS = """
            SELECT point_id, groupe_cle, methode, adresse_recherche, depcom, x, y, epsg, logements
            FROM rpls_point_norm
            WHERE reconstruire
            ORDER BY groupe_cle, x, y, adresse_recherche, point_id""";

    private final ResidenceKeySettings settings;

    ResidenceBuilder(ResidenceKeySettings settings) {
        this.settings = settings;
    }

    void build(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + POINT_RESIDENCE
                    + " (point_id BIGINT, residence_no INTEGER, position VARCHAR)");
            st.execute("CREATE OR REPLACE TEMP TABLE " + RESIDENCE_CALC + " (residence_no INTEGER, methode VARCHAR, "
                    + "x DOUBLE, y DOUBLE, lon DOUBLE, lat DOUBLE, etendue_m DOUBLE)");
        }
        CommuneContours contours = CommuneContours.load(c, settings.boundaryTolerance());
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(POINTS);
             DuckDBAppender points = duck.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, POINT_RESIDENCE);
             DuckDBAppender residences = duck.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, RESIDENCE_CALC)) {
            new Pass(contours, points, residences).run(rs);
        }
    }

    /** One pass over the sorted points. */
    private final class Pass {
        private final CommuneContours contours;
        private final DuckDBAppender points;
        private final DuckDBAppender residences;
        private final ResidenceClustering clustering = new ResidenceClustering(settings.linkageDistance());
        private final ResidenceClustering.Group group = new ResidenceClustering.Group();
        private final ResidenceClustering.Result result = new ResidenceClustering.Result();
        private final Lambert93 lambert93 = new Lambert93();
        private String[] positions = new String[16];
        private boolean lambert = true;
        private String currentGroup;
        private final java.util.Map<String, Integer> addresses = new java.util.HashMap<>();
        private String method;
        private int nextResidence;

        Pass(CommuneContours contours, DuckDBAppender points, DuckDBAppender residences) {
            this.contours = contours;
            this.points = points;
            this.residences = residences;
        }

        void run(ResultSet rs) throws SQLException {
            while (rs.next()) {
                String groupKey = rs.getString(2);
                if (!groupKey.equals(currentGroup)) {
                    flush();
                    currentGroup = groupKey;
                    method = rs.getString(3);
                }
                String address = rs.getString(4);
                int addressNo = address == null ? -1 : addresses.computeIfAbsent(address, a -> addresses.size());
                String depcom = rs.getString(5);
                double x = rs.getObject(6) == null ? Double.NaN : rs.getDouble(6);
                double y = rs.getObject(7) == null ? Double.NaN : rs.getDouble(7);
                lambert = "2154".equals(rs.getString(8));
                String position = Double.isNaN(x) ? "absente" : "valide";
                if (!Double.isNaN(x) && lambert && contours.outside(depcom, x, y)) {
                    position = "hors commune";
                    x = Double.NaN;
                    y = Double.NaN;
                }
                if (group.size == positions.length) {
                    positions = java.util.Arrays.copyOf(positions, positions.length * 2);
                }
                positions[group.size] = position;
                group.add(rs.getLong(1), addressNo, x, y, rs.getInt(9));
            }
            flush();
        }

        private void flush() throws SQLException {
            if (group.size == 0) {
                return;
            }
            clustering.split(group, "programme".equals(method), result);
            for (int i = 0; i < group.size; i++) {
                points.beginRow();
                points.append(group.ids[i]);
                points.append(nextResidence + result.residenceOf[i]);
                points.append(positions[i]);
                points.endRow();
            }
            for (int r = 0; r < result.count; r++) {
                int medoid = result.medoid[r];
                residences.beginRow();
                residences.append(nextResidence + r);
                residences.append(result.byAddress[r] ? "adresse" : method);
                if (medoid < 0) {
                    residences.appendNull();
                    residences.appendNull();
                    residences.appendNull();
                    residences.appendNull();
                    residences.appendNull();
                } else {
                    double x = group.x[medoid];
                    double y = group.y[medoid];
                    residences.append(x);
                    residences.append(y);
                    if (lambert && Lambert93.plausible(x, y)) {
                        double[] lonLat = lambert93.toWgs84(x, y);
                        residences.append(lonLat[0]);
                        residences.append(lonLat[1]);
                    } else {
                        residences.appendNull();
                        residences.appendNull();
                    }
                    residences.append(Math.round(result.extent[r] * 10) / 10.0);
                }
                residences.endRow();
            }
            nextResidence += result.count;
            group.clear();
            addresses.clear();
        }
    }
}
