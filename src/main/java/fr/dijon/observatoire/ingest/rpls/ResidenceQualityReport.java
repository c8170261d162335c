package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quality report of the residences of a millésime, in French, shown after each RPLS import (for the communes
 * it rebuilt) and by {@code statut}: residences by key method, dwellings placed by their address only, programme
 * names split into several residences, the ten widest residences with their extent in metres, and the residences
 * that kept, changed or lost their identifier since the reference millésime.
 */
public final class ResidenceQualityReport {

    private static final Map<String, String> METHODS = Map.of(
            "programme", "nom de programme et proximité",
            "adresse", "adresse",
            "coordonnées", "maille de coordonnées",
            "commune", "commune seule");
    private static final int WIDEST = 10;
    private static final int SPLIT_EXAMPLES = 3;

    private final Connection c;

    public ResidenceQualityReport(Connection c) {
        this.c = c;
    }

    /**
     * The report's lines for {@code millesime}; with {@code rebuiltOnly}, for the communes the current import
     * rebuilt ({@code rpls_import_reconstruire}) only.
     */
    public List<String> lines(int millesime, boolean rebuiltOnly) throws SQLException {
        String scope = "millesime = " + millesime
                + (rebuiltOnly ? " AND depcom IN (SELECT depcom FROM rpls_import_reconstruire)" : "");
        List<String> lines = new ArrayList<>();
        long[] total = longs("SELECT count(*), coalesce(sum(nb_logements), 0), count(DISTINCT depcom) FROM residence "
                + "WHERE " + scope);
        if (total[0] == 0) {
            lines.add("Résidences : aucune reconstruite (la version loi déjà importée reste en vigueur dans les "
                    + "communes du fichier).");
            return lines;
        }
        lines.add("Résidences du millésime " + millesime + " : " + n(total[0]) + " pour " + n(total[1])
                + " logements dans " + n(total[2]) + (total[2] > 1 ? " communes." : " commune."));
        lines.add("  Clé : " + methods(scope) + ".");
        long[] placement = longs("SELECT coalesce(sum(logements_sans_coordonnees), 0), "
                + "coalesce(sum(logements_hors_commune), 0) FROM residence WHERE " + scope);
        lines.add("  Logements placés par leur adresse seule : " + n(placement[0]) + " sans coordonnées utilisables, "
                + n(placement[1]) + " aux coordonnées hors de leur commune (ils gardent leur résidence).");
        lines.add("  " + splitNames(scope));
        lines.add("  Résidences les plus étendues (" + WIDEST + " au plus ; distance du logement le plus éloigné à la "
                + "position de la résidence) :");
        lines.addAll(widest(scope));
        lines.add("  " + correspondences(millesime, scope, total[0]));
        return lines;
    }

    private String methods(String scope) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT methode_cle, count(*), sum(nb_logements) FROM residence WHERE "
                     + scope + " GROUP BY 1 ORDER BY 2 DESC, 1")) {
            while (rs.next()) {
                parts.add(METHODS.getOrDefault(rs.getString(1), rs.getString(1)) + " " + n(rs.getLong(2))
                        + " résidences (" + n(rs.getLong(3)) + " logements)");
            }
        }
        return String.join(", ", parts);
    }

    private String splitNames(String scope) throws SQLException {
        String named = "SELECT residence_id, depcom, libcom, programme, upper(strip_accents(programme)) AS nom, x, y "
                + "FROM residence WHERE " + scope + " AND programme IS NOT NULL";
        String names = "WITH r AS (" + named + ") SELECT a.depcom, min(a.libcom) AS libcom, a.nom, min(a.programme) "
                + "AS programme, count(DISTINCT a.residence_id) AS residences, "
                + "max(sqrt(power(a.x - b.x, 2) + power(a.y - b.y, 2))) AS ecart "
                + "FROM r a JOIN r b ON a.depcom = b.depcom AND a.nom = b.nom "
                + "GROUP BY a.depcom, a.nom HAVING count(DISTINCT a.residence_id) > 1";
        long[] total = longs("SELECT count(*), coalesce(sum(residences), 0) FROM (" + names + ")");
        if (total[0] == 0) {
            return "Aucun nom de programme n'est partagé par plusieurs résidences d'une même commune.";
        }
        List<String> examples = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM (" + names + ") ORDER BY residences DESC, ecart DESC NULLS LAST, depcom, nom "
                     + "LIMIT " + SPLIT_EXAMPLES)) {
            while (rs.next()) {
                Object gap = rs.getObject(6);
                examples.add(rs.getString(4) + " à " + rs.getString(2) + " (" + n(rs.getLong(5)) + " résidences"
                        + (gap == null ? "" : ", jusqu'à " + distance(((Number) gap).doubleValue())
                        + " l'une de l'autre") + ")");
            }
        }
        return "Noms de programme partagés par plusieurs résidences d'une même commune (éloignées, de part et d'autre "
                + "d'une limite de QPV ou de bailleurs différents) : " + n(total[0]) + (total[0] > 1 ? " noms, " : " nom, ")
                + n(total[1])
                + " résidences ; par exemple " + String.join(", ", examples) + ".";
    }

    private List<String> widest(String scope) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT residence_id, libcom, coalesce(programme, adresse), etendue_m, "
                     + "nb_adresses, nb_logements FROM residence WHERE " + scope + " AND etendue_m IS NOT NULL "
                     + "ORDER BY etendue_m DESC, residence_id LIMIT " + WIDEST)) {
            while (rs.next()) {
                rows.add("    " + rs.getString(1) + "  " + rs.getString(2) + "  " + rs.getString(3) + "  "
                        + FrenchNumbers.display(rs.getDouble(4), 0) + " m, " + n(rs.getLong(5))
                        + (rs.getLong(5) > 1 ? " adresses, " : " adresse, ") + n(rs.getLong(6)) + " logements");
            }
        }
        return rows;
    }

    private String correspondences(int millesime, String scope, long residences) throws SQLException {
        String where = " FROM residence_correspondance WHERE " + scope;
        long[] counts = longs("SELECT count(DISTINCT ancien_id) FILTER (WHERE statut = 'conservé'), "
                + "count(DISTINCT ancien_id) FILTER (WHERE statut = 'changé' AND ancien_id NOT IN (SELECT ancien_id"
                + where + " AND statut = 'conservé')), count(*) FILTER (WHERE statut = 'perdu'), "
                + "count(DISTINCT nouveau_id) FILTER (WHERE statut = 'changé' AND nouveau_id NOT IN (SELECT nouveau_id"
                + where + " AND statut = 'conservé')), min(millesime_reference), max(millesime_reference)" + where);
        if (counts[4] == 0) {
            return "Identifiants : premier millésime chargé pour ces communes, aucun identifiant à rapprocher.";
        }
        String reference = counts[4] == millesime && counts[5] == millesime ? "au fichier remplacé du même millésime"
                : counts[4] == counts[5] ? "au millésime " + counts[4]
                : "aux millésimes " + counts[4] + " à " + counts[5];
        long renamed = residences - counts[0];
        return "Identifiants, par rapport " + reference + " (rapprochés par IDENT_REP ou adresses communes) : "
                + n(counts[0]) + " résidences gardent leur identifiant, " + n(counts[1]) + " en changent (scission ou "
                + "fusion), " + n(counts[2]) + " disparaissent ; " + n(renamed) + " ont un nouvel identifiant, dont "
                + n(counts[3]) + " issues d'une scission ou d'une fusion.";
    }

    private long[] longs(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }

    private static String distance(double metres) {
        return metres >= 1000 ? FrenchNumbers.display(metres / 1000, 1) + " km" : FrenchNumbers.display(metres, 0) + " m";
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
