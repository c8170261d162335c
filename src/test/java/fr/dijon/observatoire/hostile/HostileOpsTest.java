package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import fr.dijon.observatoire.store.ParisTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile OPS extracts: duplicated residences, future years, a second file for a year, rejects with their values. */
class HostileOpsTest extends HostileTest {

    /** A consistent row: 20 dwellings, 18 let, 15 respondents; bands 5+4+3+2+1. */
    private static final String GOOD = "20;18;2;18;15;5;4;3;2;1;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1";

    private Path file(String name, List<String> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(OpsSampleGenerator.HEADER);
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static List<String> addresses(int year, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(year + ";adresse;;21231;" + i + " rue des Godrans;;" + GOOD);
        }
        return rows;
    }

    @Test
    void aDuplicatedResidenceRowIsRejectedWithBothLinesAndNeverCountedTwice() throws Exception {
        List<String> rows = addresses(2024, 10);
        rows.add("2024;adresse;;21231;3  RUE DES GODRANS ;;" + GOOD);
        Path file = file("ops2024_doublon.csv", rows);

        CliRun run = ws.importFile(file, "--max-rejets", "50");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("11 lignes lues, 9 chargées, 2 rejetées");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation WHERE adresse ILIKE '3 %'")).isZero();
        assertThat(ws.count("SELECT sum(logements) FROM ops_occupation")).isEqualTo(9 * 20);
        assertThat(ws.rejects()).contains("ops2024_doublon.csv;4;adresse;3 rue des Godrans;\"ligne en double",
                "qu'à la ligne 12", "ops2024_doublon.csv;12;adresse;\"3  RUE DES GODRANS \";\"ligne en double", "qu'à la ligne 4");
    }

    @Test
    void aSurveyYearInTheFutureIsRejectedForARowAndRefusedForAWholeFile() throws Exception {
        int next = Year.now(ParisTime.ZONE).getValue() + 1;
        List<String> rows = addresses(2024, 150);
        rows.add(next + ";adresse;;21231;99 rue des Godrans;;" + GOOD);

        CliRun oneRow = ws.importFile(file("ops_une_ligne_future.csv", rows));
        CliRun wholeFile = ws.importFile(file("ops_futur.csv", addresses(next, 5)));

        assertThat(oneRow.exitCode()).as(oneRow.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM ops_occupation WHERE annee_enquete > 2024")).isZero();
        assertThat(wholeFile.exitCode()).isEqualTo(3);
        assertThat(wholeFile.err()).contains("ops_futur.csv", "trop de lignes rejetées : 5 sur 5");
        assertThat(Files.readString(ws.out.resolve("rejets").resolve(Files.list(ws.out.resolve("rejets"))
                .filter(p -> p.getFileName().toString().startsWith("ops_futur")).findFirst().orElseThrow().getFileName())))
                .contains("ops_futur.csv;2;annee_enquete;" + next + ";année d'enquête dans le futur");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation")).isEqualTo(150);
    }

    @Test
    void aSecondFileForAYearLeavesATruthfulRegisterAndTheFirstCanBeRestored() throws Exception {
        Path first = file("ops2024.csv", addresses(2024, 4));
        Path second = file("ops2024_corrige.csv", addresses(2024, 3));

        assertThat(ws.importFile(first).exitCode()).isZero();
        assertThat(ws.importFile(second).exitCode()).isZero();
        assertThat(ws.string("SELECT string_agg(nom || ':' || statut, ' ' ORDER BY nom) FROM import_fichier"))
                .isEqualTo("ops2024.csv:remplacé ops2024_corrige.csv:chargé");
        assertThat(ws.string("SELECT motif FROM import_fichier WHERE nom = 'ops2024.csv'"))
                .contains("remplacé par ops2024_corrige.csv");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation")).isEqualTo(3);

        CliRun restore = ws.importFile(first);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("importé").doesNotContain("déjà importé");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation")).isEqualTo(4);
        assertThat(ws.string("SELECT string_agg(nom || ':' || statut, ' ' ORDER BY nom) FROM import_fichier"))
                .isEqualTo("ops2024.csv:chargé ops2024_corrige.csv:remplacé");
    }

    @Test
    void theRejectFileOfAnOpsImportNamesTheColumnAndTheValue() throws Exception {
        List<String> rows = addresses(2024, 20);
        rows.add("2024;adresse;;21231;21 rue des Godrans;;" + GOOD.replaceFirst("^20;18", "20;douze"));
        rows.add("2024;adresse;;2l231;22 rue des Godrans;;" + GOOD);

        CliRun run = ws.importFile(file("ops2024_valeurs.csv", rows), "--max-rejets", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.rejects()).contains("ops2024_valeurs.csv;22;logements_occupes;douze;nombre entier attendu",
                "ops2024_valeurs.csv;23;depcom;2l231;code commune inconnu");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation")).isEqualTo(20);
        ws.assertNoTemporaryFile();
    }
}
