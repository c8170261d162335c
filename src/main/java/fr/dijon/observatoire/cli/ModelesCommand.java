package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.indicators.ModelRunner;
import fr.dijon.observatoire.indicators.ModelSchema;
import fr.dijon.observatoire.indicators.ModelUnitTests;
import fr.dijon.observatoire.indicators.ReadmeTables;
import fr.dijon.observatoire.indicators.SqlModel;
import fr.dijon.observatoire.indicators.WorkSchema;
import fr.dijon.observatoire.store.DuckDbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatoire modeles [--tester] [--modele NOM]}: the SQL models of jobs/models with their layer, inputs and
 * tests; with {@code --tester}, runs their tests alone on the current work schema.
 */
@Command(name = "modeles", header = "Liste les modèles SQL des indicateurs et leurs tests ; les exécute.",
        sortOptions = false,
        description = "Liste les modèles de jobs/models dans leur ordre d'exécution : couche, entrées (les tables "
        + "que lit chaque requête), tests de données et tests unitaires de leur fichier de schéma (.yml). "
        + "Avec --tester, exécute ces tests sans rien publier : les tests de données sur les tables du "
        + "schéma de travail « calcul » telles que le dernier calcul les a laissées (celui de "
        + "« indicateurs --periode AAAA-MM » ; pour tester un calcul neuf, lancez d'abord « indicateurs "
        + "--periode AAAA-MM --recalculer », qui s'arrête lui-même au premier test en échec), et les tests "
        + "unitaires sur leurs lignes d'entrée données.")
public class ModelesCommand extends ObservatoireCommand {

    @Option(names = "--tester", description = "Exécute les tests de données et les tests unitaires (code 1 si l'un échoue).")
    boolean test;

    @Option(names = "--readme", description = "Réécrit, dans README.md, les tables des tables publiées et des "
        + "indicateurs, générées depuis les fichiers de schéma des marts.")
    boolean readme;

    @Option(names = "--modele", paramLabel = "<nom>", description = "Se limite à ce modèle (ex. int_logement_accessibilite).")
    String only;

    @Override
    public Integer call() throws Exception {
        ModelRunner runner = new ModelRunner(options().projectHome().resolve("jobs"));
        List<SqlModel> models = runner.models().stream().filter(m -> only == null || m.name().equals(only)).toList();
        if (models.isEmpty()) {
            System.err.println("Erreur d'utilisation : aucun modèle ne s'appelle « " + only + " » dans jobs/models "
                    + "(./observatoire modeles les liste).");
            return ExitCodes.USAGE;
        }
        if (readme) {
            Path file = options().projectHome().resolve("README.md");
            Files.writeString(file, ReadmeTables.rewrite(Files.readString(file), runner.models()));
            System.out.println("Tables générées réécrites dans " + file + ".");
            return ExitCodes.OK;
        }
        if (!test) {
            list(models);
            return ExitCodes.OK;
        }
        try (Connection c = new DuckDbStore(options().database()).open()) {
            return test(c, runner, models);
        }
    }

    private static void list(List<SqlModel> models) {
        System.out.println("Modèles de jobs/models, dans leur ordre d'exécution (" + models.size() + ") :");
        SqlModel.Layer layer = null;
        for (SqlModel m : models) {
            if (m.layer() != layer) {
                layer = m.layer();
                System.out.println();
                System.out.println(layer.folder());
            }
            System.out.println("  " + m.name());
            System.out.println("    entrées : " + String.join(", ", m.inputs()));
            if (m.schema() == null) {
                System.out.println("    pas de fichier de schéma (" + m.path() + ".yml) : ni documentation ni tests");
                continue;
            }
            List<ModelSchema.UnitTest> units = m.schema().testsUnitaires();
            System.out.println("    tests : " + count(m.schema().dataTests().size(), "de données", "de données") + ", "
                    + count(units.size(), "unitaire", "unitaires"));
            units.forEach(u -> System.out.println("      - " + u.nom()));
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n <= 1 ? one : many);
    }

    private static int test(Connection c, ModelRunner runner, List<SqlModel> models) throws Exception {
        String computed = WorkSchema.computedPeriod(c);
        if (computed == null) {
            System.err.println("Erreur : le schéma de travail « calcul » est vide : calculez d'abord une période "
                    + "(./observatoire indicateurs --periode AAAA-MM) ; ses tables et leurs types servent aux tests.");
            return ExitCodes.FAILURE;
        }
        List<String> failures = runner.dataTests(c, models);
        long dataTests = models.stream().filter(m -> m.schema() != null).mapToLong(m -> m.schema().dataTests().size()).sum();
        System.out.println("Tests de données sur le schéma de travail (calcul de " + computed + ") : "
                + count((int) dataTests, "test", "tests") + ", " + (failures.isEmpty() ? "tous réussis."
                : failures.size() + " en échec :"));
        failures.forEach(f -> System.out.println("  - " + f));
        List<ModelUnitTests.Result> results = ModelUnitTests.run(c, models);
        long failed = results.stream().filter(r -> !r.passed()).count();
        System.out.println("Tests unitaires : " + count(results.size(), "test", "tests") + ", "
                + (results.isEmpty() ? "aucun." : failed == 0 ? "tous réussis." : failed + " en échec :"));
        results.forEach(r -> System.out.println("  " + (r.passed() ? "✓ " : "✗ ") + r.describe()));
        return failures.isEmpty() && failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
