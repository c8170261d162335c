package fr.dijon.observatoire.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dijon.observatoire.publication.PublishedDictionary;
import fr.dijon.observatoire.publication.PublishedMarts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models of jobs/ as a dbt project: schema files, their data and unit tests, dependencies from DuckDB's parser. */
class ModelProjectTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static GoldenDataset data;

    @BeforeAll
    static void compute() throws Exception {
        data = GoldenDataset.loi(shared);
        data.partners("2026-09;SIAO21;demandes_115;242100410;1300\n2026-10;SIAO21;demandes_115;242100410;1350\n");
        data.compute(YearMonth.of(2026, 10));
    }

    @AfterAll
    static void close() throws Exception {
        data.close();
    }

    @Test
    void everyUnitTestOfTheSchemaFilesPasses() throws Exception {
        List<ModelUnitTests.Result> results = ModelUnitTests.run(data.c, new ModelRunner(Path.of("jobs")).models());
        assertThat(results).hasSizeGreaterThanOrEqualTo(10);
        assertThat(results.stream().filter(r -> !r.passed()).map(ModelUnitTests.Result::describe)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theDataTestsHoldOnAComputation() throws Exception {
        ModelRunner runner = new ModelRunner(Path.of("jobs"));
        assertThat(runner.dataTests(data.c, runner.models())).isEmpty();
    }

    @Test
    void everyModelHasItsSchemaFileWithItsTests() throws Exception {
        List<SqlModel> models = new ModelRunner(Path.of("jobs")).models();
        assertThat(models).hasSizeGreaterThanOrEqualTo(57);
        assertThat(models.stream().filter(m -> m.schema() == null).map(SqlModel::path))
                .as("modèles sans fichier de schéma (jobs/models/<couche>/<modèle>.yml)").isEmpty();
        assertThat(models.stream().filter(m -> m.schema().colonnes().stream().allMatch(col -> col.tests() == null
                || col.tests().isEmpty()) && m.schema().tests() == null).map(SqlModel::path))
                .as("modèles sans aucun test de données").isEmpty();
    }

    @Test
    void aSchemaFileDocumentsExactlyTheColumnsItsModelReturns() throws Exception {
        for (SqlModel model : new ModelRunner(Path.of("jobs")).models()) {
            if (model.schema() == null) {
                continue;
            }
            List<String> actual = new java.util.ArrayList<>();
            try (var st = data.c.createStatement(); var rs = st.executeQuery("SELECT column_name FROM duckdb_columns() "
                    + "WHERE schema_name = 'calcul' AND table_name = '" + model.name() + "' ORDER BY column_index")) {
                while (rs.next()) {
                    actual.add(rs.getString(1));
                }
            }
            assertThat(model.schema().colonnes().stream().map(ModelSchema.Column::nom).toList())
                    .as("colonnes documentées dans jobs/models/" + model.path() + ".yml").isEqualTo(actual);
        }
    }

    @Test
    void thePublicationCarriesTheDocumentationOfItsMarts() throws Exception {
        PublishedDictionary dictionary = PublishedDictionary.read(new PublishedMarts(data.c, "2026-10"));
        assertThat(dictionary.column("mart_metadonnees", "seuil_secret")).get()
                .satisfies(e -> {
                    assertThat(e.label()).isEqualTo("Seuil du secret statistique");
                    assertThat(e.unit()).isEqualTo("ménages ou personnes");
                });
        assertThat(dictionary.columns("mart_sensibilite")).extracting(PublishedDictionary.Entry::column)
                .startsWith("composante", "libelle", "variation");
        assertThat(dictionary.columns("int_residence_stock")).isEmpty();
    }

    @Test
    void theReadmeTablesAreTheOnesTheSchemaFilesGive() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(ReadmeTables.current(readme))
                .as("tables générées du README : lancez « ./observatoire modeles --readme »")
                .isEqualTo(ReadmeTables.generate(new ModelRunner(Path.of("jobs")).models()));
    }

    @Test
    void aBrokenFormulaStopsThePublicationWithItsModelColumnAndRows() throws Exception {
        Path jobs = copyJobs();
        Path model = jobs.resolve("models/intermediate/int_residence_accessibilite.sql");
        String sql = Files.readString(model);
        assertThat(sql).contains("accessibles / loyers_connus");
        Files.writeString(model, sql.replace("accessibles / loyers_connus", "accessibles * 3.0 / loyers_connus"));

        assertThatThrownBy(() -> IndicatorRun.of(data.c, jobs, YearMonth.of(2026, 9)).all(data.c))
                .isInstanceOf(ModelTestException.class)
                .hasMessageContaining("intermediate/int_residence_accessibilite")
                .hasMessageContaining("colonne part_accessible, test expression « part_accessible BETWEEN 0 AND 1 »")
                .hasMessageContaining("1 ligne en défaut")
                .hasMessageContaining("part_accessible = 1.5")
                .hasMessageContaining("rien n'est publié");
        assertThat(data.string("SELECT string_agg(periode, ',') FROM publication")).isEqualTo("2026-10");

        // The unit test catches the same mistake without any data: A has 2 accessible dwellings out of 4.
        List<ModelUnitTests.Result> results = ModelUnitTests.run(data.c, new ModelRunner(jobs).models().stream()
                .filter(m -> m.name().equals("int_residence_accessibilite")).toList());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.describe()).contains("ligne attendue absente : residence_id = A", "part_accessible = 0.5");
        });
    }

    @Test
    void dependenciesAreTheTablesTheSelectReadsNotTheNamesItMentions() throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs/models/staging"));
        Files.createDirectories(dir.resolve("jobs/models/intermediate"));
        Files.writeString(jobs.resolve("stg_a.sql"), "SELECT 1 AS x");
        Files.writeString(jobs.resolve("stg_b.sql"), "-- stg_b : ne lit pas stg_a, il le cite seulement.\n"
                + "WITH stg_a AS (SELECT 2 AS x) SELECT x, 'stg_a' AS nom FROM stg_a");
        Files.writeString(dir.resolve("jobs/models/intermediate/int_c.sql"), "WITH t AS (SELECT * FROM stg_b) "
                + "SELECT * FROM t JOIN main.residence r ON true WHERE x IN (SELECT x FROM stg_a)");

        Map<String, SqlModel> models = new ModelRunner(dir.resolve("jobs")).models().stream()
                .collect(Collectors.toMap(SqlModel::name, m -> m));
        assertThat(models.get("stg_b").inputs()).isEmpty();
        assertThat(models.get("int_c").inputs()).containsExactly("residence", "stg_a", "stg_b");
        assertThat(models.get("int_c").dependencies()).containsExactly("stg_a", "stg_b");
    }

    @Test
    void theRealModelsReadTheirInputsAndNotTheirCommonTableExpressions() throws Exception {
        Map<String, SqlModel> models = new ModelRunner(Path.of("jobs")).models().stream()
                .collect(Collectors.toMap(SqlModel::name, m -> m));
        // int_territoire_indicateur names its WITH blocks « stock », « rpls », « ops »: they are not inputs.
        assertThat(models.get("int_territoire_indicateur").inputs()).contains("int_residence_stock")
                .doesNotContain("stock", "rpls", "ops");
        assertThat(models.get("mart_taux_mensuel").dependencies()).containsExactly("mart_serie_mensuelle");
        assertThat(models.get("stg_logement").inputs())
                .containsExactly("param_execution", "param_territoire", "rpls_logement_effectif");
    }

    private Path copyJobs() throws Exception {
        return fr.dijon.observatoire.store.TestTrees.copy(Path.of("jobs"), dir.resolve("jobs"));
    }
}
