package fr.dijon.observatoire.ingest.rpls;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.TextEncoding;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RplsImporterTest {

    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void open() throws Exception {
        c = TestDatabase.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private ImportReport load(Path file, int millesime) throws Exception {
        return load(file, millesime, LoadCheckpoint.NONE);
    }

    private ImportReport load(Path file, int millesime, LoadCheckpoint checkpoint) throws Exception {
        return RplsFixture.importFile(c, dir, file, millesime, checkpoint);
    }

    @Test
    void loadsTheModernLoiLayoutWithTypesSentinelsAndResidences() throws Exception {
        Path file = RplsFixture.modern(true)
                .rows(3)
                .row(Map.of("LOYERPRINC", "9999", "MODE", "2", "DPEDATE", "01/1900", "DPEENERGIE", "",
                        "FINAN_CODE", "10", "NBPIECE", "1", "SURFHAB", "31"))
                .row(Map.of("DEPCOM", "21166", "LIBCOM", "Chenôve", "NUMVOIE", "3", "NOMVOIE", "DU MAIL",
                        "QPV_CODE", "QN02101M", "X", "851800,00", "Y", "6688900,00", "FINAN_CODE", "14"))
                .write(dir.resolve("rpls2024_test.csv"));

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.layout()).isEqualTo("RPLS 2023+, version loi");
        assertThat(report.encoding()).isEqualTo(TextEncoding.UTF8_BOM.label());
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsLoaded()).isEqualTo(5);
        assertThat(report.rejectsFile()).isNull();
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE millesime = 2024")).isEqualTo(5);
        assertThat(string(c, "SELECT surfhab FROM rpls_logement WHERE ident_rep = 'D000000000'")).isEqualTo("64.50");
        assertThat(string(c, "SELECT loyerprinc FROM rpls_logement WHERE ident_rep = 'D000000000'")).isEqualTo("325.40");
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE loyerprinc IS NULL")).isEqualTo(1);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE loyeracc IS NULL")).isEqualTo(5);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE dpe_date IS NULL AND dpeenergie IS NULL"))
                .isEqualTo(1);
        assertThat(string(c, "SELECT finan_groupe FROM rpls_logement WHERE finan_code = '10'")).isEqualTo("PLAI");
        assertThat(string(c, "SELECT finan_groupe FROM rpls_logement WHERE finan_code = '14'")).isEqualTo("PLS");
        assertThat(string(c, "SELECT finan_groupe || finan_avant_1977 FROM rpls_logement WHERE ident_rep = 'D000000000'"))
                .isEqualTo("PLUStrue");
        assertThat(string(c, "SELECT datconv FROM rpls_logement WHERE ident_rep = 'D000000000'")).isEqualTo("1995-03-15");
        assertThat(string(c, "SELECT qpv_code || en_qpv FROM rpls_logement WHERE depcom = '21166'")).isEqualTo("QN02101Mtrue");
        assertThat(string(c, "SELECT typeof(depcom) FROM rpls_logement LIMIT 1")).isEqualTo("VARCHAR");

        assertThat(count(c, "SELECT count(*) FROM residence")).isEqualTo(2);
        assertThat(count(c, "SELECT nb_logements FROM residence WHERE depcom = '21231'")).isEqualTo(4);
        assertThat(string(c, "SELECT adresse FROM residence WHERE depcom = '21231'")).isEqualTo("12 rue DES GODRANS");
        assertThat(count(c, "SELECT count(*) FROM residence WHERE depcom = '21231' "
                + "AND lon BETWEEN 4.99 AND 5.10 AND lat BETWEEN 47.29 AND 47.37")).isEqualTo(1);
    }

    @Test
    void loadsTheOldLayoutInWindows1252WithCommaSeparatorAndLf() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        Path file = RplsFixture.old().separator(",").lf().encoding(cp1252, false)
                .row(Map.of("NOMVOIE", "DES ŒILLETS", "LIBCOM", "Dijon", "IMMEU", "RÉSIDENCE L’ÉTOILE, 2 €",
                        "QPV", "1", "FINAN", "12", "SURFHAB", "70.5"))
                .rows(2)
                .write(dir.resolve("rpls_bfc_2021.csv"));

        ImportReport report = load(file, 2021);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.layout()).isEqualTo("RPLS ≤ 2021, version publique");
        assertThat(report.encoding()).isEqualTo(TextEncoding.WINDOWS_1252.label());
        assertThat(report.unknownColumns()).isEmpty();
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE millesime = 2021")).isEqualTo(3);
        assertThat(string(c, "SELECT nomvoie FROM rpls_logement WHERE en_qpv")).isEqualTo("DES ŒILLETS");
        assertThat(string(c, "SELECT programme FROM rpls_logement WHERE en_qpv")).isEqualTo("RÉSIDENCE L’ÉTOILE, 2 €");
        assertThat(string(c, "SELECT finan_groupe FROM rpls_logement WHERE en_qpv")).isEqualTo("PLUS");
        assertThat(string(c, "SELECT surfhab FROM rpls_logement WHERE en_qpv")).isEqualTo("70.50");
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE NOT en_qpv AND qpv_code IS NULL")).isEqualTo(2);
        assertThat(string(c, "SELECT methode_cle FROM residence WHERE en_qpv")).isEqualTo("programme");
    }

    @Test
    void rejectsBadRowsWithLineColumnValueAndFrenchReason() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false).rows(200);
        fixture.row(Map.of("DEPCOM", "2100"));
        fixture.rows(100);
        fixture.rawLine("27;21;242100410;21231;Dijon;1");
        fixture.row(Map.of("NBPIECE", "trois", "SURFHAB", ""));
        fixture.rows(300);
        Path file = fixture.write(dir.resolve("rpls2024_rejets.csv"));

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsRead()).isEqualTo(603);
        assertThat(report.rowsRejected()).isEqualTo(3);
        assertThat(report.rowsLoaded()).isEqualTo(600);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isEqualTo(600);
        List<String> rejects = Files.readAllLines(report.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(report.rejectsFile().getFileName().toString()).startsWith("rpls2024_rejets-").endsWith(".csv");
        assertThat(rejects.get(0)).isEqualTo("\uFEFFfichier;ligne;colonne;valeur;motif");
        assertThat(rejects.subList(1, rejects.size())).containsExactly(
                "rpls2024_rejets.csv;202;DEPCOM;2100;code commune INSEE invalide : 5 caractères attendus (ex. 21231 ou 2A004)",
                "rpls2024_rejets.csv;303;(ligne entière);\"27;21;242100410;21231;Dijon;1\";"
                        + "nombre de champs incorrect : 29 attendus, 6 trouvés",
                "rpls2024_rejets.csv;304;NBPIECE;trois;nombre de pièces illisible : un nombre entier est attendu",
                "rpls2024_rejets.csv;304;SURFHAB;;surface habitable vide");
    }

    @Test
    void refusesTheWholeFileAboveTheRejectThreshold() throws Exception {
        RplsFixture fixture = RplsFixture.modern(false).rows(98);
        fixture.row(Map.of("SURFHAB", "n/a"));
        fixture.row(Map.of("DEPCOM", "ABCDE"));
        Path file = fixture.write(dir.resolve("rpls2024_mauvais.csv"));

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSE);
        assertThat(report.reason()).contains("trop de lignes rejetées : 2 sur 100 (2,0 %)", "seuil de 1 %");
        assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isZero();
        assertThat(count(c, "SELECT count(*) FROM residence")).isZero();
        assertThat(string(c, "SELECT statut FROM import_fichier")).isEqualTo("refusé");
        assertThat(Files.readAllLines(report.rejectsFile())).hasSize(3);
    }

    @Test
    void refusesAFileWithoutARequiredColumnAndNamesIt() throws Exception {
        List<String> header = RplsFixture.MODERN.stream().filter(h -> !h.equals("NBPIECE")).toList();
        Path file = new RplsFixture(header).rows(5).write(dir.resolve("rpls2024_sans_nbpiece.csv"));

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSE);
        assertThat(report.reason()).startsWith("colonne obligatoire absente : NBPIECE");
        assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isZero();
    }

    @Test
    void matchesColumnsCaseInsensitivelyAndListsUnknownColumns() throws Exception {
        List<String> header = new java.util.ArrayList<>(RplsFixture.MODERN.stream().map(String::toLowerCase).toList());
        header.add("COLONNE_MYSTERE");
        Path file = new RplsFixture(header).rows(4).write(dir.resolve("rpls2024_casse.csv"));

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsLoaded()).isEqualTo(4);
        assertThat(report.unknownColumns()).containsExactly("COLONNE_MYSTERE");
    }

    @Test
    void aNewFileForTheSameMillesimeReplacesItsTerritoryAndMarksTheOldImport() throws Exception {
        Path first = RplsFixture.modern(false).rows(10).write(dir.resolve("rpls2024_v1.csv"));
        Path second = RplsFixture.modern(false).rows(7).row(Map.of("NOMVOIE", "DE LA LIBERTE"))
                .write(dir.resolve("rpls2024_v2.csv"));
        Path otherYear = RplsFixture.modern(false).rows(4).write(dir.resolve("rpls2023.csv"));

        load(first, 2024);
        load(otherYear, 2023);
        ImportReport report = load(second, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE millesime = 2024")).isEqualTo(8);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement WHERE millesime = 2023")).isEqualTo(4);
        assertThat(count(c, "SELECT count(DISTINCT import_sha256) FROM rpls_logement WHERE millesime = 2024")).isEqualTo(1);
        assertThat(count(c, "SELECT count(*) FROM residence WHERE millesime = 2024")).isEqualTo(2);
        assertThat(count(c, "SELECT count(*) FROM import_fichier WHERE statut = 'remplacé'")).isEqualTo(1);
        assertThat(string(c, "SELECT nom FROM import_fichier WHERE statut = 'remplacé'")).isEqualTo("rpls2024_v1.csv");
    }

    @Test
    void theResidenceKeyIsStableAcrossMillesimesAndSpellings() throws Exception {
        Path y2023 = RplsFixture.modern(false)
                .row(Map.of("NUMVOIE", "0012", "TYPVOIE", "R", "NOMVOIE", "des Godrans")).write(dir.resolve("rpls2023.csv"));
        Path y2024 = RplsFixture.modern(false)
                .row(Map.of("NUMVOIE", "12", "TYPVOIE", "RUE", "NOMVOIE", "DES GODRANS")).write(dir.resolve("rpls2024.csv"));

        load(y2023, 2023);
        load(y2024, 2024);

        assertThat(count(c, "SELECT count(DISTINCT residence_id) FROM residence")).isEqualTo(1);
        assertThat(count(c, "SELECT count(*) FROM residence")).isEqualTo(2);
    }

    @Test
    void anInjectedFailureMidLoadLeavesNothingAndARerunLoadsOnce() throws Exception {
        Path file = RplsFixture.modern(true).rows(50).write(dir.resolve("rpls2024_panne.csv"));

        assertThatThrownBy(() -> load(file, 2024, point -> {
            if (point.equals("apres-insertion")) {
                throw new IllegalStateException("panne injectée au point « " + point + " »");
            }
        }))
                .hasMessageContaining("panne injectée");
        assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isZero();
        assertThat(count(c, "SELECT count(*) FROM residence")).isZero();
        assertThat(count(c, "SELECT count(*) FROM import_fichier")).isZero();

        ImportReport report = load(file, 2024);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(count(c, "SELECT count(*) FROM rpls_logement")).isEqualTo(50);
        assertThat(count(c, "SELECT count(DISTINCT ident_rep) FROM rpls_logement")).isEqualTo(50);
    }
}
