package fr.dijon.observatoire.store;

/** The path given as the database cannot be one: a folder, a file that is not DuckDB, a folder without rights. */
public class DatabaseUnusableException extends RuntimeException {

    public DatabaseUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
