package fr.dijon.observatoire.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the versioned schema scripts under {@code db/} (classpath) that the database has not seen yet,
 * each in its own transaction, and records them in {@code schema_version}.
 */
public final class SchemaMigrator {

    static final List<String> SCRIPTS = List.of(
            "V001__spring_batch.sql",
            "V002__observatoire.sql",
            "V003__ops_partenaires.sql",
            "V004__rpls_variantes_territoire.sql",
            "V005__residences_adresses.sql",
            "V010__publications.sql",
            "V011__secret_catalogue.sql");

    public void migrate(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (script VARCHAR PRIMARY KEY, "
                    + "applique_le TIMESTAMP NOT NULL DEFAULT current_localtimestamp())");
        }
        for (String script : SCRIPTS) {
            if (!applied(connection, script)) {
                apply(connection, script);
            }
        }
    }

    private boolean applied(Connection connection, String script) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM schema_version WHERE script = ?")) {
            ps.setString(1, script);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void apply(Connection connection, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : SqlScript.statements(read(script))) {
                st.execute(sql);
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO schema_version(script) VALUES (?)")) {
                ps.setString(1, script);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("échec du script de schéma " + script + " : " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("script de schéma introuvable : " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
