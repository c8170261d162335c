package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.io.PrintStream;

/**
 * Prints the progress of a long load on stderr, in French, at most every two seconds and only once the load has
 * lasted two seconds: step, percentage, rows and rows per second.
 */
public final class ConsoleProgress implements LoadProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final String fileName;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    public ConsoleProgress(PrintStream out, String fileName) {
        this.out = out;
        this.fileName = fileName;
    }

    @Override
    public synchronized void update(String step, double percent, long rows) {
        long now = System.nanoTime();
        if (now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        StringBuilder line = new StringBuilder("  ").append(fileName).append(" — ").append(step).append(" : ")
                .append(FrenchNumbers.display(Math.min(100, percent), 0)).append(" %");
        if (rows >= 0) {
            line.append(", ").append(FrenchNumbers.display(rows, 0)).append(" lignes (")
                    .append(FrenchNumbers.display(rows / Math.max(seconds, 0.001), 0)).append(" lignes/s)");
        }
        out.println(line);
    }
}
