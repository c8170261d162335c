package fr.dijon.observatoire.store;

import fr.dijon.observatoire.reference.ReferenceDataLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** A migrated DuckDB file with the reference tables loaded, for tests. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection open(Path dir) throws Exception {
        Connection c = new DuckDbStore(dir.resolve("test.duckdb")).open();
        new SchemaMigrator().migrate(c);
        new ReferenceDataLoader(Path.of("reference-data")).load(c);
        return c;
    }

    public static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static String string(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
