package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.store.DuckDbStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;

/** Manual run on a copy of the demo database (not a test). */
public final class DemoIndicatorsScratch {
    public static void main(String[] args) throws Exception {
        try (Connection c = new DuckDbStore(Path.of(args[0])).open()) {
            IndicatorRun run = new IndicatorRun(Path.of("jobs"), YearMonth.parse(args[1]));
            long t = System.currentTimeMillis();
            run.parameters(c);
            run.models(c);
            System.out.println("modèles " + (System.currentTimeMillis() - t));
            System.out.println(run.secrecy(c));
            run.marts(c);
            System.out.println("marts " + (System.currentTimeMillis() - t));
            run.checks(c).forEach(System.out::println);
            System.out.println("fin " + (System.currentTimeMillis() - t));
        }
    }
}
