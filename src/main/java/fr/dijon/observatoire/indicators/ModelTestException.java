package fr.dijon.observatoire.indicators;

import java.util.List;

/** A model's data tests failed: nothing is published; the message names the model, the tests and the rows. */
public final class ModelTestException extends IllegalStateException {

    public ModelTestException(SqlModel model, List<String> failures) {
        super("tests du modèle " + model.path() + " en échec, rien n'est publié (corrigez le modèle ou ses données, "
                + "voir jobs/models/" + model.path() + ".yml) :\n  - " + String.join("\n  - ", failures));
    }
}
