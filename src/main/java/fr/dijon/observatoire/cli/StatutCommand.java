package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.store.DuckDbStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code observatoire statut}: the imported files and the last job executions. */
@Command(name = "statut", header = "Fichiers importés, dernières exécutions, comptages manquants.", description = "Liste les fichiers importés et les dernières exécutions des traitements.")
public class StatutCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    RootCommand root;

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
            printExecutions(c);
            if (period != null) {
                System.out.println();
                printMissing(c, parsePeriod(period));
            }
        }
        return ExitCodes.OK;
    }

    static java.time.YearMonth parsePeriod(String value) {
        try {
            return java.time.YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new fr.dijon.observatoire.ingest.ImportRequestException("période invalide : « " + value
                    + " » (format attendu : AAAA-MM, ex. 2026-10)");
        }
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
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nom, type, millesime, sha256, lignes_lues, lignes_chargees, "
                     + "lignes_rejetees, statut, strftime(date_import, '%Y-%m-%d %H:%M') FROM import_fichier "
                     + "ORDER BY date_import DESC")) {
            while (rs.next()) {
                table.add(rs.getString(1), rs.getString(2), rs.getObject(3), rs.getString(4).substring(0, 12) + "…",
                        count(rs.getLong(5)), count(rs.getLong(6)), count(rs.getLong(7)), rs.getString(8),
                        rs.getString(9));
            }
        }
        System.out.println("Fichiers importés :");
        if (table.isEmpty()) {
            System.out.println("  aucun fichier importé pour l'instant.");
        } else {
            table.print(System.out);
        }
    }

    private static void printExecutions(Connection c) throws SQLException {
        TextTable table = new TextTable("n°", "traitement", "paramètres", "statut", "code de sortie", "début",
                "durée");
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT e.JOB_EXECUTION_ID, i.JOB_NAME,
                            (SELECT string_agg(p.PARAMETER_NAME || '=' || left(p.PARAMETER_VALUE, 12), ' '
                                               ORDER BY p.PARAMETER_NAME)
                               FROM BATCH_JOB_EXECUTION_PARAMS p
                              WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.IDENTIFYING = 'Y'),
                            e.STATUS, e.EXIT_CODE, strftime(e.START_TIME, '%Y-%m-%d %H:%M:%S'),
                            epoch_ms(e.END_TIME) - epoch_ms(e.START_TIME)
                       FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                      ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 15""")) {
            while (rs.next()) {
                Object ms = rs.getObject(7);
                table.add(rs.getLong(1), rs.getString(2), rs.getString(3), status(rs.getString(4)), rs.getString(5),
                        rs.getString(6), ms == null ? "" : FrenchNumbers.display(((Number) ms).doubleValue() / 1000, 1) + " s");
            }
        }
        System.out.println("Dernières exécutions :");
        if (table.isEmpty()) {
            System.out.println("  aucune exécution pour l'instant.");
        } else {
            table.print(System.out);
        }
    }

    private static String status(String batchStatus) {
        return switch (batchStatus) {
            case "COMPLETED" -> "terminé";
            case "FAILED" -> "échoué";
            case "STARTED", "STARTING" -> "en cours";
            case "STOPPED" -> "arrêté";
            case "ABANDONED" -> "abandonné";
            default -> batchStatus.toLowerCase();
        };
    }

    private static String count(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
