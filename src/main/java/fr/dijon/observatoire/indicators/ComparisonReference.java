package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.store.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The publication a period's territorial figures are compared with: the latest current publication of an earlier
 * period whose inputs differ (another RPLS millésime or another OPS survey than this computation's). Written for the
 * models as {@code param_publication_reference} (its period, version, millésime, survey and method; no row when there
 * is none) and {@code param_reference_territoire} (its published {@code mart_territoire} values, as published): the
 * comparison marts are differences of published figures only.
 */
public final class ComparisonReference {

    private static final String S = WorkSchema.NAME + ".";

    private ComparisonReference() {
    }

    /** Writes both tables; reads this computation's millésime and survey from {@code param_execution}. */
    public static void write(Connection c, YearMonth period) throws SQLException {
        List<Object[]> current = Rows.list(c, "SELECT millesime_rpls, annee_ops FROM " + S + "param_execution",
                rs -> new Object[] {number(rs.getObject("millesime_rpls")), number(rs.getObject("annee_ops"))});
        Optional<Publication> reference = choose(new PublicationStore().all(c), period.toString(),
                (Integer) current.get(0)[0], (Integer) current.get(0)[1]);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + S + "param_publication_reference (periode VARCHAR, version INTEGER, "
                    + "millesime_rpls SMALLINT, annee_ops SMALLINT, version_methode VARCHAR)");
            boolean published = !Rows.list(c, "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() "
                    + "AND schema_name = 'main' AND table_name = 'mart_territoire'", rs -> 1).isEmpty();
            st.execute("CREATE OR REPLACE TABLE " + S + "param_reference_territoire AS " + (published
                    ? "SELECT niveau, territoire, indicateur, valeur FROM main.mart_territoire WHERE false"
                    : "SELECT CAST(NULL AS VARCHAR) AS niveau, CAST(NULL AS VARCHAR) AS territoire, "
                            + "CAST(NULL AS VARCHAR) AS indicateur, CAST(NULL AS DOUBLE) AS valeur WHERE false"));
            if (reference.isEmpty()) {
                return;
            }
            Publication p = reference.get();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + S + "param_publication_reference "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, p.period());
                ps.setInt(2, p.version());
                ps.setObject(3, p.rplsMillesime());
                ps.setObject(4, p.opsYear());
                ps.setString(5, p.methodVersion());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + S + "param_reference_territoire "
                    + "SELECT niveau, territoire, indicateur, valeur FROM main.mart_territoire WHERE periode = ?")) {
                ps.setString(1, p.period());
                ps.executeUpdate();
            }
        }
    }

    /** The latest current publication of an earlier period resting on another millésime or survey, if any. */
    static Optional<Publication> choose(List<Publication> publications, String period, Integer millesime,
                                        Integer opsYear) {
        return publications.stream()
                .filter(p -> Publication.PUBLISHED.equals(p.status()) && p.period().compareTo(period) < 0)
                .filter(p -> !Objects.equals(p.rplsMillesime(), millesime) || !Objects.equals(p.opsYear(), opsYear))
                .max(Comparator.comparing(Publication::period));
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
