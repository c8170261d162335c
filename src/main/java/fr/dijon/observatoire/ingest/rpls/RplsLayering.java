package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.store.SqlResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Layers an RPLS file with what is already loaded, inside the import's transaction. A file replaces the rows of
 * its millésime and variant for the communes it covers, and nothing else: a public file and a loi extract of the
 * same millésime stay side by side, and for each commune the loi rows stand when there are some
 * ({@code rpls_commune_variante}, read by the view {@code rpls_logement_effectif}).
 */
final class RplsLayering {

    /** One commune the file covers: the dwellings it brings, those it replaces, those of the other variant. */
    record CommuneChange(String depcom, String name, long added, long replaced, long otherVariant) {
    }

    /** What the file does: its communes, and the communes of the millésime it leaves untouched. */
    record Plan(List<CommuneChange> communes, long untouchedCommunes, long untouchedDwellings) {
    }

    /** First: records the communes the file covers and reads what the file will replace and add. */
    Plan plan(Connection c) throws SQLException {
        SqlResource.run(c, "rpls/couches_communes.sql");
        List<CommuneChange> changes = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SqlResource.text("rpls/couches_bilan.sql"))) {
            while (rs.next()) {
                changes.add(new CommuneChange(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
            }
        }
        long untouchedCommunes;
        long untouchedDwellings;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(logements), 0) FROM rpls_commune_variante "
                     + "WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT) "
                     + "AND depcom NOT IN (SELECT depcom FROM rpls_import_communes)")) {
            rs.next();
            untouchedCommunes = rs.getLong(1);
            untouchedDwellings = rs.getLong(2);
        }
        return new Plan(List.copyOf(changes), untouchedCommunes, untouchedDwellings);
    }

    /** Just before the insertion: removes the rows the file replaces (same millésime and variant, its communes). */
    void removeReplaced(Connection c) throws SQLException {
        SqlResource.run(c, "rpls/couches_remplacement.sql");
    }

    /**
     * Then: records the variant of each commune, lists in {@code rpls_import_reconstruire} the communes whose
     * residences are to be rebuilt from the file, and unlinks the rows the other variant now shadows.
     */
    void record(Connection c) throws SQLException {
        SqlResource.run(c, "rpls/couches_variantes.sql");
    }

    /** The temporary tables this class leaves for the rest of the import. */
    static List<String> temporaryTables() {
        return List.of("rpls_import_communes", "rpls_import_reconstruire");
    }
}
