package fr.dijon.observatoire.ingest;

/** The import request lacks something the user must give (type, millésime): a usage error, in French. */
public class ImportRequestException extends RuntimeException {

    public ImportRequestException(String message) {
        super(message);
    }
}
