package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.publication.PublishedMarts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What statistical secrecy costs a publication: the share of the occupancy figures it could publish (unit and
 * territorial shares and household counts) that it masks, the share of dwellings whose residence has a published
 * fragility class, and the partner series published only by quarter or year.
 */
public record SecrecyLoss(double maskedOpsCells, double dwellingsWithClass, long coarsenedSeries) {

    public static SecrecyLoss of(Connection c, String period) throws SQLException {
        PublishedMarts marts = new PublishedMarts(c, period);
        double masked;
        try (ResultSet rs = marts.query("SELECT (SELECT count(*) FILTER (WHERE secret IS NOT NULL) FROM mart_residence_composante "
                + "WHERE source = 'OPS') + (SELECT count(*) FILTER (WHERE secret IS NOT NULL) FROM mart_territoire "
                + "WHERE source = 'OPS'), (SELECT count(*) FROM mart_residence_composante WHERE source = 'OPS') "
                + "+ (SELECT count(*) FROM mart_territoire WHERE source = 'OPS')")) {
            rs.next();
            masked = rs.getLong(2) == 0 ? 0 : (double) rs.getLong(1) / rs.getLong(2);
        }
        double withClass;
        try (ResultSet rs = marts.query("SELECT sum(logements) FILTER (WHERE classe_fragilite IS NOT NULL), sum(logements) "
                + "FROM mart_residence")) {
            rs.next();
            // DuckDB's JDBC driver reads a NULL sum (no residence, no class) as NaN: test the objects.
            Number part = (Number) rs.getObject(1);
            Number all = (Number) rs.getObject(2);
            withClass = all == null || all.doubleValue() == 0 ? 0 : part == null ? 0 : part.doubleValue() / all.doubleValue();
        }
        long coarse;
        try (ResultSet rs = marts.query("SELECT count(DISTINCT indicateur || territoire) FROM mart_serie_mensuelle "
                + "WHERE grain <> 'mois'")) {
            rs.next();
            coarse = rs.getLong(1);
        }
        return new SecrecyLoss(masked, withClass, coarse);
    }
}
