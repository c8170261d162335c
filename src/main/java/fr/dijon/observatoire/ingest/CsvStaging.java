package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.StringJoiner;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Reads a prepared CSV into a temporary staging table with DuckDB's own CSV reader: every column as text,
 * named by position, only the wanted fields kept (absent ones are NULL), in file order. Records with a wrong
 * field count go to DuckDB's rejects table {@code <table>_rejets_csv}, with their line numbers. The records read
 * are reconciled with the independent count of {@link InputPreparer}: a record neither staged nor rejected
 * refuses the file, so that nothing is ever truncated in silence.
 */
public final class CsvStaging {

    private CsvStaging() {
    }

    public static String rejectsTable(String table) {
        return table + "_rejets_csv";
    }

    /**
     * @param fields the staging columns, in order, each mapped to its 0-based position in the file, or absent
     * @return the number of records staged
     */
    public static long load(Connection c, PreparedInput input, String table, Map<String, Integer> fields,
                            LoadProgress progress) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("DROP TABLE IF EXISTS " + rejectsTable(table));
            st.execute("DROP TABLE IF EXISTS " + table + "_rejets_scan");
            if (progress != LoadProgress.NONE) {
                st.execute("SET enable_progress_bar = true");
                st.execute("SET enable_progress_bar_print = false");
            }
        }
        String sql = "CREATE TEMP TABLE " + table + " AS SELECT " + projection(fields) + " FROM "
                + readCsv(input, table);
        try (DuckDBPreparedStatement ps = c.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
            ProgressPoller poller = new ProgressPoller(ps, progress, Math.max(0, input.lines() - 1));
            poller.start();
            try {
                ps.execute();
            } finally {
                poller.stop();
            }
        }
        long staged = count(c, "SELECT count(*) FROM " + table);
        listLongRecords(c, input, table);
        reconcile(input, staged, count(c, "SELECT count(DISTINCT line) FROM " + rejectsTable(table)));
        refuseMergedLines(c, input, table);
        return staged;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * DuckDB's reader skips records longer than its line limit without always listing them: the ones the scan
     * found are added to its rejects table, so that they reach the rejects file with their line.
     */
    private static void listLongRecords(Connection c, PreparedInput input, String table) throws SQLException {
        if (input.shape().longRecords().isEmpty()) {
            return;
        }
        if (input.shape().longRecordCount() > input.shape().longRecords().size()) {
            throw new InputRefusedException("le fichier " + input.fileName() + " compte "
                    + FrenchNumbers.display(input.shape().longRecordCount(), 0) + " lignes de plus de 1 Mo : ce n'est "
                    + "pas un fichier CSV attendu ; rien n'a été chargé.");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + rejectsTable(table)
                + " (line, error_type, csv_line, error_message) SELECT ?, 'LINE SIZE OVER MAXIMUM', ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + rejectsTable(table) + " WHERE line = ?)")) {
            for (RecordScan.LongRecord record : input.shape().longRecords()) {
                ps.setLong(1, record.line());
                ps.setString(2, "(ligne de " + FrenchNumbers.display(record.bytes(), 0) + " octets)");
                ps.setString(3, "Maximum line size exceeded. Actual Size:" + record.bytes() + " bytes.");
                ps.setLong(4, record.line());
                ps.executeUpdate();
            }
        }
    }

    /**
     * A rejected record that spans several lines is most likely lines merged by a stray quote: rejecting it would
     * drop those lines as one, so the file is refused, naming the lines.
     */
    private static void refuseMergedLines(Connection c, PreparedInput input, String table) throws SQLException {
        if (input.shape().multiLineRecords().isEmpty()) {
            return;
        }
        java.util.Set<Long> rejected = new java.util.HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT line FROM " + rejectsTable(table))) {
            while (rs.next()) {
                rejected.add(rs.getLong(1));
            }
        }
        for (RecordScan.MultiLineRecord record : input.shape().multiLineRecords()) {
            if (rejected.contains(record.line())) {
                throw new InputRefusedException("le fichier " + input.fileName() + " a, de la ligne "
                        + FrenchNumbers.display(record.firstPhysicalLine(), 0) + " à la ligne "
                        + FrenchNumbers.display(record.lastPhysicalLine(), 0) + ", des lignes fusionnées par un "
                        + "guillemet mal placé, illisibles ensemble : corrigez le guillemet de la ligne "
                        + FrenchNumbers.display(record.firstPhysicalLine(), 0) + " puis relancez l'import ; rien n'a "
                        + "été chargé.");
            }
        }
    }

    /** Every record the scan counted is either staged or listed as rejected; otherwise nothing is loaded. */
    private static void reconcile(PreparedInput input, long staged, long rejected) {
        long expected = input.shape().records();
        if (staged + rejected != expected) {
            throw new InputRefusedException("le fichier " + input.fileName() + " compte "
                    + FrenchNumbers.display(expected, 0) + " enregistrements, mais le lecteur CSV en a lu "
                    + FrenchNumbers.display(staged + rejected, 0) + " (" + FrenchNumbers.display(staged, 0)
                    + " valides, " + FrenchNumbers.display(rejected, 0) + " rejetés) : des lignes seraient perdues. "
                    + "Vérifiez les guillemets et les fins de ligne du fichier ; rien n'a été chargé.");
        }
    }

    private static String projection(Map<String, Integer> fields) {
        StringJoiner select = new StringJoiner(", ");
        fields.forEach((name, position) ->
                select.add((position == null ? "CAST(NULL AS VARCHAR)" : "c" + (position + 1)) + " AS " + name));
        return select.toString();
    }

    private static String readCsv(PreparedInput input, String table) {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 1; i <= input.header().columns().size(); i++) {
            columns.add("'c" + i + "': 'VARCHAR'");
        }
        String delimiter = input.header().delimiter() == '\t' ? "\\t" : String.valueOf(input.header().delimiter());
        return "read_csv(" + literal(input.csv().toAbsolutePath().toString())
                + ", delim = " + literal(delimiter)
                + ", header = true, quote = '\"', escape = '\"', auto_detect = false, encoding = 'utf-8'"
                + ", columns = " + columns
                + ", store_rejects = true, rejects_table = '" + rejectsTable(table) + "'"
                + ", rejects_scan = '" + table + "_rejets_scan', max_line_size = " + InputPreparer.MAX_RECORD_BYTES + ")";
    }

    /**
     * SQL giving the source line number of the accepted record of 0-based rank {@code rankExpression}: the rank
     * plus the header line plus the records the reader rejected before it.
     */
    public static String lineExpression(String table, String rankExpression) {
        return "(" + rankExpression + " + 2 + (SELECT count(*) FROM (SELECT line - 2 - (row_number() OVER (ORDER BY line) - 1)"
                + " AS avant FROM (SELECT DISTINCT line FROM " + rejectsTable(table) + ")) WHERE avant <= "
                + rankExpression + "))";
    }

    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Drops the staging table, its rejects tables, and the importer's own temporary views and tables. */
    public static void drop(Connection c, String table, java.util.List<String> views, java.util.List<String> tables)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String view : views) {
                st.execute("DROP VIEW IF EXISTS " + view);
            }
            for (String other : tables) {
                st.execute("DROP TABLE IF EXISTS " + other);
            }
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("DROP TABLE IF EXISTS " + rejectsTable(table));
            st.execute("DROP TABLE IF EXISTS " + table + "_rejets_scan");
        }
    }

    /** Polls DuckDB's query progress while the CSV is read. */
    private static final class ProgressPoller {
        private final DuckDBPreparedStatement statement;
        private final LoadProgress progress;
        private final Thread thread;
        private final long records;
        private volatile boolean running = true;

        ProgressPoller(DuckDBPreparedStatement statement, LoadProgress progress, long records) {
            this.statement = statement;
            this.progress = progress;
            this.records = records;
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
                        progress.update("lecture CSV par DuckDB", p.getPercentage(),
                                (long) (records * Math.min(100, p.getPercentage()) / 100));
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
