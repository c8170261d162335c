package fr.dijon.observatoire.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The method parameters of {@code jobs/parametres.yml} (weights, class thresholds, secrecy threshold, APL
 * ceilings by date, charges allowance, typology-to-household mapping), written into the {@code param_*}
 * tables the SQL models read.
 */
public final class MethodParameters {

    public static final String FILE = "parametres.yml";

    private final Map<String, Object> root;

    private MethodParameters(Map<String, Object> root) {
        this.root = root;
    }

    public static MethodParameters load(Path jobsDir) throws IOException {
        try (Reader reader = Files.newBufferedReader(jobsDir.resolve(FILE), StandardCharsets.UTF_8)) {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalStateException("jobs/" + FILE + " est vide ou mal formé");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) map;
            return new MethodParameters(root);
        }
    }

    public String version() {
        return String.valueOf(root.get("version_methode"));
    }

    public int secrecyThreshold() {
        return ((Number) section("secret").get("seuil")).intValue();
    }

    /** Writes the param_* tables. */
    public void write(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE param_plafond_apl (date_application DATE, zone VARCHAR, "
                    + "personne_seule DOUBLE, couple DOUBLE, une_personne_a_charge DOUBLE, "
                    + "par_personne_supplementaire DOUBLE)");
            st.execute("CREATE OR REPLACE TABLE param_typologie (nbpiece INTEGER, menage VARCHAR, "
                    + "personnes_a_charge INTEGER)");
            st.execute("CREATE OR REPLACE TABLE param_composante (code VARCHAR, libelle VARCHAR, poids DOUBLE, "
                    + "rang INTEGER)");
            st.execute("CREATE OR REPLACE TABLE param_methode (cle VARCHAR, valeur VARCHAR)");
        }
        Map<String, Object> access = section("accessibilite");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO param_plafond_apl VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Object item : (List<?>) access.get("plafonds_apl")) {
                Map<?, ?> row = (Map<?, ?>) item;
                ps.setObject(1, date(row.get("date_application")));
                ps.setString(2, String.valueOf(row.get("zone")));
                ps.setDouble(3, number(row.get("personne_seule")));
                ps.setDouble(4, number(row.get("couple")));
                ps.setDouble(5, number(row.get("une_personne_a_charge")));
                ps.setDouble(6, number(row.get("par_personne_supplementaire")));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO param_typologie VALUES (?, ?, ?)")) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) access.get("typologie_menage")).entrySet()) {
                Object target = e.getValue();
                ps.setInt(1, ((Number) e.getKey()).intValue());
                ps.setString(2, target instanceof Number ? "personnes_a_charge" : String.valueOf(target));
                ps.setObject(3, target instanceof Number n ? n.intValue() : null);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO param_composante VALUES (?, ?, ?, ?)")) {
            int rank = 0;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) section("fragilite").get("composantes")).entrySet()) {
                Map<?, ?> component = (Map<?, ?>) e.getValue();
                ps.setString(1, String.valueOf(e.getKey()));
                ps.setString(2, String.valueOf(component.get("libelle")));
                ps.setDouble(3, number(component.get("poids")));
                ps.setInt(4, ++rank);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO param_methode VALUES (?, ?)")) {
            flatten(ps, "", root);
        }
    }

    /** Scalar settings for param_execution. */
    public Map<String, Object> scalars() {
        Map<String, Object> access = section("accessibilite");
        Map<String, Object> classesAccess = sub(access, "classes");
        Map<String, Object> fragility = section("fragilite");
        Map<String, Object> classesFragility = sub(fragility, "classes");
        return Map.of(
                "version_methode", version(),
                "seuil_secret", secrecyThreshold(),
                "zone_apl", String.valueOf(access.get("zone_apl")),
                "forfait_charges", number(access.get("forfait_charges")),
                "accessible_min", number(classesAccess.get("accessible_min")),
                "partiel_min", number(classesAccess.get("partiel_min")),
                "fragile_min", number(classesFragility.get("fragile_min")),
                "surveiller_min", number(classesFragility.get("surveiller_min")),
                "variation_sensibilite", number(fragility.get("variation_sensibilite")));
    }

    public List<String> secrecyUnits() {
        return ((List<?>) section("secret").get("unites_soumises")).stream().map(String::valueOf).toList();
    }

    private void flatten(PreparedStatement ps, String prefix, Object value) throws SQLException {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(ps, prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue());
            }
        } else {
            ps.setString(1, prefix);
            ps.setString(2, String.valueOf(value));
            ps.executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        Object value = root.get(name);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("section « " + name + " » absente de jobs/" + FILE);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> section, String name) {
        return (Map<String, Object>) section.get(name);
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalStateException("nombre attendu dans jobs/" + FILE + " : « " + value + " »");
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
