package fr.dijon.observatoire.publication;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one period's publication: every {@code mart_*} a query names (after FROM or JOIN) is read as that
 * period's rows only. Readers (atlas, pack, verifier, summaries) write their queries with the plain mart names
 * and go through here, so no reader can mix two periods.
 */
public final class PublishedMarts {

    private static final Pattern MART = Pattern.compile("\\b(FROM|JOIN)\\s+(?:main\\.)?(mart_[a-z0-9_]+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a table name that has no alias. */
    private static final Pattern NO_ALIAS = Pattern.compile("\\s*(?:$|[),;]|(?:WHERE|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|"
            + "NATURAL|USING|ON|ORDER|GROUP|LIMIT|UNION|EXCEPT|INTERSECT|QUALIFY|HAVING|WINDOW)\\b)", Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    private final String period;

    public PublishedMarts(Connection connection, String period) {
        this.connection = connection;
        this.period = YearMonth.parse(period).toString();
    }

    public String period() {
        return period;
    }

    /** The query with each mart restricted to the period. */
    public String sql(String query) {
        Matcher m = MART.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean aliased = !NO_ALIAS.matcher(query).region(m.end(), query.length()).lookingAt();
            m.appendReplacement(out, m.group(1) + " (SELECT * FROM main." + m.group(2) + " WHERE periode = '" + period
                    + "')" + (aliased ? "" : " AS " + m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    /** Runs the query on the period's publication; closing the result set closes its statement. */
    public ResultSet query(String query) throws SQLException {
        Statement st = connection.createStatement();
        try {
            ResultSet rs = st.executeQuery(sql(query));
            st.closeOnCompletion();
            return rs;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }
}
