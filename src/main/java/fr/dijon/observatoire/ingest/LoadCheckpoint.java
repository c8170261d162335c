package fr.dijon.observatoire.ingest;

/**
 * Named points inside a load, where a test (or the {@code observatoire.panne} setting) can inject a failure
 * to prove that the load is all-or-nothing and restartable.
 */
@FunctionalInterface
public interface LoadCheckpoint {

    LoadCheckpoint NONE = point -> { };

    void reached(String point);
}
