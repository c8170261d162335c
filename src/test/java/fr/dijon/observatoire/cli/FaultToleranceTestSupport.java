package fr.dijon.observatoire.cli;

/** Access to the kill-test helpers of {@link FaultToleranceTest} from other test packages. */
public final class FaultToleranceTestSupport {

    private FaultToleranceTestSupport() {
    }

    /** See {@link FaultToleranceTest#pausedAt}. */
    public static Process pausedAt(String point, String... args) throws Exception {
        return FaultToleranceTest.pausedAt(point, args);
    }
}
