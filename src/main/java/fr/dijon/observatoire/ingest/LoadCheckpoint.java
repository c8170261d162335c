package fr.dijon.observatoire.ingest;

/**
 * Named points inside a load, where a test (or the {@code observatoire.panne} setting) can inject a failure
 * to prove that the load is all-or-nothing and restartable.
 */
@FunctionalInterface
public interface LoadCheckpoint {

    LoadCheckpoint NONE = point -> { };

    void reached(String point);

    /** Fails at the named point, once per process. */
    static LoadCheckpoint failingAt(String failurePoint) {
        return new LoadCheckpoint() {
            private boolean failed;

            @Override
            public void reached(String point) {
                if (!failed && point.equals(failurePoint)) {
                    failed = true;
                    throw new IllegalStateException("panne injectée au point « " + point + " »");
                }
            }
        };
    }
}
