package fr.dijon.observatoire.store;

import java.nio.file.Path;

/** A read-only command was pointed at a database file that does not exist yet. */
public class DatabaseMissingException extends RuntimeException {

    public DatabaseMissingException(Path database) {
        super("la base " + database + " n'existe pas encore : lancez d'abord un import ou « ./observatoire demo », "
                + "ou indiquez la bonne base avec --base.");
    }
}
