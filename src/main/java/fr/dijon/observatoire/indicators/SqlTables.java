package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables a query reads, found by DuckDB's own parser ({@code json_serialize_sql}): every base table of the
 * statement's tree, its common table expressions (WITH) excepted. A table named in a string or a comment is not
 * read, and a CTE that bears a table's name does not hide it elsewhere.
 */
final class SqlTables implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection parser;

    SqlTables() throws SQLException {
        this.parser = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** The tables the SELECT reads, lower-cased, without their schema. */
    Set<String> read(String where, String select) throws SQLException {
        JsonNode tree;
        try (PreparedStatement ps = parser.prepareStatement("SELECT json_serialize_sql(?)")) {
            ps.setString(1, select);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tree = JSON.readTree(rs.getString(1));
            }
        }
        if (tree.path("error").asBoolean(false)) {
            throw new IllegalStateException("le modèle " + where + " ne se lit pas comme une requête SELECT : "
                    + tree.path("error_message").asString("erreur de syntaxe") + ".");
        }
        Set<String> tables = new TreeSet<>();
        walk(tree, tables, Set.of());
        return tables;
    }

    /** Walks the tree; {@code ctes} are the WITH names in scope, which a base-table reference may mean. */
    private static void walk(JsonNode node, Set<String> tables, Set<String> ctes) {
        if (node.isArray()) {
            node.forEach(child -> walk(child, tables, ctes));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Set<String> scope = ctes;
        JsonNode map = node.path("cte_map").path("map");
        if (!map.isEmpty()) {
            scope = new HashSet<>(ctes);
            for (JsonNode entry : map) {
                scope.add(entry.path("key").asString().toLowerCase(Locale.ROOT));
            }
        }
        if ("BASE_TABLE".equals(node.path("type").asString(null)) && node.has("table_name")) {
            String name = node.get("table_name").asString().toLowerCase(Locale.ROOT);
            if (!scope.contains(name) || !node.path("schema_name").asString("").isEmpty()) {
                tables.add(name);
            }
        }
        for (JsonNode child : node) {
            walk(child, tables, scope);
        }
    }

    @Override
    public void close() throws SQLException {
        parser.close();
    }
}
