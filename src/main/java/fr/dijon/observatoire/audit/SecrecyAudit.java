package fr.dijon.observatoire.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verifier-secret}: attacks the published files — the CIL pack of a period, and the pack of the previous
 * period when there is one — as any reader could, independently of the code that applied the secrecy: no internal
 * table is read. It reports every count of 1 to threshold − 1 it can derive, every masked value it recovers exactly,
 * every masked value it narrows to fewer values than the threshold, and any published reason for a mask.
 */
public final class SecrecyAudit {

    /** The outcome: the threshold read from the pack, the breaches, and what was attacked. */
    public record Report(int threshold, List<Breach> breaches, List<Path> files) {
    }

    private final Set<String> subjectIndicators;

    /** @param subjectIndicators the partner indicators the catalogue declares subject to secrecy */
    public SecrecyAudit(Set<String> subjectIndicators) {
        this.subjectIndicators = subjectIndicators;
    }

    public Report attack(Path pack, Path previousPack) throws IOException {
        return attack(pack, previousPack, null);
    }

    /** Also checks that the atlas of the period ({@code atlasDir}, when it exists) publishes nothing the pack does not. */
    public Report attack(Path pack, Path previousPack, Path atlasDir) throws IOException {
        int threshold = threshold(pack);
        List<PublishedPack> packs = new ArrayList<>();
        packs.add(PublishedPack.read(pack));
        if (previousPack != null && Files.exists(previousPack)) {
            packs.add(PublishedPack.read(previousPack));
        }
        List<Breach> breaches = new ArrayList<>(reasons(packs.get(0)));
        breaches.addAll(Precision.check(packs.get(0)));
        breaches.addAll(new OccupancyAttack(threshold).attack(packs.get(0)));
        breaches.addAll(new SeriesAttack(threshold, subjectIndicators).attack(packs));
        List<Path> files = new ArrayList<>(packs.stream().map(PublishedPack::file).toList());
        if (atlasDir != null && Files.isDirectory(atlasDir)) {
            breaches.addAll(AtlasAgreement.check(atlasDir, packs.get(0)));
            files.add(atlasDir);
        }
        return new Report(threshold, breaches, files);
    }

    private static int threshold(Path pack) throws IOException {
        try (ZipFile zip = new ZipFile(pack.toFile(), StandardCharsets.UTF_8)) {
            var entry = zip.getEntry("metadonnees.json");
            if (entry == null) {
                throw new IOException("le pack " + pack + " n'a pas de metadonnees.json : ce n'est pas un pack de la CIL");
            }
            JsonNode json = JsonMapper.builder().build().readTree(zip.getInputStream(entry));
            return json.get("seuil_secret_statistique").asInt();
        }
    }

    /** A masked cell must say « s » and nothing else: a reason would tell that the count is small. */
    private static List<Breach> reasons(PublishedPack pack) {
        List<Breach> found = new ArrayList<>();
        for (String table : List.of("residences.csv", "unites.csv", "communes.csv", "qpv.csv", "sans_abrisme_series.csv",
                "sans_abrisme_trimestres.csv", "sans_abrisme_annees.csv", "sans_abrisme_cumuls.csv", "objectifs.csv",
                "regle_25.csv")) {
            for (Map<String, String> row : pack.table(table)) {
                row.forEach((column, value) -> {
                    if (column.startsWith("secret") && value != null && !value.isBlank() && !value.strip().equals("s")) {
                        found.add(new Breach(Breach.REASON, table, column, "« " + value + " »"));
                    }
                });
            }
        }
        return found;
    }
}
