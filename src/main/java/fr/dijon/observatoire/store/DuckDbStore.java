package fr.dijon.observatoire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens connections to the observatory's DuckDB file. One process may hold the file at a time:
 * a lock held by another process is reported as {@link DatabaseBusyException}, immediately.
 */
public final class DuckDbStore {

    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path database;

    public DuckDbStore(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    public Path database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:duckdb:" + database;
    }

    /** A read-write connection; creates the file (and its folder) on first use. */
    public Connection open() throws SQLException {
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new SQLException("impossible de créer le dossier de la base " + database.getParent(), e);
        }
        return connect(new Properties());
    }

    /** A read-only connection: every write is refused by DuckDB itself. */
    public Connection openReadOnly() throws SQLException {
        if (!Files.exists(database)) {
            throw new DatabaseMissingException(database);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        return connect(props);
    }

    private Connection connect(Properties props) throws SQLException {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl(), props);
            try (Statement st = connection.createStatement()) {
                st.execute("SET autoinstall_known_extensions = false");
                st.execute("SET TimeZone = 'Europe/Paris'");
            }
            return connection;
        } catch (SQLException e) {
            throw translateLock(e);
        }
    }

    private SQLException translateLock(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher m = LOCK_HOLDER.matcher(message);
            String holder = m.find() ? "processus " + m.group(1) : null;
            throw new DatabaseBusyException(database, holder, e);
        }
        return e;
    }
}
