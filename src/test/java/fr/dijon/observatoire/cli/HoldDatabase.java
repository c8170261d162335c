package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.store.DuckDbStore;
import java.nio.file.Path;
import java.sql.Connection;

/** Test helper run in a child process: holds the DuckDB file open, as another execution would. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = new DuckDbStore(Path.of(args[0])).open()) {
            System.out.println("prêt");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
