package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.store.PublishedFiles;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile archives: zip bombs, zip slip, several files, a notice beside the CSV; and the temporary folder. */
class HostileZipTest extends HostileTest {

    private Path csv;

    @BeforeEach
    void setUp() throws Exception {
        csv = RplsFixture.modern(false).rows(30).write(dir.resolve("rpls2024.csv"));
    }

    @AfterEach
    void clearLimit() {
        System.clearProperty("observatoire.zip.max-octets");
    }

    @FunctionalInterface
    private interface EntryWriter {
        void write(OutputStream out) throws Exception;
    }

    private Path zip(String name, String entry, EntryWriter content, String... moreEntries) throws Exception {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            content.write(out);
            out.closeEntry();
            for (int i = 0; i < moreEntries.length; i += 2) {
                out.putNextEntry(new ZipEntry(moreEntries[i]));
                out.write(moreEntries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static EntryWriter repeated(byte value, long bytes) {
        return out -> {
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, value);
            for (long done = 0; done < bytes; done += block.length) {
                out.write(block);
            }
        };
    }

    @Test
    void zipBombsAreRefusedByTheirExpansionRatioWhileExtractingAndLeaveNothingBehind() throws Exception {
        Path zeros = zip("rpls2024_zeros.zip", "rpls2024.csv", repeated((byte) 0, 64L << 20));
        Path noLineEnd = zip("rpls2024_sans_fin.zip", "rpls2024.csv", out -> {
            out.write("DEPCOM;NOMVOIE;NBPIECE\n21231;".getBytes(StandardCharsets.UTF_8));
            repeated((byte) 'A', 64L << 20).write(out);
        });
        assertThat(Files.size(zeros)).isLessThan(1 << 20);

        for (Path bomb : new Path[] {zeros, noLineEnd}) {
            CliRun run = ws.importFile(bomb);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains(bomb.getFileName().toString(), "fois sa taille compressée",
                    "bombe de décompression").doesNotContain("Exception");
            ws.assertNoTemporaryFile();
        }
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void anArchiveExpandingBeyondTheSizeLimitIsRefused() throws Exception {
        System.setProperty("observatoire.zip.max-octets", Long.toString(1 << 20));
        Random random = new Random(7);
        Path big = zip("rpls2024_gros.zip", "rpls2024.csv", out -> {
            byte[] line = new byte[100];
            for (int i = 0; i < 30_000; i++) {
                for (int k = 0; k < line.length - 1; k++) {
                    line[k] = (byte) ('a' + random.nextInt(26));
                }
                line[line.length - 1] = '\n';
                out.write(line);
            }
        });

        CliRun run = ws.importFile(big);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_gros.zip", "se décompresse en plus de 1,0 Mio");
        ws.assertNoTemporaryFile();
    }

    @Test
    void aCsvWithANoticeBesideItLoadsAndTwoCsvFilesAreRefused() throws Exception {
        byte[] data = Files.readAllBytes(csv);
        Path withNotice = zip("rpls2024_notice.zip", "RPLS/rpls2024.csv", out -> out.write(data),
                "RPLS/LISEZMOI.txt", "Notice du producteur.\n", "__MACOSX/RPLS/._rpls2024.csv", "x");
        Path two = zip("rpls2024_deux.zip", "a.csv", out -> out.write(data), "b.csv", "DEPCOM\n21231\n");

        CliRun loaded = ws.importFile(withNotice);
        CliRun refused = ws.importFile(two);

        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("30 lignes lues, 30 chargées");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("rpls2024_deux.zip", "plusieurs fichiers CSV (a.csv, b.csv)");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(30);
        ws.assertNoTemporaryFile();
    }

    @Test
    void aZipSlipEntryIsRefusedAndNothingIsWrittenOutside() throws Exception {
        byte[] data = Files.readAllBytes(csv);
        Path slip = zip("rpls2024_piege.zip", "../../rpls2024_evade.csv", out -> out.write(data));

        CliRun run = ws.importFile(slip);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_piege.zip", "chemin dangereux", "../../rpls2024_evade.csv");
        assertThat(dir.resolve("rpls2024_evade.csv")).doesNotExist();
        assertThat(ws.out.resolve("rpls2024_evade.csv")).doesNotExist();
        ws.assertNoTemporaryFile();
    }

    @Test
    void theTemporaryFilesOfAKilledProcessAreRemovedAtTheNextStart() throws Exception {
        Path stale = Files.createDirectories(ws.out.resolve("tmp").resolve("999999999-1"));
        Files.writeString(stale.resolve("zip-123-rpls2024.csv"), "reste d'un import tué");
        Files.writeString(ws.out.resolve("tmp").resolve("utf8-456.csv"), "reste d'une ancienne version");
        byte[] data = Files.readAllBytes(csv);

        CliRun run = ws.importFile(zip("rpls2024.zip", "rpls2024.csv", out -> out.write(data)));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stale).doesNotExist();
        ws.assertNoTemporaryFile();
    }

    @Test
    void publishedFilesFollowTheUmaskAndTheLeftoversOfAKilledBuildAreRemoved() throws Exception {
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Path referenceFile = Files.createFile(dir.resolve("reference.txt"));

        Path leftover = Files.createDirectories(dir.resolve(".atlas-0123456789ab").resolve("communes"));
        Path otherPeriod = Files.createDirectories(dir.resolve(".atlas2-0123456789ab"));

        Path folder = PublishedFiles.temporaryDirectory(dir, ".atlas-");
        Path file = PublishedFiles.temporaryFile(dir, ".pack-", ".zip");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(referenceFile)));
        assertThat(leftover.getParent()).as("reste d'une construction tuée").doesNotExist();
        assertThat(otherPeriod).exists();
    }
}
