package fr.dijon.observatoire.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs one query on a read-only connection that reaches nothing outside the base (see
 * {@link DuckDbStore#openSandboxed()}) and writes the result as plain machine CSV:
 * comma separator, dot decimals, a header line, RFC 4180 quoting.
 */
public final class ReadOnlyQuery {

    private final DuckDbStore store;

    public ReadOnlyQuery(DuckDbStore store) {
        this.store = store;
    }

    public long run(String sql, Writer out) throws SQLException, IOException {
        try (Connection connection = store.openSandboxed();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return print(rs, out);
        }
    }

    static long print(ResultSet rs, Writer out) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        for (int i = 1; i <= n; i++) {
            printer.print(meta.getColumnLabel(i));
        }
        printer.println();
        long rows = 0;
        while (rs.next()) {
            for (int i = 1; i <= n; i++) {
                printer.print(plain(rs.getObject(i)));
            }
            printer.println();
            rows++;
        }
        printer.flush();
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value;
    }
}
