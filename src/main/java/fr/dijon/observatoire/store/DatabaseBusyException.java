package fr.dijon.observatoire.store;

import java.nio.file.Path;

/** The DuckDB file is locked by another process (DuckDB allows one process per file). */
public class DatabaseBusyException extends RuntimeException {

    public DatabaseBusyException(Path database, String holder, Throwable cause) {
        super("la base " + database + " est utilisée par une autre exécution"
                + (holder == null ? "" : " (" + holder + ")")
                + " : attendez la fin de cette exécution, ou arrêtez le mode planifié, puis relancez la commande.",
                cause);
    }
}
