package fr.dijon.observatoire.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the rejects of a staged file, in line order: the records DuckDB's reader refused (wrong field count…)
 * and the values the SQL checks refused. Only rejects travel to Java; valid rows stay in DuckDB.
 *
 * <p>The checks query returns, ordered by rank, {@code rang, champ, valeur, motif} and optionally
 * {@code rang_lie}: the rank of a related record, whose line number replaces {@code {ligne_liee}} in the
 * reason (for duplicates).
 */
public final class RejectCollector {

    /** The rejected records: refused by the CSV reader, refused by the checks, and the published file. */
    public record Result(long csvRows, long valueRows, Path file) {

        public long rows() {
            return csvRows + valueRows;
        }
    }

    private RejectCollector() {
    }

    /**
     * @param columnLabel turns a staging field name into the column name the user sees in the file
     */
    public static Result collect(Connection c, PreparedInput input, String stagingTable, String checksSql,
                                 UnaryOperator<String> columnLabel, Path rejectsDir)
            throws SQLException, IOException {
        List<RejectedValue> csvRejects = csvRejects(c, stagingTable);
        CsvLineMap lines = new CsvLineMap(csvRejects.stream().mapToLong(RejectedValue::line).toArray());
        long valueRows = 0;
        try (RejectFile file = new RejectFile(rejectsDir, input);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(checksSql)) {
            boolean hasRelated = rs.getMetaData().getColumnCount() >= 5;
            int csvIndex = 0;
            long lastRank = -1;
            while (rs.next()) {
                long rank = rs.getLong(1);
                long line = lines.lineOf(rank);
                while (csvIndex < csvRejects.size() && csvRejects.get(csvIndex).line() < line) {
                    file.add(csvRejects.get(csvIndex++));
                }
                String reason = rs.getString(4);
                if (hasRelated && rs.getObject(5) != null) {
                    reason = reason.replace("{ligne_liee}", Long.toString(lines.lineOf(rs.getLong(5))));
                }
                file.add(new RejectedValue(line, columnLabel.apply(rs.getString(2)), rs.getString(3), reason));
                if (rank != lastRank) {
                    valueRows++;
                    lastRank = rank;
                }
            }
            while (csvIndex < csvRejects.size()) {
                file.add(csvRejects.get(csvIndex++));
            }
            Path published = file.count() == 0 ? null : file.path();
            return new Result(csvRejects.size(), valueRows, published);
        }
    }

    private static List<RejectedValue> csvRejects(Connection c, String stagingTable) throws SQLException {
        List<RejectedValue> rejects = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT line, any_value(error_type), any_value(csv_line), "
                     + "any_value(error_message) FROM " + CsvStaging.rejectsTable(stagingTable)
                     + " GROUP BY line ORDER BY line")) {
            while (rs.next()) {
                rejects.add(new RejectedValue(rs.getLong(1), "(ligne entière)", shorten(rs.getString(3)),
                        CsvErrorReasons.of(rs.getString(2), rs.getString(4))));
            }
        }
        return rejects;
    }

    private static String shorten(String line) {
        if (line == null) {
            return "";
        }
        String s = line.strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
