package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.ingest.rpls.ResidenceQualityReport;
import fr.dijon.observatoire.store.Rows;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The RPLS stock as {@code statut} shows it: for each millésime, the communes and dwellings each variant stands
 * for (the loi rows when a commune has some, else the public rows), and the public rows the loi rows shadow.
 */
final class RplsStockStatus {

    private RplsStockStatus() {
    }

    static void print(Connection c, PrintStream out) throws SQLException {
        TextTable table = new TextTable("millésime", "version retenue", "communes", "logements", "principales communes");
        Rows.list(c, """
                SELECT millesime, variante, count(*) AS communes, sum(logements) AS logements,
                       string_agg(coalesce(libcom, depcom), ', ' ORDER BY logements DESC, depcom)
                           FILTER (WHERE rang <= 4) AS principales
                FROM (SELECT *, row_number() OVER (PARTITION BY millesime, variante
                                                   ORDER BY logements DESC, depcom) AS rang
                      FROM rpls_commune_variante)
                GROUP BY millesime, variante
                ORDER BY millesime DESC, variante""", rs -> {
                    long communes = rs.getLong("communes");
                    table.add(rs.getInt("millesime"), "version " + rs.getString("variante"), n(communes),
                            n(rs.getLong("logements")), rs.getString("principales") + (communes > 4 ? "…" : ""));
                    return null;
                });
        table.print(out, "Parc RPLS par millésime (pour chaque commune, la version loi quand elle est chargée, "
                + "sinon la version publique) :", "aucun RPLS importé pour l'instant.");
        for (String line : Rows.list(c, "SELECT millesime, count(*) AS communes, sum(logements_publique) AS logements "
                + "FROM rpls_commune_variante WHERE variante = 'loi' AND logements_publique > 0 "
                + "GROUP BY millesime ORDER BY millesime DESC", rs -> {
                    long communes = rs.getLong("communes");
                    return "  " + rs.getInt("millesime") + " : " + n(communes) + (communes > 1
                            ? " communes en version loi ont" : " commune en version loi a")
                            + " aussi des lignes de la version publique (" + n(rs.getLong("logements"))
                            + " logements), gardées mais non lues.";
                })) {
            out.println(line);
        }
    }

    /** The residence quality report of each millésime, latest first. */
    static void printResidences(Connection c, PrintStream out) throws SQLException {
        out.println("Qualité des résidences :");
        java.util.List<Integer> millesimes = Rows.list(c, "SELECT DISTINCT millesime FROM residence ORDER BY 1 DESC",
                rs -> rs.getInt(1));
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
