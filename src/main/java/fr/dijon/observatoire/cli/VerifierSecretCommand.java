package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.audit.Breach;
import fr.dijon.observatoire.audit.SecrecyAudit;
import fr.dijon.observatoire.reference.ReferenceCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code observatoire verifier-secret}: attacks the published files of a period to prove its statistical secrecy. */
@Command(name = "verifier-secret", header = "Attaque les fichiers publiés d'une période pour prouver le secret statistique.",
        description = "Lit le pack de la CIL publié (et celui de la période précédente), comme le ferait n'importe quel "
        + "lecteur, sans consulter les tables internes, et cherche tout effectif de 1 à 10 qu'on pourrait en déduire : "
        + "parts × ménages répondants, compléments, sommes de territoires, cumuls glissants, cumuls depuis janvier, "
        + "différences entre deux publications, intervalles par programmation linéaire. "
        + "Code de sortie 1 si une case est en défaut.")
public class VerifierSecretCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--periode", paramLabel = "AAAA-MM", description = "Période dont le pack est attaqué (par défaut le plus récent).")
    String period;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() throws Exception {
        return verify(root.options().outputDir(), root.options().projectHome().resolve("jobs"),
                period == null ? null : PeriodOption.parse(period));
    }

    /** Attacks the pack of {@code period} (the latest when null) in {@code output}; prints the outcome in French. */
    static int verify(Path output, Path jobs, YearMonth period) throws Exception {
        Path packs = output.resolve("packs");
        Path pack = period != null ? packs.resolve("pack-cil-" + period + ".zip") : latest(packs, null);
        if (pack == null || !Files.exists(pack)) {
            System.err.println("Erreur : aucun pack de la CIL à attaquer" + (period == null ? "" : " pour " + period)
                    + " dans " + packs + " : produisez-le d'abord (./observatoire pack-cil --periode AAAA-MM).");
            return ExitCodes.USAGE;
        }
        String name = pack.getFileName().toString();
        YearMonth month = YearMonth.parse(name.substring("pack-cil-".length(), name.length() - ".zip".length()));
        Path previous = latest(packs, month);
        SecrecyAudit.Report report = new SecrecyAudit(subject(jobs))
                .attack(pack, previous, output.resolve("atlas").resolve(month.toString()));
        System.out.println("Fichiers attaqués : " + String.join(", ", report.files().stream()
                .map(p -> Files.isDirectory(p) ? "atlas " + p.getFileName() : p.getFileName().toString()).toList()) + " (seuil du secret : " + report.threshold() + ").");
        if (report.breaches().isEmpty()) {
            System.out.println("Secret statistique respecté : aucun effectif de 1 à " + (report.threshold() - 1)
                    + " ne se déduit des fichiers publiés, aucune valeur masquée ne se retrouve ni ne se resserre à moins de "
                    + report.threshold() + " valeurs possibles.");
            return ExitCodes.OK;
        }
        System.out.println("Secret statistique en défaut : " + report.breaches().size() + " case(s).");
        TextTable table = new TextTable("attaque", "fichier", "case", "ce qu'on en apprend");
        report.breaches().stream().limit(50).forEach(b -> table.add(b.attack(), b.file(), b.figure(), b.detail()));
        table.print(System.out);
        return ExitCodes.FAILURE;
    }

    /** The latest pack of a period before {@code before} (or the latest of all when null). */
    private static Path latest(Path packs, YearMonth before) throws Exception {
        if (!Files.isDirectory(packs)) {
            return null;
        }
        try (Stream<Path> files = Files.list(packs)) {
            return files.filter(p -> p.getFileName().toString().matches("pack-cil-\\d{4}-\\d{2}\\.zip"))
                    .filter(p -> before == null || YearMonth.parse(p.getFileName().toString().substring(9, 16)).isBefore(before))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        }
    }

    private static Set<String> subject(Path jobs) throws Exception {
        Set<String> codes = new HashSet<>();
        List<CSVRecord> rows = ReferenceCsv.read(jobs.resolve("catalogue-indicateurs.csv"));
        for (CSVRecord r : rows) {
            if ("oui".equals(r.get("secret"))) {
                codes.add(r.get("code"));
            }
        }
        return codes;
    }
}
