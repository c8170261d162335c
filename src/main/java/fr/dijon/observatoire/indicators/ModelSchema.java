package fr.dijon.observatoire.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schema file of a model, {@code jobs/models/<couche>/<nom>.yml}, as dbt's: the model's description, each
 * column's French label, unit, definition and source (and, for a column of codes, each code's documentation), the
 * data tests that must hold after each computation, and the unit tests of its formula (given input rows, expected
 * output rows).
 */
public record ModelSchema(String modele, String description, List<Column> colonnes, List<JsonNode> tests,
                          List<UnitTest> testsUnitaires) {

    /** One documented column; {@code valeurs} documents the codes a column of codes takes. */
    public record Column(String nom, String libelle, String unite, String definition, String source,
                         List<JsonNode> tests, List<Value> valeurs) {

        public List<Value> valeurs() {
            return valeurs == null ? List.of() : valeurs;
        }
    }

    /** One documented code of a column (an indicator code, a class…). */
    public record Value(String code, String libelle, String unite, String definition, String source) {
    }

    /**
     * A unit test: input rows for each table the model reads, and the rows it must return; {@code filtre}, a SQL
     * condition, restricts the comparison to the output rows it selects.
     */
    public record UnitTest(String nom, String description, Map<String, List<Map<String, Object>>> entrees,
                           String filtre, List<Map<String, Object>> attendu) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public List<Column> colonnes() {
        return colonnes == null ? List.of() : colonnes;
    }

    public List<UnitTest> testsUnitaires() {
        return testsUnitaires == null ? List.of() : testsUnitaires;
    }

    /** Every data test of the model: its columns' tests, then the model's own. */
    public List<DataTest> dataTests() {
        List<DataTest> all = new ArrayList<>();
        for (Column column : colonnes()) {
            for (JsonNode test : column.tests() == null ? List.<JsonNode>of() : column.tests()) {
                all.add(DataTest.of(modele, column, test));
            }
        }
        for (JsonNode test : tests == null ? List.<JsonNode>of() : tests) {
            all.add(DataTest.of(modele, null, test));
        }
        return all;
    }

    public java.util.Optional<Column> column(String name) {
        return colonnes().stream().filter(c -> c.nom().equals(name)).findFirst();
    }

    /** Reads a schema file; a broken one stops with a French sentence naming the file and the key. */
    public static ModelSchema read(Path file, String expectedName) throws IOException {
        String where = file.getParent().getFileName() + "/" + file.getFileName();
        ModelSchema schema;
        try {
            schema = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), ModelSchema.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidParametersException("clé inconnue « " + e.getPropertyName() + " » dans jobs/models/" + where
                    + " (clés attendues à cet endroit : " + e.getKnownPropertyIds() + ").");
        } catch (JacksonException e) {
            throw new InvalidParametersException("jobs/models/" + where + " n'est pas un fichier de schéma lisible ("
                    + e.getOriginalMessage() + ") : corrigez la ligne indiquée.");
        }
        if (schema == null || !expectedName.equals(schema.modele())) {
            throw new InvalidParametersException("jobs/models/" + where + " doit commencer par « modele: " + expectedName
                    + " », le nom du modèle qu'il décrit.");
        }
        for (Column column : schema.colonnes()) {
            if (column.nom() == null || column.libelle() == null) {
                throw new InvalidParametersException("jobs/models/" + where + " : chaque colonne a un « nom » et un "
                        + "« libelle »" + (column.nom() == null ? "" : " (colonne " + column.nom() + ")") + ".");
            }
        }
        schema.dataTests();
        return schema;
    }
}
