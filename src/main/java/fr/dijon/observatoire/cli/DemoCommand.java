package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.ImportService;
import fr.dijon.observatoire.ingest.RejectThreshold;
import fr.dijon.observatoire.sample.SampleInputs;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code observatoire demo}: generates the synthetic Dijon Métropole sample and runs the pipeline on it. */
@Command(name = "demo", header = "Démonstration de bout en bout sur les données d'exemple.",
        description = "Génère les données d'exemple synthétiques de Dijon Métropole (RPLS 2023 et 2024 version loi, OPS 2022 et 2024, "
        + "24 mois de comptages des partenaires) "
        + "dans <sortie>/echantillon/ et exécute la chaîne de traitement de bout en bout : imports, indicateurs, "
        + "atlas, pack de la CIL, puis l'attaque du secret statistique sur les fichiers publiés.")
public class DemoCommand extends ObservatoireCommand {

    @Override
    public Integer call() throws Exception {
        Path sampleDir = root.options().outputDir().resolve("echantillon");
        System.out.println("Génération des données d'exemple dans " + sampleDir + " …");
        YearMonth lastMonth = YearMonth.now(ParisTime.ZONE).minusMonths(1);
        List<Path> inputs = SampleInputs.demo(sampleDir, root.options().projectHome().resolve("reference-data"),
                root.options().projectHome().resolve("jobs"), lastMonth);
        int exit = ExitCodes.OK;
        try (AppContext app = AppContext.start(root.options(), Map.of())) {
            ImportService service = app.bean(ImportService.class);
            for (Path input : inputs) {
                ImportService.Outcome outcome = service.importFile(input, null, null, RejectThreshold.DEFAULT_SHARE);
                exit = ExitCodes.worst(exit, ImportSummary.print(input, outcome, System.out, System.err));
                if (exit != ExitCodes.OK) {
                    break;
                }
            }
            if (exit == ExitCodes.OK) {
                System.out.println();
                exit = IndicateursCommand.run(app, lastMonth);
            }
            if (exit == ExitCodes.OK) {
                System.out.println();
                exit = AtlasCommand.run(app, lastMonth);
            }
            if (exit == ExitCodes.OK) {
                System.out.println();
                exit = PackCilCommand.run(app, lastMonth);
            }
            if (exit == ExitCodes.OK) {
                System.out.println();
                exit = VerifierSecretCommand.verify(root.options().outputDir(), root.options().projectHome().resolve("jobs"),
                        lastMonth);
            }
        }
        if (exit == ExitCodes.OK) {
            System.out.println();
            System.out.println("Démonstration terminée. Base : " + root.options().database());
            System.out.println("Pour explorer : ./observatoire statut, ou ./observatoire sql \"SELECT libcom, "
                    + "count(*) AS residences FROM residence GROUP BY libcom ORDER BY 2 DESC\"");
        }
        return exit;
    }
}
