package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the data tests of a model's schema file on its table in the work schema. A failure names the model, the
 * column, the test and the first offending rows, shown by the model's key (its columns tested unique).
 */
final class ModelChecks {

    private static final int SHOWN = 5;
    private static final int SHOWN_COLUMNS = 8;

    private ModelChecks() {
    }

    /** The failed tests of the model, each as a French paragraph; empty when every test holds. */
    static List<String> failures(Connection c, SqlModel model) throws SQLException {
        List<String> failures = new ArrayList<>();
        if (model.schema() == null) {
            return failures;
        }
        String table = WorkSchema.NAME + "." + model.name();
        List<String> keys = keys(model.schema());
        for (DataTest test : model.schema().dataTests()) {
            long count;
            try {
                count = ((Number) Rows.scalar(c, test.failingCount(table))).longValue();
            } catch (SQLException e) {
                failures.add(model.path() + " : le test « " + test.label() + " » ne s'exécute pas : " + e.getMessage());
                continue;
            }
            if (count > 0) {
                Set<String> shown = new LinkedHashSet<>(keys);
                if (test.column() != null) {
                    shown.addAll(List.of(test.column().split(", ")));
                }
                failures.add(test.describe() + " : " + count + (count == 1 ? " ligne en défaut" : " lignes en défaut")
                        + ", dont :" + rows(c, test.failingRows(table, test.groupByOnly() ? List.of() : List.copyOf(shown),
                        SHOWN)));
            }
        }
        return failures;
    }

    /** The columns that identify a row: the model's unique combination, else its columns tested unique. */
    private static List<String> keys(ModelSchema schema) {
        for (DataTest test : schema.dataTests()) {
            if (test.groupBy() != null && test.column() != null && test.column().contains(", ")) {
                return List.of(test.column().split(", "));
            }
        }
        return schema.dataTests().stream().filter(t -> t.groupBy() != null).map(DataTest::column).distinct().toList();
    }

    private static String rows(Connection c, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = Math.min(meta.getColumnCount(), SHOWN_COLUMNS);
            while (rs.next()) {
                out.append("\n      ");
                for (int i = 1; i <= n; i++) {
                    out.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i)).append(" = ")
                            .append(rs.getString(i) == null ? "(vide)" : rs.getString(i));
                }
            }
        }
        return out.toString();
    }
}
