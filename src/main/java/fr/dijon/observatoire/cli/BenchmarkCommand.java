package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.benchmark.BenchmarkResult;
import fr.dijon.observatoire.benchmark.RplsBenchmark;
import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatoire benchmark}: national-scale RPLS import against DuckDB's own read_csv, in one process. */
@Command(name = "benchmark", header = "Mesure l'import à l'échelle nationale.",
        description = "Génère un RPLS synthétique d'échelle nationale (disposition 2023+, 73 colonnes, environ "
        + "100 départements) et mesure dans le même processus : (a) un read_csv brut de DuckDB, (b) l'import "
        + "RPLS complet, (c) les indicateurs : l'extrait loi de Dijon Métropole de l'échantillon est ajouté "
        + "(non chronométré), puis les indicateurs du territoire et les comparaisons sur tout le parc national "
        + "sont chronométrés. Résultat en une ligne JSON dans <sortie>/benchmarks/benchmarks.jsonl.")
public class BenchmarkCommand extends ObservatoireCommand {

    @Option(names = "--lignes", paramLabel = "N", defaultValue = "5400000",
            description = "Nombre de logements du fichier généré (défaut : ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--encodage", paramLabel = "utf8|cp1252", defaultValue = "utf8",
            description = "Encodage du fichier généré (défaut : ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--garder", description = "Garde le fichier généré et les bases dans <sortie>/benchmarks/travail.")
    boolean keep;

    @Option(names = "--echelle", description = "Série de passage à l'échelle : 25 000, 250 000 et 2 500 000 logements.")
    boolean scaling;

    @Override
    public Integer call() throws Exception {
        if (!encoding.equals("utf8") && !encoding.equals("cp1252")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "encodage inconnu : « " + encoding + " » (utf8 ou cp1252)");
        }
        Path dir = root.options().outputDir().resolve("benchmarks");
        Path home = root.options().projectHome();
        RplsBenchmark benchmark = new RplsBenchmark(dir.resolve("travail"), home.resolve("reference-data"),
                home.resolve("jobs"));
        List<Long> sizes = scaling ? List.of(25_000L, 250_000L, 2_500_000L) : List.of(rows);
        List<BenchmarkResult> results = new ArrayList<>();
        for (long size : sizes) {
            BenchmarkResult r = benchmark.run(size, encoding.equals("cp1252"), keep, line -> System.err.println("  " + line));
            results.add(r);
            print(r);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("benchmarks.jsonl"), r.toJson(ParisTime.now().toString()) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (scaling) {
            printScaling(results);
        }
        System.out.println("Résultats ajoutés à " + dir.resolve("benchmarks.jsonl"));
        return ExitCodes.OK;
    }

    private static void print(BenchmarkResult r) {
        System.out.println(n(r.rows()) + " logements, " + r.columns() + " colonnes, " + r.encoding() + ", "
                + FrenchNumbers.display(r.fileBytes() / 1e6, 0) + " Mo (généré en " + s(r.generationSeconds()) + ")");
        System.out.println("  (a) read_csv brut de DuckDB : " + s(r.readCsvSeconds()) + ", "
                + n(r.readCsvRowsPerSecond()) + " lignes/s");
        System.out.println("  (b) import RPLS complet     : " + s(r.importSeconds()) + ", "
                + n(r.importRowsPerSecond()) + " lignes/s");
        StringBuilder stages = new StringBuilder();
        r.importStages().forEach((k, v) -> stages.append(stages.length() == 0 ? "" : ", ").append(k).append(' ').append(s(v)));
        System.out.println("      étapes : " + stages);
        System.out.println("  rapport (b)/(a)             : " + FrenchNumbers.display(r.ratio(), 2));
        System.out.println("  (c) indicateurs             : " + s(r.indicatorsSeconds()) + ", "
                + n(r.indicatorsRowsPerSecond()) + " logements/s");
        System.out.println("  tas Java maximal            : " + FrenchNumbers.display(r.heapPeakBytes() / 1e6, 0) + " Mo (limite "
                + FrenchNumbers.display(r.heapMaxBytes() / 1e6, 0) + " Mo)");
        System.out.println("  base DuckDB                 : " + FrenchNumbers.display(r.databaseBytes() / 1e6, 0) + " Mo");
    }

    private static void printScaling(List<BenchmarkResult> results) {
        TextTable table = new TextTable("logements", "read_csv (s)", "import (s)", "indicateurs (s)",
                "import µs/ligne", "indicateurs µs/ligne");
        for (BenchmarkResult r : results) {
            table.add(n(r.rows()), FrenchNumbers.display(r.readCsvSeconds(), 2), FrenchNumbers.display(r.importSeconds(), 2),
                    FrenchNumbers.display(r.indicatorsSeconds(), 2), FrenchNumbers.display(1e6 * r.importSeconds() / r.rows(), 2),
                    FrenchNumbers.display(1e6 * r.indicatorsSeconds() / r.rows(), 2));
        }
        System.out.println("Passage à l'échelle (un coût par ligne stable = croissance linéaire) :");
        table.print(System.out);
    }

    private static String n(double value) {
        return FrenchNumbers.display(value, 0);
    }

    private static String s(double seconds) {
        return FrenchNumbers.display(seconds, 1) + " s";
    }
}
