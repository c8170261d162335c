package fr.dijon.observatoire.benchmark;

import fr.dijon.observatoire.ingest.LoadCheckpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records when each checkpoint of a load is reached, to show where the time goes. */
final class StageTimes implements LoadCheckpoint {

    private final Map<String, Long> reached = new LinkedHashMap<>();
    private long last = System.nanoTime();

    @Override
    public void reached(String point) {
        long now = System.nanoTime();
        reached.put(point, now - last);
        last = now;
    }

    void mark(String point) {
        reached(point);
    }

    /** Seconds spent before each checkpoint, since the previous one. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        reached.forEach((point, nanos) -> seconds.put(point, nanos / 1e9));
        return seconds;
    }
}
