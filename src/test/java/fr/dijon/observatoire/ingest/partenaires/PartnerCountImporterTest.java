package fr.dijon.observatoire.ingest.partenaires;

import static fr.dijon.observatoire.store.TestDatabase.count;
import static fr.dijon.observatoire.store.TestDatabase.string;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.ingest.ImportReport;
import fr.dijon.observatoire.ingest.ImportStatus;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.reference.IndicatorCatalogueLoader;
import fr.dijon.observatoire.store.TestDatabase;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerCountImporterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final String HEADER = "periode;partenaire;indicateur;territoire;valeur;commentaire";

    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void open() throws Exception {
        c = TestDatabase.open(dir);
        new IndicatorCatalogueLoader(Path.of("jobs")).load(c);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    private ImportReport load(Path file, double maxRejects) throws Exception {
        return new PartnerCountImporter().importFile(c,
                new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(file),
                new PartnerCountOptions(maxRejects, dir.resolve("rejets"), NOW, LoadProgress.NONE, LoadCheckpoint.NONE));
    }

    private Path file(String name, String... rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void loadsCountsForCommunesEpciAndQpvWithFrenchDecimals() throws Exception {
        Path file = file("partenaires_2026-10.csv",
                "2026-10;SIAO21;demandes_115;242100410;1350;",
                "2026-10;HEBERGEMENT;taux_occupation_hebergement_urgence;242100410;97,5;estimation",
                "2026-10;MARAUDE;contacts_maraude;21231;640;",
                "2026-10;MARAUDE;contacts_maraude;QN02103M;120;");

        ImportReport report = load(file, 0.01);

        assertThat(report.status()).isEqualTo(ImportStatus.CHARGE);
        assertThat(report.rowsLoaded()).isEqualTo(4);
        assertThat(string(c, "SELECT valeur FROM partenaire_valeur WHERE indicateur LIKE 'taux%'")).isEqualTo("97.5");
        assertThat(string(c, "SELECT string_agg(territoire_type, ',' ORDER BY territoire) FROM partenaire_valeur"))
                .isEqualTo("commune,epci,epci,qpv");
    }

    @Test
    void rejectsEveryInvalidRowAndNamesBothLinesOfADuplicate() throws Exception {
        Path file = file("partenaires_rejets.csv",
                "2026-13;SIAO21;demandes_115;242100410;10;",
                "2027-01;SIAO21;demandes_115;242100410;10;",
                "2026-10;SIAO21;indicateur_mystere;242100410;10;",
                "2026-10;SIAO21;demandes_115;75056;10;",
                "2026-10;SIAO21;demandes_non_pourvues_115;242100410;-4;",
                "2026-10;SIAO21;personnes_distinctes_115;242100410;12,5;",
                "2026-10;MARAUDE;contacts_maraude;242100410;dix;",
                "2026-09;SIAO21;demandes_115;242100410;1300;",
                "2026-09;SIAO21;demandes_115;242100410;1310;",
                "2026-10;HEBERGEMENT;taux_occupation_insertion;242100410;91,3;");

        ImportReport report = load(file, 0.99);

        assertThat(report.rowsRejected()).isEqualTo(9);
        assertThat(report.rowsLoaded()).isEqualTo(1);
        List<String> lines = Files.readAllLines(report.rejectsFile());
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "partenaires_rejets.csv;2;periode;2026-13;période mal formée : AAAA-MM attendu (ex. 2026-10)",
                "partenaires_rejets.csv;3;periode;2027-01;période dans le futur (mois courant : 2026-11)",
                "partenaires_rejets.csv;4;indicateur;indicateur_mystere;indicateur inconnu du catalogue (jobs/catalogue-indicateurs.csv)",
                "partenaires_rejets.csv;5;territoire;75056;territoire inconnu : code commune INSEE, SIREN de l'EPCI ou code QPV attendu",
                "partenaires_rejets.csv;6;valeur;-4;valeur négative impossible",
                "partenaires_rejets.csv;7;valeur;12,5;nombre entier attendu : l'indicateur est un compte (personnes)",
                "partenaires_rejets.csv;8;valeur;dix;valeur illisible : un nombre est attendu",
                "partenaires_rejets.csv;9;indicateur;demandes_115;doublon : même période, partenaire, indicateur et territoire qu'à la ligne 10",
                "partenaires_rejets.csv;10;indicateur;demandes_115;doublon : même période, partenaire, indicateur et territoire qu'à la ligne 9");
    }

    @Test
    void refusesAFileWithPersonalDataColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("partenaires_nominatif.csv"),
                "periode;partenaire;indicateur;territoire;valeur;Nom;Prénom;Date de naissance\n"
                        + "2026-10;SIAO21;demandes_115;242100410;1;DUPONT;Jean;01/02/1980\n");

        ImportReport report = load(file, 0.01);

        assertThat(report.status()).isEqualTo(ImportStatus.REFUSE);
        assertThat(report.reason()).contains("données personnelles (Nom, Prénom, Date de naissance)",
                "comptages agrégés");
        assertThat(count(c, "SELECT count(*) FROM partenaire_valeur")).isZero();
        assertThat(string(c, "SELECT statut FROM import_fichier")).isEqualTo("refusé");
    }

    @Test
    void aResentValueBecomesCurrentAndTheOldOneStaysInTheHistory() throws Exception {
        Path first = file("partenaires_2026-09.csv", "2026-09;SIAO21;demandes_115;242100410;1300;",
                "2026-09;SIAO21;demandes_non_pourvues_115;242100410;300;");
        Path second = Files.write(dir.resolve("partenaires_2026-10.csv"), (HEADER.replace(';', ',') + "\n"
                + "2026-10,SIAO21,demandes_115,242100410,1400,\n"
                + "2026-09,SIAO21,demandes_115,242100410,1337,\"révision : appels du week-end\"\n"
                + "2026-09,SIAO21,demandes_non_pourvues_115,242100410,300,\n").getBytes(Charset.forName("windows-1252")));

        load(first, 0.01);
        ImportReport report = load(second, 0.01);

        assertThat(report.notes()).containsExactly("révision 2026-09 SIAO21 demandes_115 242100410 : 1\u202F300 → 1\u202F337");
        assertThat(string(c, "SELECT valeur FROM partenaire_valeur WHERE periode = '2026-09' AND indicateur = 'demandes_115'"))
                .isEqualTo("1337.0");
        assertThat(string(c, "SELECT commentaire FROM partenaire_valeur WHERE periode = '2026-09' AND indicateur = 'demandes_115'"))
                .isEqualTo("révision : appels du week-end");
        assertThat(count(c, "SELECT count(*) FROM partenaire_valeur_historique")).isEqualTo(1);
        assertThat(string(c, "SELECT valeur || ' ' || nouvelle_valeur FROM partenaire_valeur_historique")).isEqualTo("1300.0 1337.0");
        assertThat(string(c, "SELECT h.import_sha256 = f.sha256 FROM partenaire_valeur_historique h, import_fichier f "
                + "WHERE f.nom = 'partenaires_2026-09.csv'")).isEqualTo("true");
        assertThat(count(c, "SELECT count(*) FROM partenaire_valeur")).isEqualTo(3);
    }

    @Test
    void listsTheExpectedCountsStillMissingForAMonth() throws Exception {
        load(file("partenaires_2026-10.csv", "2026-10;SIAO21;demandes_115;242100410;1350;",
                "2026-10;DDETS21;places_insertion;242100410;310;"), 0.01);

        List<Completeness.Missing> missing = new Completeness().missing(c, YearMonth.of(2026, 10));
        List<Completeness.Missing> december = new Completeness().missing(c, YearMonth.of(2026, 12));

        long monthly = count(c, "SELECT count(*) FROM ref_indicateur WHERE periodicite = 'mensuelle'");
        assertThat(missing).hasSize((int) monthly - 2);
        assertThat(missing).extracting(Completeness.Missing::indicator)
                .contains("demandes_non_pourvues_115", "contacts_maraude")
                .doesNotContain("demandes_115", "places_insertion", "personnes_rue_nuit_solidarite");
        assertThat(missing).filteredOn(m -> m.indicator().equals("places_hebergement_urgence"))
                .extracting(Completeness.Missing::partners).containsExactly("HEBERGEMENT ou DDETS21");
        assertThat(december).extracting(Completeness.Missing::indicator).contains("personnes_rue_nuit_solidarite");
    }
}
