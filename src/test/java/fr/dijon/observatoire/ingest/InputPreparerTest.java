package fr.dijon.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPreparerTest {

    private static final String CSV = "DEPCOM;NOMVOIE;NBPIECE\r\n21231;\"DES ŒILLETS; L’ÉTÉ\";3\r\n";

    @TempDir
    Path dir;

    private PreparedInput prepare(Path file) throws Exception {
        return new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file);
    }

    @Test
    void detectsUtf8WithBomAndHashesTheFile() throws Exception {
        Path file = dir.resolve("a.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8)));

        PreparedInput input = prepare(file);

        assertThat(input.encoding()).isEqualTo(TextEncoding.UTF8_BOM);
        assertThat(input.sha256()).isEqualTo(FileDigest.sha256(file)).hasSize(64);
        assertThat(input.csv()).isEqualTo(file);
        assertThat(input.header().delimiter()).isEqualTo(';');
        assertThat(input.header().columns()).containsExactly("DEPCOM", "NOMVOIE", "NBPIECE");
    }

    @Test
    void convertsWindows1252ToUtf8KeepingOeQuoteAndEuro() throws Exception {
        Path file = dir.resolve("b.csv");
        Files.write(file, (CSV + "21231;RUE DU 8 € ;2\r\n").getBytes(Charset.forName("windows-1252")));

        PreparedInput input = prepare(file);

        assertThat(input.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(input.csv()).isNotEqualTo(file);
        assertThat(Files.readString(input.csv(), StandardCharsets.UTF_8)).contains("ŒILLETS; L’ÉTÉ", "8 €");
        assertThat(input.sha256()).isEqualTo(FileDigest.sha256(file));
    }

    @Test
    void detectsCommaSeparatorAndPlainUtf8() throws Exception {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "periode,partenaire,indicateur\n2026-01,SIAO,demandes_115\n");

        PreparedInput input = prepare(file);

        assertThat(input.encoding()).isEqualTo(TextEncoding.UTF8);
        assertThat(input.header().delimiter()).isEqualTo(',');
        assertThat(FileType.detect(input.header())).isEqualTo(FileType.PARTENAIRES);
    }

    @Test
    void extractsTheSingleCsvOfAZipAndHashesTheZip() throws Exception {
        Path zip = dir.resolve("rpls2021.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("dossier/rpls2021.csv"));
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        PreparedInput input = prepare(zip);

        assertThat(input.zipped()).isTrue();
        assertThat(input.sha256()).isEqualTo(FileDigest.sha256(zip));
        assertThat(input.csv()).startsWith(dir.resolve("tmp"));
        assertThat(input.csv().getFileName().toString()).endsWith("rpls2021.csv");
        assertThat(Files.readString(input.csv())).isEqualTo(CSV);
    }

    @Test
    void refusesAZipSlipEntryAndWritesNothingOutside() throws Exception {
        Path zip = dir.resolve("piege.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../evil.csv"));
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThatThrownBy(() -> prepare(zip)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("chemin dangereux").hasMessageContaining("../../evil.csv");
        assertThat(dir.resolve("evil.csv")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.csv")).doesNotExist();
    }

    @Test
    void refusesEmptyBinaryAndTruncatedZipFiles() throws Exception {
        Path empty = Files.createFile(dir.resolve("vide.csv"));
        Path binary = dir.resolve("binaire.csv");
        Files.write(binary, new byte[] {0x50, 0x00, 0x01, 0x02, (byte) 0xFF, 0x00});
        Path truncated = dir.resolve("tronque.zip");
        try (OutputStream out = Files.newOutputStream(truncated)) {
            out.write(new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        }

        assertThatThrownBy(() -> prepare(empty)).isInstanceOf(InputRefusedException.class).hasMessageContaining("vide");
        assertThatThrownBy(() -> prepare(binary)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("n'est pas un fichier texte CSV");
        assertThatThrownBy(() -> prepare(truncated)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("illisible ou tronquée");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
