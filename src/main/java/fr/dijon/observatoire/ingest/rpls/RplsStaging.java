package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.PreparedInput;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Reads an RPLS CSV into the temporary table {@code rpls_stg} with DuckDB's own CSV reader: every column as
 * text, named by position, only the used fields kept (absent ones are NULL). Records with a wrong field count go
 * to DuckDB's rejects table {@code rpls_rejets_csv}, with their line numbers.
 */
final class RplsStaging {

    static final String REJECTS_TABLE = "rpls_rejets_csv";

    private RplsStaging() {
    }

    static long load(Connection c, PreparedInput input, RplsLayout layout, LoadProgress progress) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS rpls_stg");
            st.execute("DROP TABLE IF EXISTS " + REJECTS_TABLE);
            st.execute("DROP TABLE IF EXISTS rpls_rejets_scan");
        }
        String sql = "CREATE TEMP TABLE rpls_stg AS SELECT " + projection(layout) + " FROM " + readCsv(input, layout);
        try (DuckDBPreparedStatement ps = c.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
            ProgressPoller poller = new ProgressPoller(ps, progress);
            poller.start();
            try {
                ps.execute();
            } finally {
                poller.stop();
            }
        }
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM rpls_stg")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String projection(RplsLayout layout) {
        StringJoiner select = new StringJoiner(", ");
        for (RplsField field : RplsField.values()) {
            Integer position = layout.positions().get(field);
            select.add((position == null ? "CAST(NULL AS VARCHAR)" : "c" + (position + 1)) + " AS " + field.column());
        }
        return select.toString();
    }

    private static String readCsv(PreparedInput input, RplsLayout layout) {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 1; i <= layout.columnCount(); i++) {
            columns.add("'c" + i + "': 'VARCHAR'");
        }
        String delimiter = input.header().delimiter() == '\t' ? "\\t" : String.valueOf(input.header().delimiter());
        return "read_csv(" + literal(input.csv().toAbsolutePath().toString())
                + ", delim = " + literal(delimiter)
                + ", header = true, quote = '\"', escape = '\"', auto_detect = false, encoding = 'utf-8'"
                + ", columns = " + columns
                + ", store_rejects = true, rejects_table = '" + REJECTS_TABLE + "', rejects_scan = 'rpls_rejets_scan'"
                + ", max_line_size = 1048576)";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Polls DuckDB's query progress while the CSV is read. */
    private static final class ProgressPoller {
        private final DuckDBPreparedStatement statement;
        private final LoadProgress progress;
        private final Thread thread;
        private volatile boolean running = true;

        ProgressPoller(DuckDBPreparedStatement statement, LoadProgress progress) {
            this.statement = statement;
            this.progress = progress;
            this.thread = new Thread(this::poll, "progression-duckdb");
            this.thread.setDaemon(true);
        }

        void start() {
            if (progress != LoadProgress.NONE) {
                thread.start();
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        private void poll() {
            while (running) {
                try {
                    Thread.sleep(500);
                    QueryProgress p = statement.getQueryProgress();
                    if (p != null && p.getPercentage() >= 0) {
                        progress.update("lecture CSV par DuckDB", p.getPercentage(), p.getRowsProcessed());
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException | RuntimeException e) {
                    return;
                }
            }
        }
    }

}
