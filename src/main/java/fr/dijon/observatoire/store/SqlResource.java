package fr.dijon.observatoire.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** SQL text shipped on the classpath under {@code sql/}, run statement by statement. */
public final class SqlResource {

    private SqlResource() {
    }

    public static String text(String path) {
        try (InputStream in = SqlResource.class.getResourceAsStream("/sql/" + path)) {
            if (in == null) {
                throw new IllegalStateException("ressource SQL introuvable : sql/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every statement of the script; returns the update count of the last one. */
    public static long run(Connection connection, String path) throws SQLException {
        long last = 0;
        for (String sql : SqlScript.statements(text(path))) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
                last = st.getLargeUpdateCount();
            }
        }
        return last;
    }
}
