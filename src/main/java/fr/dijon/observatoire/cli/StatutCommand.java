package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import picocli.CommandLine.Command;

/** {@code observatoire statut}: the imported files and the last job executions. */
@Command(name = "statut", header = "Fichiers importés, publications, dernières exécutions, comptages manquants.",
        description = "Liste les fichiers importés, les publications des indicateurs et les dernières exécutions des traitements.")
public class StatutCommand extends ObservatoireCommand {

    @picocli.CommandLine.Option(names = "--periode", paramLabel = "AAAA-MM",
            description = "Affiche aussi, pour ce mois, les comptages attendus des partenaires qui manquent encore.")
    String period;

    @Override
    public Integer call() throws SQLException {
        DuckDbStore store = new DuckDbStore(root.options().database());
        try (Connection c = store.openReadOnly()) {
            System.out.println("Base : " + store.database());
            System.out.println();
            printFiles(c);
            System.out.println();
            RplsStockStatus.print(c, System.out);
            System.out.println();
            RplsStockStatus.printResidences(c, System.out);
            System.out.println();
            PublicationsTable.print(c, System.out);
            System.out.println();
            printExecutions(c);
            if (period != null) {
                System.out.println();
                printMissing(c, PeriodOption.parse(period));
            }
        }
        return ExitCodes.OK;
    }

    private static void printMissing(Connection c, java.time.YearMonth month) throws SQLException {
        var missing = new fr.dijon.observatoire.ingest.partenaires.Completeness().missing(c, month);
        if (missing.isEmpty()) {
            System.out.println("Comptages des partenaires pour " + month + " : complets.");
            return;
        }
        System.out.println("Comptages des partenaires attendus pour " + month + " et encore manquants ("
                + missing.size() + ") :");
        TextTable table = new TextTable("partenaire", "indicateur", "libellé");
        for (var m : missing) {
            table.add(m.partners(), m.indicator(), m.label());
        }
        table.print(System.out);
    }

    private static void printFiles(Connection c) throws SQLException {
        TextTable table = new TextTable("fichier", "type", "millésime", "sha256", "lues", "chargées", "rejetées",
                "statut", "date");
        Rows.list(c, "SELECT nom, type, millesime, sha256, lignes_lues, lignes_chargees, lignes_rejetees, statut, "
                + "strftime(date_import, '%Y-%m-%d %H:%M') AS date FROM import_fichier ORDER BY date_import DESC", rs -> {
                    table.add(rs.getString("nom"), rs.getString("type"), rs.getObject("millesime"),
                            rs.getString("sha256").substring(0, 12) + "…", count(rs.getLong("lignes_lues")),
                            count(rs.getLong("lignes_chargees")), count(rs.getLong("lignes_rejetees")),
                            rs.getString("statut"), rs.getString("date"));
                    return null;
                });
        table.print(System.out, "Fichiers importés :", "aucun fichier importé pour l'instant.");
    }

    private static void printExecutions(Connection c) throws SQLException {
        TextTable table = new TextTable("n°", "traitement", "paramètres", "statut", "code de sortie", "début",
                "durée");
        Rows.list(c, """
                SELECT e.JOB_EXECUTION_ID AS id, i.JOB_NAME AS job,
                       (SELECT string_agg(p.PARAMETER_NAME || '=' || left(p.PARAMETER_VALUE, 12), ' '
                                          ORDER BY p.PARAMETER_NAME)
                          FROM BATCH_JOB_EXECUTION_PARAMS p
                         WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.IDENTIFYING = 'Y') AS parametres,
                       e.STATUS AS statut, e.EXIT_CODE AS code, strftime(e.START_TIME, '%Y-%m-%d %H:%M:%S') AS debut,
                       epoch_ms(e.END_TIME) - epoch_ms(e.START_TIME) AS ms
                  FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                 ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 15""", rs -> {
                    Object ms = rs.getObject("ms");
                    table.add(rs.getLong("id"), rs.getString("job"), rs.getString("parametres"),
                            status(rs.getString("statut")), rs.getString("code"), rs.getString("debut"),
                            ms == null ? "" : FrenchNumbers.display(((Number) ms).doubleValue() / 1000, 1) + "\u202Fs");
                    return null;
                });
        table.print(System.out, "Dernières exécutions :", "aucune exécution pour l'instant.");
    }

    private static String status(String batchStatus) {
        return switch (batchStatus) {
            case "COMPLETED" -> "terminé";
            case "FAILED" -> "échoué";
            case "STARTED", "STARTING" -> "en cours";
            case "STOPPED" -> "arrêté";
            case "ABANDONED" -> "abandonné";
            default -> batchStatus.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String count(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
