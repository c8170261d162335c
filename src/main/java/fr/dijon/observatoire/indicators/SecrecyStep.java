package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Applies the {@link Suppressor} to the internal table {@code int_cellule} and its relations
 * {@code int_cellule_groupe}, and writes {@code secret_cellule} (cell, reason), which every mart joins. The
 * masks are published with each period, so that the next period prefers the same cells.
 */
public final class SecrecyStep {

    /** Counts of masked cells, for the run report. */
    public record Result(int cells, int primary, int secondary) {
    }

    public Result run(Connection c, String period, int threshold) throws SQLException {
        Map<String, List<String>> groups = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT cellule_id, groupe FROM int_cellule_groupe")) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Set<String> previous = previousMasks(c, period);
        List<SecrecyCell> cells = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT cellule_id, numerateur, denominateur, soumis_secret FROM int_cellule")) {
            while (rs.next()) {
                String id = rs.getString(1);
                cells.add(new SecrecyCell(id, asLong(rs.getObject(2)), asLong(rs.getObject(3)), rs.getBoolean(4),
                        groups.getOrDefault(id, List.of()), previous.contains(id)));
            }
        }
        Map<String, Suppressor.Reason> masked = new Suppressor(threshold).suppress(cells);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + WorkSchema.NAME + ".secret_cellule (cellule_id VARCHAR PRIMARY KEY, "
                    + "raison VARCHAR NOT NULL)");
            st.execute("SELECT 1");
        }
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class)
                .createAppender(WorkSchema.NAME, "secret_cellule")) {
            for (Map.Entry<String, Suppressor.Reason> e : masked.entrySet()) {
                appender.beginRow();
                appender.append(e.getKey());
                appender.append(e.getValue().code());
                appender.endRow();
            }
        }
        long primary = masked.values().stream().filter(r -> r == Suppressor.Reason.PRIMAIRE).count();
        return new Result(cells.size(), (int) primary, (int) (masked.size() - primary));
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** The cells masked by the latest publication of an earlier period (masks are kept stable). */
    private static Set<String> previousMasks(Connection c, String period) throws SQLException {
        Set<String> ids = new HashSet<>();
        java.util.Optional<fr.dijon.observatoire.publication.Publication> previous =
                new fr.dijon.observatoire.publication.PublicationStore().previous(c, period);
        if (previous.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT cellule_id FROM main.secret_cellule WHERE periode = ?")) {
            ps.setString(1, previous.get().period());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
