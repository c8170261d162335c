package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Malformed CSV, generated from a small valid RPLS sample: every record the file holds is either loaded or
 * listed as rejected with its line, or the file is refused with the line at fault and nothing is loaded.
 */
class HostileCsvTest extends HostileTest {

    private static final int ROWS = 200;

    private static RplsFixture sample() {
        return RplsFixture.modern(false).lf().rows(ROWS);
    }

    /** The sample's lines, header first, each with its line end. */
    private static String[] lines(Path file) throws Exception {
        return Files.readString(file).split("(?<=\n)");
    }

    private Path rewrite(String name, String[] lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("", lines));
        return file;
    }

    @Test
    void aQuoteOpenedAndNeverClosedRefusesTheFileNamingTheLineAndTheColumn() throws Exception {
        String[] lines = lines(sample().write(dir.resolve("source.csv")));
        lines[151] = lines[151].replace("DES GODRANS", "\"DES GODRANS");
        Path file = rewrite("rpls2024_guillemet.csv", lines);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_guillemet.csv", "guillemet ouvert à la ligne 152", "colonne NOMVOIE",
                "jamais refermé", "rien n'a été chargé");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
        ws.assertNoTemporaryFile();
    }

    @Test
    void aQuoteClosedManyLinesLaterRefusesTheFileRatherThanMergingTheLines() throws Exception {
        String[] lines = lines(sample().write(dir.resolve("source.csv")));
        lines[40] = lines[40].replace("DES GODRANS", "\"DES GODRANS");
        lines[90] = lines[90].replace("DES GODRANS", "DES GODRANS\"");
        Path file = rewrite("rpls2024_guillemets.csv", lines);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_guillemets.csv", "ligne 41", "colonne NOMVOIE", "ligne 91");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void mixedCrlfAndLfLineEndsLoadEveryRow() throws Exception {
        String[] lines = lines(sample().write(dir.resolve("source.csv")));
        for (int i = 0; i < lines.length; i += 3) {
            lines[i] = lines[i].replace("\n", "\r\n");
        }
        Path file = rewrite("rpls2024_mixte.csv", lines);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(ROWS + " lignes lues, " + ROWS + " chargées, 0 rejetées");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(ROWS);
        assertThat(ws.count("SELECT count(*) FROM rpls_logement WHERE nomvoie LIKE '%' || chr(13) || '%' "
                + "OR y::VARCHAR LIKE '%' || chr(13) || '%'")).isZero();
        ws.assertNoTemporaryFile();
    }

    @Test
    void aNulByteFarAfterTheStartIsFoundAndTheFileRefused() throws Exception {
        RplsFixture big = RplsFixture.modern(false).lf().rows(2000);
        String[] lines = lines(big.write(dir.resolve("source.csv")));
        assertThat(String.join("", lines).length()).isGreaterThan(200_000);
        lines[1800] = lines[1800].replace("DES GODRANS", "DES GOD\0RANS");
        Path file = rewrite("rpls2024_nul.csv", lines);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_nul.csv", "octet nul à la ligne 1\u202F801");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void aFiftyMegabyteFieldIsListedInTheRejectFileWithItsLine() throws Exception {
        Path file = dir.resolve("rpls2024_champ_geant.csv");
        String[] lines = lines(sample().write(dir.resolve("source.csv")));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < lines.length; i++) {
                if (i == 120) {
                    String[] parts = lines[i].split("DES GODRANS", 2);
                    out.write(parts[0].getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "X".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int k = 0; k < 50; k++) {
                        out.write(chunk);
                    }
                    out.write(parts[1].getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(lines[i].getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(ROWS + " lignes lues, " + (ROWS - 1) + " chargées, 1 rejetées");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(ROWS - 1);
        assertThat(ws.rejects()).contains("rpls2024_champ_geant.csv;121;(ligne entière)", "ligne trop longue",
                "au-delà de la limite de 1 Mo");
        ws.assertNoTemporaryFile();
    }

    @Test
    void twoColumnsWithTheSameNameAreRefusedNamingTheColumn() throws Exception {
        Path source = sample().write(dir.resolve("source.csv"));
        Path file = dir.resolve("rpls2024_doublon_colonne.csv");
        Files.writeString(file, Files.readString(source).replaceFirst("COMPLGEO", "NOMVOIE"));

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_doublon_colonne.csv", "deux colonnes nommées « NOMVOIE »");
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void aRecordWithTheWrongFieldCountIsRejectedWithItsLineAndTheOthersLoad() throws Exception {
        Path file = sample().rawLine("21231;Dijon;12;RUE").write(dir.resolve("rpls2024_champs.csv"));

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(ROWS);
        assertThat(ws.rejects()).contains("rpls2024_champs.csv;" + (ROWS + 2) + ";(ligne entière)",
                "nombre de champs incorrect");
    }

    @Test
    void badInseeCodesAndUnparseableNumbersAreRejectedWithLineAndColumn() throws Exception {
        RplsFixture fixture = sample();
        fixture.row(Map.of("DEPCOM", "2l231")).row(Map.of("SURFHAB", "soixante"));
        Path file = fixture.write(dir.resolve("rpls2024_valeurs.csv"));

        CliRun run = ws.importFile(file, "--max-rejets", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(ROWS);
        assertThat(ws.rejects()).contains(";" + (ROWS + 2) + ";DEPCOM;2l231;code commune INSEE invalide",
                ";" + (ROWS + 3) + ";SURFHAB;soixante;surface habitable illisible");
    }

    @Test
    void aFileTruncatedInTheMiddleOfARecordRejectsThatRecordOnly() throws Exception {
        String text = Files.readString(sample().write(dir.resolve("source.csv")));
        Path file = dir.resolve("rpls2024_tronque.csv");
        Files.writeString(file, text.substring(0, text.length() - 40));

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isEqualTo(ROWS - 1);
        assertThat(ws.rejects()).contains(";" + (ROWS + 1) + ";(ligne entière)", "nombre de champs incorrect");
    }

    @Test
    void binaryEmptyHeaderOnlyAndUtf16FilesAreRefusedAndNothingIsLoaded() throws Exception {
        Path binary = dir.resolve("rpls2024_binaire.csv");
        Files.write(binary, new byte[] {'P', 'K', 5, 6, 0, 0, 0, (byte) 0xFF, 1, 2});
        Path empty = Files.createFile(dir.resolve("rpls2024_vide.csv"));
        Path headerOnly = dir.resolve("rpls2024_entete.csv");
        Files.writeString(headerOnly, lines(sample().write(dir.resolve("source.csv")))[0]);
        Path utf16 = dir.resolve("rpls2024_utf16.csv");
        Files.write(utf16, Files.readString(dir.resolve("source.csv")).getBytes(StandardCharsets.UTF_16LE));

        for (Path file : new Path[] {binary, empty, headerOnly, utf16}) {
            CliRun run = ws.importFile(file);
            assertThat(run.exitCode()).as(file + " : " + run.err()).isEqualTo(3);
            assertThat(run.err()).contains(file.getFileName().toString());
        }
        assertThat(ws.count("SELECT count(*) FROM rpls_logement")).isZero();
        ws.assertNoTemporaryFile();
    }

    @Test
    void aFirstLineOfMoreThanOneMegabyteWithoutLineEndIsRefused() throws Exception {
        Path file = dir.resolve("rpls2024_sans_fin.csv");
        Files.writeString(file, "DEPCOM;" + "A".repeat(3 << 20));

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rpls2024_sans_fin.csv", "dépasse 1 Mo sans fin de ligne");
    }
}
