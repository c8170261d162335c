package fr.dijon.observatoire.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A data test of a model's schema file, as dbt's: a query that returns the offending rows, none when the test holds.
 * <ul>
 *   <li>{@code non_nul}: the column is never empty;</li>
 *   <li>{@code unique} (on a column) or {@code unique: [a, b]} (on the model): no two rows share the value(s);</li>
 *   <li>{@code valeurs_acceptees: [..]}, or {@code valeurs_acceptees} alone for the column's documented codes;</li>
 *   <li>{@code relation: {modele: m, colonne: c}}: every value is found in {@code m.c};</li>
 *   <li>{@code expression: "…"}: the SQL condition holds on every row (a condition that is unknown, NULL, holds,
 *       as in dbt: test emptiness with {@code non_nul}).</li>
 * </ul>
 */
public record DataTest(String model, String column, String label, String condition, String groupBy,
                       Set<String> references) {

    /** The test described by one entry of a schema file, on a column or (column null) on the model. */
    static DataTest of(String model, ModelSchema.Column column, JsonNode test) {
        String col = column == null ? null : quote(column.nom());
        String name = test.isString() ? test.asString() : test.propertyNames().iterator().next();
        JsonNode arg = test.isString() ? null : test.get(name);
        String where = "jobs/models/…/" + model + ".yml" + (column == null ? "" : ", colonne " + column.nom());
        switch (name) {
            case "non_nul" -> {
                return new DataTest(model, column(column), "non nul", require(col, where, name) + " IS NULL", null,
                        Set.of());
            }
            case "unique" -> {
                List<String> columns = arg == null ? List.of(require(column(column), where, name)) : strings(arg);
                String list = columns.stream().map(DataTest::quote).collect(Collectors.joining(", "));
                return new DataTest(model, String.join(", ", columns), "unique",
                        columns.size() == 1 ? list + " IS NOT NULL" : null, list, Set.of());
            }
            case "valeurs_acceptees" -> {
                require(col, where, name);
                List<String> values = arg != null ? strings(arg)
                        : column.valeurs().stream().map(ModelSchema.Value::code).toList();
                if (values.isEmpty()) {
                    throw new InvalidParametersException(where + " : « valeurs_acceptees » sans liste suppose des "
                            + "« valeurs » documentées pour la colonne.");
                }
                return new DataTest(model, column.nom(), "valeurs acceptées (" + String.join(", ", values) + ")",
                        col + " NOT IN (" + values.stream().map(DataTest::literal).collect(Collectors.joining(", ")) + ")",
                        null, Set.of());
            }
            case "relation" -> {
                require(col, where, name);
                String parent = text(arg, "modele", where);
                String parentColumn = text(arg, "colonne", where);
                return new DataTest(model, column.nom(), "relation vers " + parent + "." + parentColumn,
                        col + " IS NOT NULL AND " + col + " NOT IN (SELECT " + quote(parentColumn) + " FROM " + parent
                                + " WHERE " + quote(parentColumn) + " IS NOT NULL)", null, Set.of(parent));
            }
            case "expression" -> {
                String expression = arg == null ? null : arg.asString();
                if (expression == null || expression.isBlank()) {
                    throw new InvalidParametersException(where + " : « expression » attend une condition SQL.");
                }
                return new DataTest(model, column(column), "expression « " + expression + " »",
                        "(" + expression + ") IS FALSE", null, Set.of());
            }
            default -> throw new InvalidParametersException(where + " : test inconnu « " + name + " » (tests possibles "
                    + ": non_nul, unique, valeurs_acceptees, relation, expression).");
        }
    }

    /** The query of the offending rows (at most {@code limit}), with the listed columns to show them by. */
    String failingRows(String table, List<String> shown, int limit) {
        if (groupBy != null) {
            return "SELECT " + groupBy + ", count(*) AS lignes FROM " + table + where() + " GROUP BY ALL "
                    + "HAVING count(*) > 1 ORDER BY ALL LIMIT " + limit;
        }
        return "SELECT " + (shown.isEmpty() ? "*" : shown.stream().map(DataTest::quote).collect(Collectors.joining(", ")))
                + " FROM " + table + " WHERE " + condition + " LIMIT " + limit;
    }

    /** A uniqueness test: its rows are the duplicated values, not the table's rows. */
    boolean groupByOnly() {
        return groupBy != null;
    }

    /** The number of offending rows (of duplicated values for a uniqueness test). */
    String failingCount(String table) {
        return groupBy != null
                ? "SELECT count(*) FROM (SELECT 1 FROM " + table + where() + " GROUP BY " + groupBy
                        + " HAVING count(*) > 1)"
                : "SELECT count(*) FROM " + table + " WHERE " + condition;
    }

    private String where() {
        return condition == null ? "" : " WHERE " + condition;
    }

    /** « modèle mart_x, colonne c, test unique » in French. */
    String describe() {
        return "modèle " + model + (column == null ? "" : ", colonne " + column) + ", test " + label;
    }

    private static String column(ModelSchema.Column column) {
        return column == null ? null : column.nom();
    }

    private static String require(String column, String where, String test) {
        if (column == null) {
            throw new InvalidParametersException(where + " : le test « " + test + " » se place sous une colonne.");
        }
        return column;
    }

    private static String text(JsonNode arg, String key, String where) {
        if (arg == null || arg.get(key) == null) {
            throw new InvalidParametersException(where + " : « relation » attend « modele » et « colonne ».");
        }
        return arg.get(key).asString();
    }

    private static List<String> strings(JsonNode arg) {
        List<String> values = new ArrayList<>();
        arg.forEach(v -> values.add(v.asString()));
        return values;
    }

    static String quote(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
