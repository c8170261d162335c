package fr.dijon.observatoire.ingest.partenaires;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which expected counts are still missing for a month. An indicator is expected every month when its
 * periodicity is {@code mensuelle}, and on the December period when it is {@code annuelle}; it is received
 * when any of the partners the catalogue lists for it has sent a value for that period.
 */
public final class Completeness {

    /** An expected (partner, indicator) pair with no value yet. */
    public record Missing(String partners, String indicator, String label) {
    }

    public List<Missing> missing(Connection c, YearMonth period) throws SQLException {
        List<Missing> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.partenaires, i.code, i.libelle
                FROM ref_indicateur i
                WHERE (i.periodicite = 'mensuelle' OR (i.periodicite = 'annuelle' AND ? = 12))
                  AND NOT EXISTS (SELECT 1 FROM partenaire_valeur v
                                  WHERE v.periode = ? AND v.indicateur = i.code
                                    AND list_contains(string_split(i.partenaires, '|'), v.partenaire))
                ORDER BY i.partenaires, i.code""")) {
            ps.setInt(1, period.getMonthValue());
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(new Missing(rs.getString(1).replace("|", " ou "), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return missing;
    }
}
