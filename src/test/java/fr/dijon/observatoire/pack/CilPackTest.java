package fr.dijon.observatoire.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dijon.observatoire.indicators.IndicatorRun;
import fr.dijon.observatoire.indicators.ModelSchema;
import fr.dijon.observatoire.ingest.InputPreparer;
import fr.dijon.observatoire.ingest.LoadCheckpoint;
import fr.dijon.observatoire.ingest.LoadProgress;
import fr.dijon.observatoire.ingest.rpls.RplsImportOptions;
import fr.dijon.observatoire.ingest.rpls.RplsImporter;
import fr.dijon.observatoire.sample.RplsSampleGenerator;
import fr.dijon.observatoire.sample.RplsVariant;
import fr.dijon.observatoire.store.TestDatabase;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CilPackTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(e.getLastModifiedTime().toMillis()).isEqualTo(1_577_836_800_000L);
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    @Test
    void thePackHoldsExcelReadyTablesTheirDictionaryMetadataSummaryAndReadMe() throws Exception {
        Path rpls = dir.resolve("rpls2024.csv");
        RplsSampleGenerator.writeDijon(rpls, RplsVariant.LOI, 3_000, 11L);
        Path zip;
        Path second;
        try (Connection c = TestDatabase.open(dir)) {
            new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(rpls),
                    new RplsImportOptions(2024, 0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
            IndicatorRun.of(c, Path.of("jobs"), YearMonth.of(2025, 6)).all(c);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE mart_residence SET adresse = '=HYPERLINK(\"http://exemple.invalid\";\"clic\")' "
                        + "WHERE residence_id = (SELECT min(residence_id) FROM mart_residence)");
            }
            CilPack pack = new CilPack(Path.of("reference-data"));
            zip = pack.build(c, "2025-06", dir.resolve("packs"), LocalDateTime.of(2025, 7, 2, 3, 0));
            Path copy = Files.copy(zip, dir.resolve("premier.zip"));
            second = pack.build(c, "2025-06", dir.resolve("packs"), LocalDateTime.of(2025, 7, 2, 3, 0));
            zip = copy;
        }
        Map<String, byte[]> entries = entries(zip);
        assertThat(entries.keySet()).containsExactly("LISEZMOI.txt", "metadonnees.json", "dictionnaire.csv",
                "residences.csv", "communes.csv", "qpv.csv", "comparaisons_territoires.csv", "unites.csv", "adresses.csv",
                "comparaisons_parc.csv", "sans_abrisme_series.csv", "sans_abrisme_un_an.csv",
                "sans_abrisme_trimestres.csv", "sans_abrisme_annees.csv", "sans_abrisme_cumuls.csv", "objectifs.csv",
                "regle_25.csv", "synthese.pdf");

        List<CSVRecord> residences = csv(entries.get("residences.csv"));
        assertThat(residences).hasSizeGreaterThan(50);
        CSVRecord injected = residences.stream().filter(r -> r.get("adresse").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(injected.get("adresse")).startsWith("'=HYPERLINK");
        assertThat(residences.get(0).get("code_insee")).matches("21\\d{3}");
        assertThat(residences.stream().map(r -> r.get("part_accessible")).filter(v -> !v.isEmpty()))
                .allMatch(v -> v.matches("0|1|0,\\d+")).isNotEmpty();
        assertThat(residences.stream().map(r -> r.get("logements"))).allMatch(v -> v.matches("\\d+"));

        List<CSVRecord> dictionary = csv(entries.get("dictionnaire.csv"));
        for (String table : entries.keySet().stream().filter(n -> n.endsWith(".csv") && !n.equals("dictionnaire.csv"))
                .toList()) {
            List<String> header = new ArrayList<>(csvHeader(entries.get(table)));
            List<String> described = dictionary.stream().filter(r -> r.get("fichier").equals(table)
                    && r.get("code").isEmpty()).map(r -> r.get("colonne")).toList();
            assertThat(described).as(table).containsExactlyElementsOf(header);
        }
        // A reader of the pack has neither the models nor jobs/: the dictionary never sends them there.
        assertThat(dictionary.stream().map(r -> r.get("fichier") + " " + r.get("colonne") + " : "
                + r.get("definition"))).noneMatch(d -> d.matches(".*\\b(mart|int|stg|param)_[a-z_]+.*|.*jobs/.*"));
        // The dictionary is the marts' schema files, as the period was computed with them: a renamed column
        // (depcom AS code_insee) keeps the mart column's documentation, and the indicators' codes are listed.
        ModelSchema residence = ModelSchema.read(Path.of("jobs/models/marts/mart_residence.yml"), "mart_residence");
        ModelSchema.Column depcom = residence.column("depcom").orElseThrow();
        assertThat(row(dictionary, "residences.csv", "code_insee", "")).containsExactly(depcom.libelle(), depcom.unite(),
                depcom.definition(), depcom.source());
        assertThat(row(dictionary, "residences.csv", "occupation_de_groupe", "")).startsWith("Occupation d'un groupe",
                "oui/non");
        ModelSchema territory = ModelSchema.read(Path.of("jobs/models/marts/mart_territoire.yml"), "mart_territoire");
        List<ModelSchema.Value> indicators = territory.column("indicateur").orElseThrow().valeurs();
        assertThat(dictionary.stream().filter(r -> r.get("fichier").equals("communes.csv") && !r.get("code").isEmpty())
                .map(r -> r.get("code")).toList()).isEqualTo(indicators.stream().map(ModelSchema.Value::code).toList());
        ModelSchema.Value share = indicators.stream().filter(v -> v.code().equals("part_qpv")).findFirst().orElseThrow();
        assertThat(row(dictionary, "communes.csv", "indicateur", "part_qpv")).containsExactly(share.libelle(),
                share.unite(), share.definition(), share.source());
        String metadata = new String(entries.get("metadonnees.json"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"periode\" : \"2025-06\"", "\"seuil_secret_statistique\" : 11",
                "\"version_methode\"", "\"sha256\"", "rpls2024.csv", "\"parametres_methode\"", "\"composantes\"", "\"tres_bas_revenus\"",
                "\"version_publication\" : 1");
        assertThat(new String(entries.get("LISEZMOI.txt"), StandardCharsets.UTF_8))
                .contains("PACK D'INDICATEURS", "SECRET STATISTIQUE", "dictionnaire.csv", "synthese.pdf");
        assertThat(new String(entries.get("synthese.pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Map<String, byte[]> again = entries(second);
        for (String name : List.of("LISEZMOI.txt", "metadonnees.json", "dictionnaire.csv", "residences.csv", "communes.csv")) {
            assertThat(again.get(name)).as(name).isEqualTo(entries.get(name));
        }
    }

    @Test
    void thePacksDictionaryComesFromTheSchemaFilesAndAnUndocumentedColumnStopsThePack() throws Exception {
        Path jobs = copyJobs();
        Path territory = jobs.resolve("models/marts/mart_territoire.yml");
        String yml = Files.readString(territory);
        assertThat(yml).contains("definition: Nom du territoire,");
        Files.writeString(territory, yml.replace("definition: Nom du territoire,",
                "definition: Nom officiel du territoire (essai),"));
        Path rule = jobs.resolve("models/marts/mart_regle_25.yml");
        String documented = Files.readString(rule);
        String ratio = documented.substring(documented.indexOf("  - nom: ratio\n"), documented.indexOf("  - nom: objectif\n"));
        Files.writeString(rule, documented.replace(ratio, ""));

        Path rpls = dir.resolve("rpls2024.csv");
        RplsSampleGenerator.writeDijon(rpls, RplsVariant.LOI, 600, 5L);
        try (Connection c = TestDatabase.open(dir)) {
            new RplsImporter().importFile(c, new InputPreparer(dir.resolve("tmp"), LoadProgress.NONE).prepare(rpls),
                    new RplsImportOptions(2024, 0.01, dir.resolve("rejets"), LoadProgress.NONE, LoadCheckpoint.NONE));
            IndicatorRun.of(c, jobs, YearMonth.of(2025, 6)).all(c);
            CilPack pack = new CilPack(Path.of("reference-data"));
            assertThatThrownBy(() -> pack.build(c, "2025-06", dir.resolve("packs"), LocalDateTime.of(2025, 7, 2, 3, 0)))
                    .isInstanceOf(PackDocumentationException.class)
                    .hasMessageContaining("la colonne «\u202Fratio\u202F» de regle_25.csv publie mart_regle_25.ratio")
                    .hasMessageContaining("la publication 2025-06 ne documente pas la colonne ratio")
                    .hasMessageContaining("jobs/models/marts/mart_regle_25.yml")
                    .hasMessageContaining("le pack n'est pas produit");
            assertThat(dir.resolve("packs/pack-cil-2025-06.zip")).doesNotExist();

            // Documented again and recomputed: the pack is built, its dictionary says what the schema files say.
            Files.writeString(rule, documented);
            IndicatorRun.of(c, jobs, YearMonth.of(2025, 6)).all(c);
            Map<String, byte[]> entries = entries(pack.build(c, "2025-06", dir.resolve("packs"),
                    LocalDateTime.of(2025, 7, 2, 3, 0)));
            List<CSVRecord> dictionary = csv(entries.get("dictionnaire.csv"));
            assertThat(row(dictionary, "communes.csv", "territoire", "")).containsExactly("Territoire", "texte",
                    "Nom officiel du territoire (essai)", "COG (INSEE), QPV 2024 (ANCT)");
            ModelSchema.Column documentedRatio = ModelSchema.read(rule, "mart_regle_25").column("ratio").orElseThrow();
            assertThat(row(dictionary, "regle_25.csv", "ratio", "")).containsExactly(documentedRatio.libelle(),
                    documentedRatio.unite(), documentedRatio.definition(), documentedRatio.source());
        }
    }

    /** A dictionary row's label, unit, definition and source. */
    private static List<String> row(List<CSVRecord> dictionary, String file, String column, String code) {
        return dictionary.stream().filter(r -> r.get("fichier").equals(file) && r.get("colonne").equals(column)
                        && r.get("code").equals(code)).findFirst()
                .map(r -> List.of(r.get("libelle"), r.get("unite"), r.get("definition"), r.get("source")))
                .orElseThrow(() -> new AssertionError("pas de ligne " + file + " / " + column + " / " + code));
    }

    private Path copyJobs() throws Exception {
        return fr.dijon.observatoire.store.TestTrees.copy(Path.of("jobs"), dir.resolve("jobs"));
    }

    private static List<String> csvHeader(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return List.of(text.substring(0, text.indexOf("\r\n")).split(";"));
    }
}
