package fr.dijon.observatoire.atlas.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The atlas's one mapping layer from SQL rows to records: each column is matched by its label (the SQL alias)
 * to the record component of the same name, by Jackson. A column without a component, or a typo in an alias,
 * fails loudly instead of shifting every value by one as positional reads do.
 */
public final class Rows {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Rows() {
    }

    /** Every row of the query as a record of {@code type}; {@code parameters} are bound in order. */
    public static <T> List<T> list(Connection c, String sql, Class<T> type, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), value(rs.getObject(i)));
                    }
                    result.add(MAPPER.convertValue(row, type));
                }
            }
        }
        return result;
    }

    /** The single row of the query, or an error in French naming what is missing. */
    public static <T> T one(Connection c, String sql, Class<T> type, String missing, Object... parameters)
            throws SQLException {
        List<T> rows = list(c, sql, type, parameters);
        if (rows.isEmpty()) {
            throw new IllegalStateException(missing);
        }
        return rows.get(0);
    }

    private static Object value(Object value) throws SQLException {
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
