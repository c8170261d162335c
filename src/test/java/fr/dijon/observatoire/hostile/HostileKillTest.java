package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.atlas.AtlasBuilder;
import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.cli.FaultToleranceTestSupport;
import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.reference.ReferenceDataLoader;
import fr.dijon.observatoire.sample.RplsSampleGenerator;
import fr.dijon.observatoire.sample.RplsVariant;
import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.SchemaMigrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an import, at the last checkpoint before the commit, then the same command again: the
 * base holds none of the killed load, the second run loads the file once, and the killed process's temporary
 * files are gone. SIGKILL during {@code atlas}, while it writes the site and between the two renames that swap it
 * in: the previous atlas stays whole and the next run completes. (Kills during {@code indicateurs}:
 * {@code cli.PublicationsTest}.)
 */
class HostileKillTest {

    @TempDir
    Path dir;

    @Test
    void aZippedImportKilledBeforeItsCommitLeavesAConsistentBaseAndNoTemporaryFile() throws Exception {
        HostileWorkspace ws = new HostileWorkspace(dir);
        Path csv = RplsFixture.modern(true).rows(50).write(dir.resolve("rpls2024.csv"));
        Path zip = dir.resolve("rpls2024.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("rpls2024.csv"));
            out.write(Files.readAllBytes(csv));
            out.closeEntry();
        }
        assertThat(ws.importFile(RplsFixture.modern(true).rows(7).write(dir.resolve("rpls2023.csv"))).exitCode()).isZero();

        Process killed = FaultToleranceTestSupport.pausedAt("avant-validation", "import", zip.toString(),
                "--base", ws.base.toString(), "--sortie", ws.out.toString());
        try (Stream<Path> files = Files.walk(ws.out.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("l'archive est extraite").isEqualTo(1);
        }
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);

        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(7);
        assertThat(ws.count("SELECT count(*) FROM residence WHERE millesime = 2024")).isZero();
        CliRun again = ws.importFile(zip);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM rpls_logement WHERE millesime = 2024")).isEqualTo(50);
        assertThat(ws.count("SELECT count(*) FROM rpls_logement WHERE millesime = 2023")).isEqualTo(7);
        assertThat(ws.count("SELECT count(*) FROM import_fichier WHERE statut = 'chargé'")).isEqualTo(2);
        ws.assertNoTemporaryFile();
    }

    /** Kills {@code atlas --periode} at a checkpoint; the killed process's exit status is SIGKILL's. */
    private static void killAtlasAt(String point, HostileWorkspace ws, String period) throws Exception {
        Process killed = FaultToleranceTestSupport.pausedAt(point, "atlas", "--periode", period,
                "--base", ws.base.toString(), "--sortie", ws.out.toString());
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);
    }

    /**
     * The workspace's base with the 2025-03 publication of a public RPLS of 3 000 dwellings and no OPS (the fixture
     * of {@code atlas.AtlasWithoutOpsTest}, small enough for three atlas builds), and its atlas built in-process.
     */
    private static void publishSmallAtlas(HostileWorkspace ws, String period) throws Exception {
        Path rpls = ws.dir.resolve("rpls2024.csv");
        RplsSampleGenerator.writeDijon(rpls, RplsVariant.PUBLIQUE, 3_000, 7L);
        try (Connection c = new DuckDbStore(ws.base).open()) {
            new SchemaMigrator().migrate(c);
            new ReferenceDataLoader(Path.of("reference-data")).load(c);
            RplsFixture.importFile(c, ws.dir, rpls, 2024, LoadCheckpoint.NONE);
            IndicatorRun.of(c, Path.of("jobs"), YearMonth.parse(period)).all(c);
            new AtlasBuilder(Path.of("reference-data"))
                    .build(c, period, ws.out.resolve("atlas"), LocalDateTime.of(2025, 4, 2, 3, 0));
        }
    }

    @Test
    void anAtlasKilledWhileWritingOrSwappingItsSiteLeavesThePreviousAtlasWholeAndTheNextRunCompletes() throws Exception {
        HostileWorkspace ws = new HostileWorkspace(dir);
        String period = "2025-03";
        publishSmallAtlas(ws, period);
        Path atlasRoot = ws.out.resolve("atlas");
        Path current = atlasRoot.resolve(period);
        Map<String, String> previous = digests(current);
        assertThat(previous).containsKeys("index.html", "atlas-" + period + ".pdf");

        killAtlasAt("atlas-bascule", ws, period);
        Path aside = atlasRoot.resolve("." + period + ".ancien");
        Path survivor = Files.exists(current) ? current : aside;
        assertThat(digests(survivor)).as("l'atlas précédent, tué entre les deux renommages").isEqualTo(previous);

        killAtlasAt("atlas-site", ws, period);
        assertThat(current).as("l'atlas précédent est remis en place au démarrage suivant").isDirectory();
        assertThat(digests(current)).as("l'atlas précédent, remis en place au démarrage suivant puis tué pendant "
                + "l'écriture du site").isEqualTo(previous);

        CliRun again = ws.run("atlas", "--periode", period);
        assertThat(again.exitCode()).as(again.err()).isZero();
        Map<String, String> rebuilt = digests(current);
        assertThat(rebuilt.keySet()).as("l'atlas reconstruit est complet").isEqualTo(previous.keySet());
        assertThat(rebuilt).as("l'atlas reconstruit est le nouveau").isNotEqualTo(previous);
        try (Stream<Path> entries = Files.list(atlasRoot)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .as("ni copie écartée ni dossier temporaire des exécutions tuées").containsExactly(period);
        }
    }

    /** Every file of a folder tree by its relative path, with the SHA-256 of its bytes. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.filter(Files::isRegularFile).toList()) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                digests.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha));
            }
        }
        return digests;
    }
}
