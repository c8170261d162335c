package fr.dijon.observatoire.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo ({@code ./observatoire demo}) run once per test JVM into {@code target/demo-partagee-<fork>}, for every
 * test that reads what it publishes: its database, atlas, pack and messages. Tests that change something work on a
 * copy. Each of surefire's forks has its own folder.
 */
public final class SharedDemo {

    private static final Path DIR = Path.of("target", "demo-partagee-" + System.getProperty("test.fork", "1"))
            .toAbsolutePath();
    private static CliRun run;

    private SharedDemo() {
    }

    /** The demo's run (exit code and messages), running it on first use. */
    public static synchronized CliRun run() {
        if (run == null) {
            delete(DIR);
            run = CliRun.of("demo", "--sortie", DIR.toString());
        }
        return run;
    }

    /** The demo's output folder (rejets, atlas, packs, observatoire.duckdb). */
    public static Path dir() {
        CliRun result = run();
        if (result.exitCode() != 0) {
            throw new IllegalStateException("la démonstration a échoué (code " + result.exitCode() + ") : " + result.err());
        }
        return DIR;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
