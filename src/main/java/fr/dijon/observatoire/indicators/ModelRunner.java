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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the SQL models of {@code jobs/models/} layer by layer (staging, intermediate, marts), each layer in
 * dependency order derived from the tables a model names, and the SQL assertions of {@code jobs/tests/}.
 * A model is a single SELECT: the runner materialises it as a table of the model's name.
 */
public final class ModelRunner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Path jobsDir;
    private final List<SqlModel> models;

    public ModelRunner(Path jobsDir) throws IOException {
        this.jobsDir = jobsDir;
        this.models = order(read(jobsDir.resolve("models")));
    }

    public List<SqlModel> models() {
        return models;
    }

    /** Materialises every model of the layer in the work schema, in dependency order. */
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
                    throw new SQLException("échec du modèle " + model.layer().folder() + "/" + model.name()
                            + ".sql : " + e.getMessage(), e);
                }
            }
        }
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

    private static List<SqlModel> read(Path modelsDir) throws IOException {
        Map<String, Object[]> raw = new LinkedHashMap<>();
        for (SqlModel.Layer layer : SqlModel.Layer.values()) {
            Path dir = modelsDir.resolve(layer.folder());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
                    List<String> statements = SqlScript.statements(Files.readString(file, StandardCharsets.UTF_8));
                    if (statements.size() != 1) {
                        throw new IllegalStateException("le modèle " + layer.folder() + "/" + name
                                + ".sql doit contenir une seule requête SELECT");
                    }
                    if (raw.put(name, new Object[] {layer, statements.get(0)}) != null) {
                        throw new IllegalStateException("deux modèles portent le nom " + name);
                    }
                }
            }
        }
        List<SqlModel> models = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : raw.entrySet()) {
            String sql = (String) e.getValue()[1];
            Set<String> deps = new TreeSet<>();
            Matcher m = IDENTIFIER.matcher(withoutStrings(sql.toLowerCase()));
            while (m.find()) {
                if (!m.group().equals(e.getKey()) && raw.containsKey(m.group())) {
                    deps.add(m.group());
                }
            }
            models.add(new SqlModel(e.getKey(), (SqlModel.Layer) e.getValue()[0], sql, deps));
        }
        return models;
    }

    private static String withoutStrings(String sql) {
        return sql.replaceAll("'[^']*'", "''");
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
