package fr.dijon.observatoire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way to read rows from a query: bound parameters, each row mapped by the caller (by column label), the
 * statement and its result closed.
 */
public final class Rows {

    /** Maps the current row of a result, read by column label. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** Every row of the query, mapped. */
    public static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return list(rs, mapper);
            }
        }
    }

    /** Every remaining row of a result, mapped; the result is closed. */
    public static <T> List<T> list(ResultSet rs, Mapper<T> mapper) throws SQLException {
        try (rs) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    /** The first column of each row mapped to its second, in order (e.g. column names to types). */
    public static Map<String, String> pairs(Connection c, String sql, Object... parameters) throws SQLException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String[] row : list(c, sql, rs -> new String[] {rs.getString(1), rs.getString(2)}, parameters)) {
            pairs.put(row[0], row[1]);
        }
        return pairs;
    }

    /** The single value of a one-row, one-column query (a count, a setting), or null without a row. */
    public static Object scalar(Connection c, String sql, Object... parameters) throws SQLException {
        List<Object> values = list(c, sql, rs -> rs.getObject(1), parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Each row as its column labels mapped to their values, in order. */
    public static List<Map<String, Object>> maps(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        return list(rs, row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= n; i++) {
                values.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
            }
            return values;
        });
    }
}
