package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.Rows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the unit tests of the schema files, as dbt's: each test gives the rows of every table the model reads and
 * the rows the model must return. The given rows go into a scratch schema {@code essai}, in tables typed like the
 * real ones (the work schema's, else the inputs' in {@code main}: a period must have been computed once); the
 * model's SELECT runs there with nothing else in reach; its rows must equal the expected ones (for the columns the
 * test names, as a multiset, among the rows its {@code filtre} selects if it has one; floating-point values
 * compared to 6 decimals).
 */
public final class ModelUnitTests {

    static final String SCRATCH = "essai";
    private static final int SHOWN = 5;

    /** One unit test's outcome: passed when {@code differences} is empty. */
    public record Result(SqlModel model, ModelSchema.UnitTest test, List<String> differences) {

        public boolean passed() {
            return differences.isEmpty();
        }

        /** « intermediate/int_x — nom du test : différences » in French. */
        public String describe() {
            return model.path() + " — « " + test.nom() + " »" + (passed() ? " : réussi"
                    : " : en échec\n      " + String.join("\n      ", differences));
        }
    }

    private ModelUnitTests() {
    }

    /** Runs the unit tests of these models. */
    public static List<Result> run(Connection c, List<SqlModel> models) throws Exception {
        List<Result> results = new ArrayList<>();
        for (SqlModel model : models) {
            if (model.schema() != null) {
                for (ModelSchema.UnitTest test : model.schema().testsUnitaires()) {
                    results.add(new Result(model, test, runOne(c, model, test)));
                }
            }
        }
        return results;
    }

    private static List<String> runOne(Connection c, SqlModel model, ModelSchema.UnitTest test) throws Exception {
        Map<String, List<Map<String, Object>>> given = test.entrees() == null ? Map.of() : test.entrees();
        Set<String> missing = new TreeSet<>(model.inputs());
        missing.removeAll(given.keySet());
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(model.inputs());
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            List<String> problems = new ArrayList<>();
            missing.forEach(t -> problems.add("entrée non fournie : " + t + " (donnez ses lignes, ou « " + t + ": [] » "
                    + "pour aucune)"));
            unknown.forEach(t -> problems.add("entrée que le modèle ne lit pas : " + t));
            return problems;
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            st.execute("CREATE SCHEMA " + SCRATCH);
        }
        try {
            for (Map.Entry<String, List<Map<String, Object>>> input : given.entrySet()) {
                String source = source(c, input.getKey());
                if (source == null) {
                    return List.of("la table " + input.getKey() + " n'existe pas dans la base : calculez d'abord une "
                            + "période (./observatoire indicateurs --periode AAAA-MM), ses types servent aux tests.");
                }
                create(c, input.getKey(), "SELECT * FROM " + source + " LIMIT 0");
                List<String> problem = insert(c, input.getKey(), input.getValue());
                if (!problem.isEmpty()) {
                    return problem;
                }
            }
            WorkSchema.withSearchPath(c, SCRATCH, () -> {
                create(c, "resultat", model.sql());
                return null;
            });
            return compare(c, test.attendu() == null ? List.of() : test.attendu(), test.filtre());
        } catch (SQLException e) {
            return List.of("le modèle ne s'exécute pas sur ces lignes : " + e.getMessage());
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            }
        }
    }

    /** The real table to take the input's column types from: the work schema's, else main's. */
    private static String source(Connection c, String table) throws SQLException {
        for (String schema : List.of(WorkSchema.NAME, "main")) {
            if (!columns(c, schema, table).isEmpty()) {
                return schema + "." + table;
            }
        }
        return null;
    }

    private static void create(Connection c, String table, String select) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + SCRATCH + "." + table + " AS " + select);
        }
    }

    private static Map<String, String> types(Connection c, String table) throws SQLException {
        return columns(c, SCRATCH, table);
    }

    /** A table's (or view's) columns and their types, in order; empty when it does not exist. */
    static Map<String, String> columns(Connection c, String schema, String table) throws SQLException {
        return Rows.pairs(c, "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = "
                + "current_database() AND schema_name = ? AND table_name = ? ORDER BY column_index", schema, table);
    }

    /** Inserts the given rows, each value cast to its column's type; names the unknown columns. */
    private static List<String> insert(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        Map<String, String> types = types(c, table);
        for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
            Set<String> unknown = new TreeSet<>(row.keySet());
            unknown.removeAll(types.keySet());
            if (!unknown.isEmpty()) {
                return List.of("colonne(s) inconnue(s) de " + table + " : " + String.join(", ", unknown)
                        + " (colonnes : " + String.join(", ", types.keySet()) + ")");
            }
            List<String> columns = new ArrayList<>(row.keySet());
            String sql = "INSERT INTO " + SCRATCH + "." + table + " (" + columns.stream().map(DataTest::quote)
                    .collect(Collectors.joining(", ")) + ") VALUES (" + columns.stream()
                    .map(col -> "CAST(? AS " + types.get(col) + ")").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setString(i + 1, text(row.get(columns.get(i))));
                }
                ps.executeUpdate();
            }
        }
        return List.of();
    }

    /** A YAML value as the text DuckDB casts: numbers in plain notation, lists as list literals. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> "'" + String.valueOf(v).replace("'", "''") + "'")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    private static List<String> compare(Connection c, List<Map<String, Object>> expected, String filter)
            throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        expected.forEach(row -> columns.addAll(row.keySet()));
        Map<String, String> types = types(c, "resultat");
        if (columns.isEmpty()) {
            columns.addAll(types.keySet());
        }
        Set<String> unknown = new TreeSet<>(columns);
        unknown.removeAll(types.keySet());
        if (!unknown.isEmpty()) {
            return List.of("colonne(s) attendue(s) que le modèle ne rend pas : " + String.join(", ", unknown));
        }
        String list = columns.stream().map(DataTest::quote).collect(Collectors.joining(", "));
        create(c, "attendu", "SELECT " + list + " FROM " + SCRATCH + ".resultat LIMIT 0");
        List<String> problem = insert(c, "attendu", expected);
        if (!problem.isEmpty()) {
            return problem;
        }
        String compared = columns.stream().map(col -> types.get(col).matches("DOUBLE|FLOAT|REAL")
                ? "round(" + DataTest.quote(col) + ", 6) AS " + DataTest.quote(col) : DataTest.quote(col))
                .collect(Collectors.joining(", "));
        String result = "SELECT " + compared + " FROM " + SCRATCH + ".resultat"
                + (filter == null ? "" : " WHERE " + filter);
        String wanted = "SELECT " + compared + " FROM " + SCRATCH + ".attendu";
        List<String> differences = new ArrayList<>();
        differences.addAll(rows(c, "(" + wanted + ") EXCEPT ALL (" + result + ")", "ligne attendue absente : "));
        differences.addAll(rows(c, "(" + result + ") EXCEPT ALL (" + wanted + ")", "ligne rendue non attendue : "));
        return differences;
    }

    private static List<String> rows(Connection c, String sql, String prefix) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql + " LIMIT " + SHOWN)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder(prefix);
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i)).append(" = ")
                            .append(rs.getString(i) == null ? "(vide)" : rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
