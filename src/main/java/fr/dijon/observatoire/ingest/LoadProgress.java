package fr.dijon.observatoire.ingest;

/** Receives the progress of a long load: the step, the percentage done and the rows handled so far. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (step, percent, rows) -> { };

    void update(String step, double percent, long rows);
}
