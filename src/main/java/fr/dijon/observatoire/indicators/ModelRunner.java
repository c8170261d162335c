package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the SQL models of {@code jobs/models/} layer by layer (staging, intermediate, marts), each layer in
 * dependency order, and after each model the data tests of its schema file: a failing test stops the computation
 * (nothing is published) with the model, the column, the test and the offending rows. The dependencies are the
 * tables each SELECT reads, as DuckDB's own parser finds them, and the models its relation tests point to (so that
 * they exist when its tests run). A model is a single SELECT: the runner materialises
 * it as a table of the model's name in the work schema.
 */
public final class ModelRunner {

    private final Path jobsDir;
    private final List<SqlModel> models;

    public ModelRunner(Path jobsDir) throws IOException, SQLException {
        this.jobsDir = jobsDir;
        this.models = order(read(jobsDir.resolve("models")));
    }

    /** Every model, in the order they run. */
    public List<SqlModel> models() {
        return models;
    }

    /** Materialises every model of the layer in the work schema, in dependency order, testing each. */
    public void run(Connection c, SqlModel.Layer layer) throws Exception {
        WorkSchema.within(c, () -> {
            runLayer(c, layer);
            return null;
        });
    }

    private void runLayer(Connection c, SqlModel.Layer layer) throws SQLException {
        for (SqlModel model : models) {
            if (model.layer() == layer) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE OR REPLACE TABLE " + WorkSchema.NAME + "." + model.name() + " AS " + model.sql());
                } catch (SQLException e) {
                    throw new SQLException("échec du modèle " + model.path() + ".sql : " + e.getMessage(), e);
                }
                List<String> failures = ModelChecks.failures(c, model);
                if (!failures.isEmpty()) {
                    throw new ModelTestException(model, failures);
                }
            }
        }
    }

    /** The failed data tests of these models, on their tables in the work schema as they are. */
    public List<String> dataTests(Connection c, List<SqlModel> tested) throws Exception {
        return WorkSchema.within(c, () -> {
            List<String> failures = new ArrayList<>();
            for (SqlModel model : tested) {
                if (WorkSchema.hasTable(c, model.name())) {
                    failures.addAll(ModelChecks.failures(c, model));
                } else if (model.schema() != null) {
                    failures.add(model.path() + " : pas de table dans le schéma de travail (le dernier calcul s'est "
                            + "arrêté avant ce modèle)");
                }
            }
            return failures;
        });
    }

    /** Runs every assertion of jobs/tests/ on the work schema; returns the failed ones with their first offending rows. */
    public List<String> test(Connection c) throws Exception {
        return WorkSchema.within(c, () -> testWork(c));
    }

    private List<String> testWork(Connection c) throws SQLException, IOException {
        List<String> failures = new ArrayList<>();
        Path testsDir = jobsDir.resolve("tests");
        if (!Files.isDirectory(testsDir)) {
            return failures;
        }
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = SqlScript.statements(Files.readString(file, StandardCharsets.UTF_8)).get(0);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    if (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(i > 1 ? ", " : "").append(rs.getMetaData().getColumnLabel(i)).append('=')
                                    .append(rs.getString(i));
                        }
                        failures.add("jobs/tests/" + file.getFileName() + " : " + row);
                    }
                }
            }
        }
        return failures;
    }

    private static List<SqlModel> read(Path modelsDir) throws IOException, SQLException {
        Map<String, SqlModel> read = new LinkedHashMap<>();
        try (SqlTables parser = new SqlTables()) {
            for (SqlModel.Layer layer : SqlModel.Layer.values()) {
                Path dir = modelsDir.resolve(layer.folder());
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                        SqlModel model = readModel(file, layer, parser);
                        if (read.put(model.name(), model) != null) {
                            throw new IllegalStateException("deux modèles portent le nom " + model.name());
                        }
                    }
                }
            }
        }
        List<SqlModel> models = new ArrayList<>();
        for (SqlModel model : read.values()) {
            Set<String> dependencies = new TreeSet<>(model.inputs());
            if (model.schema() != null) {
                model.schema().dataTests().forEach(t -> dependencies.addAll(t.references()));
            }
            dependencies.retainAll(read.keySet());
            dependencies.remove(model.name());
            models.add(new SqlModel(model.name(), model.layer(), model.sql(), model.inputs(), dependencies,
                    model.schema()));
        }
        return models;
    }

    private static SqlModel readModel(Path file, SqlModel.Layer layer, SqlTables parser) throws IOException,
            SQLException {
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        List<String> statements = SqlScript.statements(Files.readString(file, StandardCharsets.UTF_8));
        if (statements.size() != 1) {
            throw new IllegalStateException("le modèle " + layer.folder() + "/" + name
                    + ".sql doit contenir une seule requête SELECT");
        }
        Path schemaFile = file.resolveSibling(name + ".yml");
        ModelSchema schema = Files.exists(schemaFile) ? ModelSchema.read(schemaFile, name) : null;
        String sql = statements.get(0);
        return new SqlModel(name, layer, sql, parser.read(layer.folder() + "/" + name + ".sql", sql), Set.of(), schema);
    }

    /** Layer order first, then a topological order inside each layer; refuses cycles and upward references. */
    private static List<SqlModel> order(List<SqlModel> models) {
        Map<String, SqlModel> byName = new LinkedHashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<SqlModel> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SqlModel.Layer layer : SqlModel.Layer.values()) {
            for (SqlModel model : models) {
                if (model.layer() == layer) {
                    visit(model, byName, done, new HashSet<>(), ordered);
                }
            }
        }
        return ordered;
    }

    private static void visit(SqlModel model, Map<String, SqlModel> byName, Set<String> done, Set<String> path,
                              List<SqlModel> ordered) {
        if (done.contains(model.name())) {
            return;
        }
        if (!path.add(model.name())) {
            throw new IllegalStateException("dépendance circulaire entre modèles autour de " + model.name());
        }
        for (String dep : model.dependencies()) {
            SqlModel dependency = byName.get(dep);
            if (dependency.layer().ordinal() > model.layer().ordinal()) {
                throw new IllegalStateException("le modèle " + model.layer().folder() + "/" + model.name()
                        + " lit " + dependency.layer().folder() + "/" + dep + ", une couche plus avancée");
            }
            visit(dependency, byName, done, path, ordered);
        }
        path.remove(model.name());
        done.add(model.name());
        ordered.add(model);
    }
}
