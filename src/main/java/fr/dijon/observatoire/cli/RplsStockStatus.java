package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.ingest.rpls.ResidenceQualityReport;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The RPLS stock as {@code statut} shows it: for each millésime, the communes and dwellings each variant stands
 * for (the loi rows when a commune has some, else the public rows), and the public rows the loi rows shadow.
 */
final class RplsStockStatus {

    private RplsStockStatus() {
    }

    static void print(Connection c, PrintStream out) throws SQLException {
        TextTable table = new TextTable("millésime", "version retenue", "communes", "logements", "principales communes");
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT millesime, variante, count(*), sum(logements),
                            string_agg(coalesce(libcom, depcom), ', ' ORDER BY logements DESC, depcom)
                                FILTER (WHERE rang <= 4)
                     FROM (SELECT *, row_number() OVER (PARTITION BY millesime, variante
                                                        ORDER BY logements DESC, depcom) AS rang
                           FROM rpls_commune_variante)
                     GROUP BY millesime, variante
                     ORDER BY millesime DESC, variante""")) {
            while (rs.next()) {
                long communes = rs.getLong(3);
                table.add(rs.getInt(1), "version " + rs.getString(2), n(communes), n(rs.getLong(4)),
                        rs.getString(5) + (communes > 4 ? "…" : ""));
            }
        }
        out.println("Parc RPLS par millésime (pour chaque commune, la version loi quand elle est chargée, "
                + "sinon la version publique) :");
        if (table.isEmpty()) {
            out.println("  aucun RPLS importé pour l'instant.");
            return;
        }
        table.print(out);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT millesime, count(*), sum(logements_publique) "
                     + "FROM rpls_commune_variante WHERE variante = 'loi' AND logements_publique > 0 "
                     + "GROUP BY millesime ORDER BY millesime DESC")) {
            while (rs.next()) {
                long communes = rs.getLong(2);
                out.println("  " + rs.getInt(1) + " : " + n(communes) + (communes > 1 ? " communes en version loi ont"
                        : " commune en version loi a") + " aussi des lignes de la version publique ("
                        + n(rs.getLong(3)) + " logements), gardées mais non lues.");
            }
        }
    }

    /** The residence quality report of each millésime, latest first. */
    static void printResidences(Connection c, PrintStream out) throws SQLException {
        java.util.List<Integer> millesimes = new java.util.ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT millesime FROM residence ORDER BY 1 DESC")) {
            while (rs.next()) {
                millesimes.add(rs.getInt(1));
            }
        }
        out.println("Qualité des résidences :");
        if (millesimes.isEmpty()) {
            out.println("  aucune résidence pour l'instant.");
        }
        for (int millesime : millesimes) {
            for (String line : new ResidenceQualityReport(c).lines(millesime, false)) {
                out.println("  " + line);
            }
        }
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
