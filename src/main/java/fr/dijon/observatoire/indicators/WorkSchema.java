package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The work schema {@code calcul}, where an indicator run materialises its parameters and models. Unqualified
 * names resolve there first, then in {@code main} (inputs and reference tables): the models keep their plain
 * names, and nothing a reader sees changes until the run is published.
 */
public final class WorkSchema {

    public static final String NAME = "calcul";

    /** A piece of work done with the work schema first in the search path. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private WorkSchema() {
    }

    /** Runs the work with the work schema first in the search path, then restores the previous search path. */
    public static <T> T within(Connection c, Work<T> work) throws Exception {
        if (!exists(c)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + NAME);
            }
        }
        return withSearchPath(c, NAME + ",main", work);
    }

    /** Runs the work with unqualified names resolved in these schemas only, then restores the search path. */
    static <T> T withSearchPath(Connection c, String schemas, Work<T> work) throws Exception {
        String previous;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            previous = rs.getString(1);
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path = '" + schemas + "'");
        }
        try {
            return work.run();
        } finally {
            restore(c, previous);
        }
    }

    /** The period the work schema was last computed for, or null when it holds no computation. */
    public static String computedPeriod(Connection c) throws SQLException {
        if (!hasTable(c, "etat_calcul")) {
            return null;
        }
        return (String) Rows.scalar(c, "SELECT max(periode) FROM " + NAME + ".etat_calcul");
    }

    /** Whether the work schema holds a table of this name. */
    public static boolean hasTable(Connection c, String table) throws SQLException {
        return ((Number) Rows.scalar(c, "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                + "AND schema_name = ? AND table_name = ?", NAME, table)).longValue() > 0;
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_schemas() WHERE database_name = "
                     + "current_database() AND schema_name = '" + NAME + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static void restore(Connection c, String previous) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(previous == null || previous.isEmpty() ? "RESET search_path"
                    : "SET search_path = '" + previous.replace("'", "''") + "'");
        }
    }
}
