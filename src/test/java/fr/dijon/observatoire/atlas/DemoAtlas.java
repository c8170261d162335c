package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.cli.CommandLineFactory;
import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo run once per test JVM ({@code ./observatoire demo} into {@code target/atlas-demo}), for the atlas tests
 * that read its site, its PDF and its marts.
 */
final class DemoAtlas {

    static final Path DIR = Path.of("target", "atlas-demo").toAbsolutePath();
    private static boolean built;

    private DemoAtlas() {
    }

    static synchronized Path site() {
        if (!built) {
            try {
                AtlasBuilder.deleteTree(DIR);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int code = CommandLineFactory.create().execute("demo", "--sortie", DIR.toString());
            if (code != 0) {
                throw new IllegalStateException("la démonstration a échoué (code " + code + ")");
            }
            built = true;
        }
        return DIR.resolve("atlas").resolve(period());
    }

    static String period() {
        return YearMonth.now(ParisTime.ZONE).minusMonths(1).toString();
    }

    static Path pdf() {
        return site().resolve("atlas-" + period() + ".pdf");
    }

    /** The rows of a query over the demo's marts, each as column → value. */
    static List<Map<String, Object>> sql(String query) throws Exception {
        site();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = new DuckDbStore(DIR.resolve("observatoire.duckdb")).open();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Object value(String query) throws Exception {
        List<Map<String, Object>> rows = sql(query);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    static boolean exists() {
        return Files.exists(DIR);
    }
}
