package fr.dijon.observatoire.ingest.rpls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How the import groups dwellings into residences, from the {@code residences} section of
 * {@code jobs/parametres.yml}: the single-linkage distance for programme names, the tolerance around commune
 * boundaries, and the grid of the last resort (all in metres).
 */
public record ResidenceKeySettings(double linkageDistance, double boundaryTolerance, double gridSize) {

    /** The values shipped in jobs/parametres.yml, for callers without a jobs folder (tests, tools). */
    public static final ResidenceKeySettings DEFAULT = new ResidenceKeySettings(200, 100, 25);

    private static final String FILE = "parametres.yml";

    public ResidenceKeySettings {
        if (!(linkageDistance > 0 && boundaryTolerance >= 0 && gridSize > 0)) {
            throw new IllegalStateException("section « residences » de jobs/" + FILE + " : les distances doivent être "
                    + "positives (distance_regroupement_m = " + linkageDistance + ", tolerance_contour_m = "
                    + boundaryTolerance + ", maille_coordonnees_m = " + gridSize + ").");
        }
    }

    /** Reads the section; a missing section or key keeps the default value. */
    public static ResidenceKeySettings load(Path jobsDir) throws IOException {
        Path file = jobsDir.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Object parsed;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        Object section = parsed instanceof Map<?, ?> root ? root.get("residences") : null;
        Map<?, ?> values = section instanceof Map<?, ?> map ? map : Map.of();
        return new ResidenceKeySettings(number(values, "distance_regroupement_m", DEFAULT.linkageDistance),
                number(values, "tolerance_contour_m", DEFAULT.boundaryTolerance),
                number(values, "maille_coordonnees_m", DEFAULT.gridSize));
    }

    private static double number(Map<?, ?> values, String key, double fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalStateException("section « residences » de jobs/" + FILE + " : nombre attendu pour « " + key
                + " » (valeur lue : « " + value + " »).");
    }
}
