package fr.dijon.observatoire.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
 * a lock held by another process is reported as {@link DatabaseBusyException}, immediately; a path that cannot
 * be a database (a folder, a text file) as {@link DatabaseUnusableException}, in French.
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
        checkPath();
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new DatabaseUnusableException("impossible de créer le dossier de la base " + database.getParent()
                    + (e instanceof AccessDeniedException ? " (permission refusée)" : "")
                    + " : choisissez un autre emplacement avec --base ou --sortie.", e);
        }
        return connect(new Properties(), false);
    }

    /** A read-only connection: every write is refused by DuckDB itself. */
    public Connection openReadOnly() throws SQLException {
        return connect(readOnly(), false);
    }

    /**
     * A read-only connection that can reach nothing but the base: no file of the machine can be read or written
     * (COPY … TO, read_text, read_csv, ATTACH, extensions), and the settings are locked so that a query cannot
     * lift these limits. For queries typed by a user.
     */
    public Connection openSandboxed() throws SQLException {
        Properties props = readOnly();
        props.setProperty("enable_external_access", "false");
        props.setProperty("autoload_known_extensions", "false");
        props.setProperty("autoinstall_known_extensions", "false");
        return connect(props, true);
    }

    private Properties readOnly() {
        checkPath();
        if (!Files.exists(database)) {
            throw new DatabaseMissingException(database);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        return props;
    }

    private void checkPath() {
        if (Files.isDirectory(database)) {
            throw new DatabaseUnusableException(database + " est un dossier : --base attend un fichier de base "
                    + "DuckDB (par exemple " + database.resolve("observatoire.duckdb") + ").", null);
        }
    }

    private Connection connect(Properties props, boolean lock) throws SQLException {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl(), props);
            try (Statement st = connection.createStatement()) {
                if (!lock) {
                    st.execute("SET autoinstall_known_extensions = false");
                }
                st.execute("SET TimeZone = 'Europe/Paris'");
                if (lock) {
                    st.execute("SET lock_configuration = true");
                }
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private SQLException translate(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher m = LOCK_HOLDER.matcher(message);
            String holder = m.find() ? "processus " + m.group(1) : null;
            throw new DatabaseBusyException(database, holder, e);
        }
        if (message.contains("not a valid DuckDB database file") || message.contains("Unable to open database")
                || message.contains("database file") && message.contains("corrupt")) {
            throw new DatabaseUnusableException("le fichier " + database + " n'est pas une base DuckDB de "
                    + "l'observatoire (ou elle est endommagée) : indiquez la bonne base avec --base, ou un nouveau nom "
                    + "de fichier pour en créer une.", e);
        }
        if (message.contains("Permission denied")) {
            throw new DatabaseUnusableException("la base " + database + " ne peut pas être ouverte : permission "
                    + "refusée. Vérifiez les droits du fichier et de son dossier.", e);
        }
        return e;
    }
}
