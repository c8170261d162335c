package fr.dijon.observatoire.indicators;

import java.util.Set;

/**
 * One SQL model of {@code jobs/models/<couche>/<nom>.sql}: a single SELECT whose result becomes the table
 * {@code <nom>} of the work schema, with its schema file {@code <nom>.yml} (null when it has none yet). Its inputs
 * are the tables its SELECT reads (DuckDB's parser says which); its dependencies, the inputs that are models.
 */
public record SqlModel(String name, Layer layer, String sql, Set<String> inputs, Set<String> dependencies,
                       ModelSchema schema) {

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

    /** « marts/mart_residence », as messages name the model. */
    public String path() {
        return layer.folder() + "/" + name;
    }
}
