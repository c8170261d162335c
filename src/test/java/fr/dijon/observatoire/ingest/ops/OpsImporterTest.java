package fr.dijon.observatoire.ingest.ops;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsImporterTest {

    /** A consistent row: 20 dwellings, 18 let, 15 respondents; bands 5+4+3+2+1. */
    private static final String GOOD = "20;18;2;18;15;5;4;3;2;1;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1";

    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void open() throws Exception {
        c = TestDatabase.open(dir);
        Path rpls = RplsFixture.modern(false).rows(6)
                .row(Map.of("NUMVOIE", "3", "TYPVOIE", "AV", "NOMVOIE", "Jean Jaurès", "DEPCOM", "21166", "LIBCOM", "Chenôve"))
                .write(dir.resolve("rpls2024.csv"));
        new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(rpls),
                new RplsImportOptions(2024, 0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private ImportReport load(Path file, double maxRejects) throws Exception {
        return new OpsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new OpsImportOptions(maxRejects, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    private Path file(String name, List<String> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(OpsSampleGenerator.HEADER);
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void linksRowsByIdentifierOrAddressAndKeepsUnlinkedRowsListed() throws Exception {
        String residence = string(c, "SELECT residence_id FROM residence WHERE depcom = '21231'");
        Path file = file("ops2024.csv", List.of(
                "2024;residence;" + residence + ";21231;;;" + GOOD,
                "2024;adresse;;21166;3 avenue Jean-Jaurès;;" + GOOD,
                "2024;adresse;;21231;99 rue Imaginaire;;" + GOOD,
                "2024;commune;;21166;;QN02101M;" + GOOD,
                "2024;commune;;21166;;hors_qpv;" + GOOD));

        ImportReport report = load(file, 0.01);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.millesime()).isEqualTo(2024);
        assertThat(report.rowsLoaded()).isEqualTo(5);
        assertThat(string(c, "SELECT string_agg(rattachement, ',' ORDER BY ligne_source) FROM ops_occupation"))
                .isEqualTo("identifiant,adresse,non rattaché,commune,commune");
        assertThat(string(c, "SELECT residence_id FROM ops_occupation WHERE rattachement = 'adresse'"))
                .isEqualTo(string(c, "SELECT residence_id FROM residence WHERE depcom = '21166'"));
        assertThat(report.notes()).hasSize(2);
        assertThat(report.notes().get(0)).startsWith("1 ligne(s) non rattachée(s)");
        assertThat(report.notes().get(1)).isEqualTo("ligne 4 non rattachée : 99 rue Imaginaire (21231)");
        Path unlinked = dir.resolve("rejets").resolve("ops2024-" + report.sha256().substring(0, 8) + "-non-rattachees.csv");
        assertThat(Files.readAllLines(unlinked)).hasSize(2).last().asString().contains("ops2024.csv;4;21231;;99 rue Imaginaire");
    }

    @Test
    void rejectsEveryInconsistentRowWithAFrenchReason() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("2024;adresse;;21231;1 rue A;;20;18;2;18;15;5;4;3;2;2;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1");
        rows.add("2024;adresse;;21231;2 rue B;;20;18;2;18;15;5;4;3;2;1;16;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1");
        rows.add("2024;adresse;;21231;3 rue C;;20;18;2;18;15;5;4;3;2;1;-9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1");
        rows.add("2024;adresse;;21231;4 rue D;;20;18;2;18;15;5;4;3;2;1;9,5;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1");
        rows.add("2024;adresse;;99999;5 rue E;;" + GOOD);
        rows.add("2024;immeuble;;21231;6 rue F;;" + GOOD);
        rows.add("2024;commune;;21231;;QN99999X;" + GOOD);
        rows.add("2024;adresse;;21231;8 rue H;;20;18;2;18;15;5;4;3;2;1;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1".replace(";9;6;2", ";;6;2"));
        rows.add("2024;adresse;;21231;9 rue I;;" + GOOD);
        // A recent mover under 20 % of the ceilings, where the survey counts no household under 20 %.
        rows.add("2024;adresse;;21231;10 rue J;;20;18;2;18;15;0;4;3;5;3;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1");
        Path file = file("ops_rejets_2024.csv", rows);

        ImportReport report = load(file, 0.99);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsRejected()).isEqualTo(9);
        assertThat(count(c, "SELECT count(*) FROM ops_occupation")).isEqualTo(1);
        String rejects = Files.readString(report.rejectsFile());
        assertThat(rejects).contains(
                ";2;menages_repondants;15;les tranches de revenus font 16 ménages, au lieu des 15 ménages répondants",
                ";3;menages_apl;16;ménages bénéficiaires de l'APL ou de l'AL (16) dépasse le nombre de ménages répondants (15)",
                ";4;menages_apl;-9;valeur négative impossible",
                ";5;menages_apl;9,5;nombre entier attendu (ménages bénéficiaires de l'APL ou de l'AL)",
                ";6;depcom;99999;code commune inconnu du référentiel des communes",
                ";7;niveau;immeuble;niveau inconnu : residence, adresse ou commune attendu",
                ";8;perimetre;QN99999X;périmètre inconnu pour une ligne communale",
                ";9;menages_apl;;valeur obligatoire manquante (ménages bénéficiaires de l'APL ou de l'AL)",
                ";11;em_rev_moins_20;1;emménagés récents sous 20 % du plafond PLUS (1) dépasse le nombre de ménages sous 20 % "
                        + "du plafond PLUS (0)");
    }

    @Test
    void refusesTheFileAboveTheThresholdAndKeepsSeveralSurveyYears() throws Exception {
        load(file("ops2022.csv", List.of("2022;adresse;;21231;12 rue des Godrans;;" + GOOD)), 0.01);
        ImportReport refused = load(file("ops2024_mauvais.csv", List.of(
                "2024;adresse;;21231;12 rue des Godrans;;" + GOOD, "2024;adresse;;21231;1 rue X;;" + GOOD.replace("20;18;2", "-1;18;2"))), 0.01);
        assertThat(refused.status()).isEqualTo(ImportStatus.REFUSE);
        assertThat(count(c, "SELECT count(*) FROM ops_occupation WHERE annee_enquete = 2024")).isZero();

        load(file("ops2024.csv", List.of("2024;adresse;;21231;12 rue des Godrans;;" + GOOD)), 0.01);
        load(file("ops2024_bis.csv", List.of("2024;adresse;;21231;12 rue des Godrans;;" + GOOD,
                "2024;adresse;;21231;14 rue des Godrans;;" + GOOD)), 0.01);
        assertThat(string(c, "SELECT string_agg(annee_enquete || ':' || n, ' ' ORDER BY annee_enquete) FROM "
                + "(SELECT annee_enquete, count(*) n FROM ops_occupation GROUP BY 1)")).isEqualTo("2022:1 2024:2");
        assertThat(string(c, "SELECT rattachement FROM ops_occupation WHERE annee_enquete = 2022")).isEqualTo("adresse");
    }
}
