package fr.dijon.observatoire.indicators;

import java.util.Set;

/**
 * One SQL model of {@code jobs/models/<couche>/<nom>.sql}: a single SELECT whose result becomes the table
 * {@code <nom>}. Its dependencies are the other models it names.
 */
public record SqlModel(String name, Layer layer, String sql, Set<String> dependencies) {

    /** The dbt-style layers, in the order they run. */
    public enum Layer {
        STAGING("staging"), INTERMEDIATE("intermediate"), MARTS("marts");

        private final String folder;

        Layer(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }
}
