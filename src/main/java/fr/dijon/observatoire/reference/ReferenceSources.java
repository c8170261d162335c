package fr.dijon.observatoire.reference;

import fr.dijon.observatoire.store.ParisTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code ref_source} table: each reference file with its producer, vintage, licence and sha256. */
final class ReferenceSources {

    private ReferenceSources() {
    }

    static String currentSha(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM ref_source WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void record(Connection c, ReferenceEntry e, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO ref_source VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.code());
            ps.setString(2, e.fichier());
            ps.setString(3, e.libelle());
            ps.setString(4, e.producteur());
            ps.setString(5, e.millesime());
            ps.setString(6, e.licence());
            ps.setString(7, sha);
            ps.setObject(8, ParisTime.now());
            ps.executeUpdate();
        }
    }
}
