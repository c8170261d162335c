package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.ingest.rpls.RplsFixture;
import fr.dijon.observatoire.sample.OpsSampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal data under other names, in column names or in values: the file is refused with exit 3, nothing loaded. */
class HostilePersonalDataTest extends HostileTest {

    private static final String HEADER = "periode;partenaire;indicateur;territoire;valeur;commentaire";

    private Path partnerFile(String name, String header, String... extraRows) throws Exception {
        StringBuilder text = new StringBuilder(header).append('\n');
        text.append("2026-01;SIAO21;demandes_115;242100410;1350;").append(header.equals(HEADER) ? "" : ";x").append('\n');
        for (String row : extraRows) {
            text.append(row).append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nom de famille", "N° sécurité sociale", " Téléphone "})
    void aColumnNamedLikePersonalDataIsRefusedNamingIt(String column) throws Exception {
        Path file = partnerFile("comptages.csv", HEADER + ";" + column);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("comptages.csv", "données personnelles (" + column.strip() + ")");
        assertThat(ws.count("SELECT count(*) FROM partenaire_valeur")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dupont Jean né le 12/03/1985 NIR 1 85 03 21 231 456 78",
        "rappeler au 06 12 34 56 78", "contact : jean.dupont@example.org", "suivi de Mme Martin", "2850321231456"})
    void aCommentHoldingPersonalDataIsRefusedNamingTheColumnAndTheLineWithoutRepeatingIt(String comment)
            throws Exception {
        Path file = partnerFile("comptages_commentaire.csv", HEADER,
                "2026-02;SIAO21;demandes_115;242100410;1337;" + comment);

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("comptages_commentaire.csv", "ligne 3", "colonne commentaire",
                "ce qui ressemble à").doesNotContain(comment);
        assertThat(ws.count("SELECT count(*) FROM partenaire_valeur")).isZero();
    }

    @Test
    void ordinaryCommentsStillLoad() throws Exception {
        Path file = partnerFile("comptages_ok.csv", HEADER,
                "2026-02;SIAO21;demandes_115;242100410;1337;révision du 12/03/2026 : appels du week-end ajoutés",
                "2026-03;SIAO21;demandes_115;242100410;1401;M. le directeur a validé, 2 places fermées");

        CliRun run = ws.importFile(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.count("SELECT count(*) FROM partenaire_valeur")).isEqualTo(3);
    }

    @Test
    void anOpsOrRplsFileWithAPersonColumnIsRefusedButTheBuildingAddressIsNot() throws Exception {
        Path ops = Files.writeString(dir.resolve("ops2024.csv"), OpsSampleGenerator.HEADER + ";nom_locataire\n"
                + "2024;adresse;;21231;12 rue des Godrans;;20;18;2;18;15;5;4;3;2;1;9;6;2;4;3;1;1;5;6;3;22;10;7;5;3;1;1;1;0;0;2;1;x\n");
        Path rpls = RplsFixture.modern(false).rows(5).write(dir.resolve("rpls2024.csv"));
        Path rplsWithName = dir.resolve("rpls2024_locataires.csv");
        Files.writeString(rplsWithName, Files.readString(rpls).replaceFirst("IMMEU", "Prénom locataire"));

        CliRun opsRun = ws.importFile(ops);
        CliRun rplsRun = ws.importFile(rplsWithName);

        assertThat(opsRun.exitCode()).as(opsRun.err()).isEqualTo(3);
        assertThat(opsRun.err()).contains("ops2024.csv", "(nom_locataire)");
        assertThat(rplsRun.exitCode()).as(rplsRun.err()).isEqualTo(3);
        assertThat(rplsRun.err()).contains("rpls2024_locataires.csv", "(Prénom locataire)");
        assertThat(ws.count("SELECT count(*) FROM ops_occupation") + ws.count("SELECT count(*) FROM rpls_logement")).isZero();
        assertThat(ws.importFile(rpls).exitCode()).isZero();
    }
}
