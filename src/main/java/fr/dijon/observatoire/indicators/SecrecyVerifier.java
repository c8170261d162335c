package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.SqlResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-check behind {@code verifier-secret}: scans every published mart, independently of the suppression
 * that produced it, and lists each number resting on fewer households or people than the threshold, and each
 * masked number that the published margins would give back by subtraction.
 */
public final class SecrecyVerifier {

    /** One breach: the rule, the marts, the cell or relation, and the detail. */
    public record Violation(String rule, String marts, String subject, String detail) {
    }

    /** Checks the marts of the work schema (before they are published). */
    public List<Violation> verify(Connection c, int threshold) throws SQLException {
        return verify(c, threshold, sql -> sql);
    }

    /** Checks the marts as {@code marts} rewrites their names (e.g. to one period's publication). */
    public List<Violation> verify(Connection c, int threshold, java.util.function.UnaryOperator<String> marts)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET VARIABLE seuil_secret = " + threshold);
            st.execute(marts.apply(SqlResource.text("secret/publication.sql")));
        }
        List<Violation> violations = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SqlResource.text("secret/violations.sql"))) {
            while (rs.next()) {
                violations.add(new Violation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return violations;
    }
}
