package fr.dijon.observatoire.publication;

import fr.dijon.observatoire.store.ParisTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published periods. Publishing copies the work schema's marts (and the secrecy records the next period
 * needs) into the period-keyed tables of {@code main} and writes the publication's row, in one transaction:
 * readers see the previous complete publication until the commit, and never a mix of old and new tables.
 */
public final class PublicationStore {

    /** The work schema the indicator run computes in. */
    public static final String WORK = "calcul";

    private static final String COLUMNS = "periode, version, statut, empreinte, version_methode, millesime_rpls, "
            + "annee_ops, entrees, parametres, sources, calculee_le, remplacee_le";

    /** The current publication of a period, if any. */
    public Optional<Publication> current(Connection c, String period) throws SQLException {
        return first(c, "WHERE periode = ? AND statut = '" + Publication.PUBLISHED + "'", period);
    }

    /** The current publication of a period, or a French refusal naming the command that computes it. */
    public Publication require(Connection c, String period) throws SQLException {
        return current(c, period).orElseThrow(() -> new NoPublicationException(period));
    }

    /** The latest current publication of an earlier period, if any. */
    public Optional<Publication> previous(Connection c, String period) throws SQLException {
        return first(c, "WHERE periode < ? AND statut = '" + Publication.PUBLISHED + "' ORDER BY periode DESC", period);
    }

    /** Every publication, current or not, newest period first. */
    public List<Publication> all(Connection c) throws SQLException {
        List<Publication> list = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM publication ORDER BY periode DESC, version DESC")) {
            while (rs.next()) {
                list.add(read(rs));
            }
        }
        return list;
    }

    /**
     * Publishes the work schema's marts as the period's publication, atomically. {@code draft} gives the
     * metadata; its version and status are assigned here.
     */
    public Publication publish(Connection c, Publication draft) throws SQLException {
        return publish(c, draft, () -> { });
    }

    /** Publishes, running {@code beforeCommit} when everything is written but not yet committed (kill tests). */
    public Publication publish(Connection c, Publication draft, Runnable beforeCommit) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> work = tables(c, WORK);
            for (String table : work) {
                ensureKeyedTable(c, table);
                replaceRows(c, table, draft.period());
            }
            for (String stale : tables(c, "main")) {
                if (!work.contains(stale) && hasColumn(c, stale, "periode")) {
                    delete(c, stale, draft.period());
                }
            }
            LocalDateTime now = ParisTime.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE publication SET statut = ?, remplacee_le = ? "
                    + "WHERE periode = ? AND statut = ?")) {
                ps.setString(1, Publication.REPLACED);
                ps.setTimestamp(2, Timestamp.valueOf(now));
                ps.setString(3, draft.period());
                ps.setString(4, Publication.PUBLISHED);
                ps.executeUpdate();
            }
            Publication published = new Publication(draft.period(), nextVersion(c, draft.period()),
                    Publication.PUBLISHED, draft.fingerprint(), draft.methodVersion(), draft.rplsMillesime(),
                    draft.opsYear(), draft.inputsJson(), draft.parametersJson(), draft.sourcesJson(), now, null);
            insert(c, published);
            beforeCommit.run();
            c.commit();
            return published;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Removes a period's published rows, keeping its history rows marked « supprimée ». */
    public void remove(Connection c, String period) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String table : tables(c, "main")) {
                if (hasColumn(c, table, "periode")) {
                    delete(c, table, period);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE publication SET statut = ?, remplacee_le = ? "
                    + "WHERE periode = ? AND statut = ?")) {
                ps.setString(1, Publication.REMOVED);
                ps.setTimestamp(2, Timestamp.valueOf(ParisTime.now()));
                ps.setString(3, period);
                ps.setString(4, Publication.PUBLISHED);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The tables a publication copies: marts, and the secrecy records kept for the next period. */
    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM duckdb_tables() WHERE "
                + "database_name = current_database() AND schema_name = ? AND NOT temporary "
                + "AND (starts_with(table_name, 'mart_') OR starts_with(table_name, 'secret_')) ORDER BY table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static void ensureKeyedTable(Connection c, String table) throws SQLException {
        Map<String, String> work = columns(c, WORK, table);
        Map<String, String> published = columns(c, "main", table);
        try (Statement st = c.createStatement()) {
            if (published.isEmpty()) {
                String rest = work.containsKey("periode") ? "* EXCLUDE (periode)" : "*";
                st.execute("CREATE TABLE main." + table + " AS SELECT CAST(NULL AS VARCHAR) AS periode, " + rest
                        + " FROM " + WORK + "." + table + " WHERE false");
                return;
            }
            for (Map.Entry<String, String> column : work.entrySet()) {
                if (!published.containsKey(column.getKey())) {
                    st.execute("ALTER TABLE main." + table + " ADD COLUMN \"" + column.getKey() + "\" " + column.getValue());
                }
            }
        }
    }

    private static void replaceRows(Connection c, String table, String period) throws SQLException {
        delete(c, table, period);
        String rest = columns(c, WORK, table).containsKey("periode") ? "* EXCLUDE (periode)" : "*";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO main." + table + " BY NAME SELECT CAST(? AS VARCHAR) "
                + "AS periode, " + rest + " FROM " + WORK + "." + table)) {
            ps.setString(1, period);
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, String table, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM main." + table + " WHERE periode = ?")) {
            ps.setString(1, period);
            ps.executeUpdate();
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        return columns(c, "main", table).containsKey(column);
    }

    private static Map<String, String> columns(Connection c, String schema, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM duckdb_columns() WHERE "
                + "database_name = current_database() AND schema_name = ? AND table_name = ? ORDER BY column_index")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    private static int nextVersion(Connection c, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM publication WHERE periode = ?")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void insert(Connection c, Publication p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO publication (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.period());
            ps.setInt(2, p.version());
            ps.setString(3, p.status());
            ps.setString(4, p.fingerprint());
            ps.setString(5, p.methodVersion());
            ps.setObject(6, p.rplsMillesime());
            ps.setObject(7, p.opsYear());
            ps.setString(8, p.inputsJson());
            ps.setString(9, p.parametersJson());
            ps.setString(10, p.sourcesJson());
            ps.setTimestamp(11, Timestamp.valueOf(p.computedAt()));
            ps.setTimestamp(12, null);
            ps.executeUpdate();
        }
    }

    private Optional<Publication> first(Connection c, String where, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM publication " + where + " LIMIT 1")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Publication read(ResultSet rs) throws SQLException {
        Timestamp replaced = rs.getTimestamp("remplacee_le");
        return new Publication(rs.getString("periode"), rs.getInt("version"), rs.getString("statut"),
                rs.getString("empreinte"), rs.getString("version_methode"), integer(rs, "millesime_rpls"),
                integer(rs, "annee_ops"), rs.getString("entrees"), rs.getString("parametres"), rs.getString("sources"),
                rs.getTimestamp("calculee_le").toLocalDateTime(), replaced == null ? null : replaced.toLocalDateTime());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }
}
